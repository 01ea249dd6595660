package de.itas.platform.surveys;

import java.util.UUID;

/**
 * Who answers: a signed-in account, an invitation (its link), or a browser without sign-in (the SHA-256 of a
 * random key in its cookie, mixed with the survey's id so that one browser's participations in different
 * surveys cannot be linked). Exactly one is set.
 */
public record Participant(Kind kind, String key) {

	public enum Kind {
		ACCOUNT, INVITATION, BROWSER
	}

	public static Participant account(UUID id) {
		return new Participant(Kind.ACCOUNT, id.toString());
	}

	public static Participant invitation(UUID id) {
		return new Participant(Kind.INVITATION, id.toString());
	}

	public static Participant browser(String keyHash) {
		return new Participant(Kind.BROWSER, keyHash);
	}

}
