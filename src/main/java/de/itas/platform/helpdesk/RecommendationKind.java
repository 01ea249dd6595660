package de.itas.platform.helpdesk;

import java.util.Locale;

/** What a recommended item points to. */
public enum RecommendationKind {

	TRAINING, CONTENT, FUNDING, HELPDESK, COMPANY;

	public String messageKey() {
		return "helpdesk.recommendation-kind." + name().toLowerCase(Locale.ROOT);
	}

}
