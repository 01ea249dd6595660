package de.itas.platform.surveys;

import java.util.Locale;

/** Whether a person may answer a survey now, and if not, why. */
public enum Eligibility {

	ALLOWED,
	/** The answer period has not begun (or the survey is still a draft). */
	NOT_OPEN,
	/** The answer period has ended. */
	CLOSED,
	/** The survey asks people to sign in first. */
	SIGN_IN,
	/** The survey is for another role or kind of organisation. */
	NOT_FOR_YOU,
	/** Only people holding an invitation link answer this survey. */
	INVITATION_ONLY,
	/** This person or invitation has already answered. */
	ANSWERED;

	public String messageKey() {
		return "surveys.answer.eligibility." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
