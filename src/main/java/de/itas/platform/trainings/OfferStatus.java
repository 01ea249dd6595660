package de.itas.platform.trainings;

import java.util.Locale;

/** Where an offer stands: only published offers are visible to the public. */
public enum OfferStatus {

	DRAFT, PUBLISHED, ARCHIVED;

	public String messageKey() {
		return "trainings.status." + name().toLowerCase(Locale.ROOT);
	}

}
