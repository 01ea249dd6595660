package de.itas.platform.accounts;

import java.time.Duration;

/** What a mailed link is for, and how long it stays valid. */
enum TokenPurpose {

	VERIFY_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1)), CHANGE_EMAIL(Duration.ofHours(24)),
	INVITATION(Duration.ofDays(7));

	private final Duration validity;

	TokenPurpose(Duration validity) {
		this.validity = validity;
	}

	Duration validity() {
		return validity;
	}

}
