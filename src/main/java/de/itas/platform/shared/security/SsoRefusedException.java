package de.itas.platform.shared.security;

import java.util.Locale;

/** A single sign-on that the platform refuses; the reason names the message shown on the login page. */
public class SsoRefusedException extends RuntimeException {

	/** Why. */
	public enum Reason {

		/** The identity provider has not confirmed the e-mail address. */
		EMAIL_UNVERIFIED,
		/** An account with this address exists and cannot be linked safely. */
		EMAIL_TAKEN,
		/** The account is a platform administrator's: they sign in with a password only. */
		ADMIN_ACCOUNT,
		/** The account exists but is disabled. */
		ACCOUNT_DISABLED,
		/** The configured organisation does not exist (a configuration error of the platform). */
		ORGANISATION_UNKNOWN,
		/** The identity provider could not be reached or answered with an error. */
		PROVIDER_FAILED;

		/** The value of the login page's parameter {@code sso}. */
		public String parameter() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Reason reason;

	public SsoRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
