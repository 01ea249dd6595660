package de.itas.platform.surveys;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** Where a survey stands in its answer period. */
@NamedInterface("api")
public enum SurveyPhase {

	/** Not yet open: no period set, or its start lies ahead. */
	NOT_OPEN,
	/** Open for answers. */
	OPEN,
	/** The period has ended. */
	CLOSED;

	public String messageKey() {
		return "surveys.phase." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
