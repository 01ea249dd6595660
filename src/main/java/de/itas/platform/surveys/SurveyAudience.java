package de.itas.platform.surveys;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** Who may answer a survey. */
@NamedInterface("api")
public enum SurveyAudience {

	/** Anyone, without signing in. */
	PUBLIC,
	/** Every signed-in person. */
	SIGNED_IN,
	/** Signed-in people holding one role (the survey's audience value names it). */
	ROLE,
	/** Members of organisations of one kind (COMPANY, PARTNER, PROVIDER). */
	ORGANISATION_KIND,
	/** Only people holding an invitation link. */
	INVITED;

	public String messageKey() {
		return "surveys.audience." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
