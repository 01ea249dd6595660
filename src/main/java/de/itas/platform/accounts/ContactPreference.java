package de.itas.platform.accounts;

/** How a person prefers to be contacted by advisors. */
public enum ContactPreference {

	EMAIL, PHONE, IN_PERSON, VIDEO;

	public String messageKey() {
		return "accounts.contact." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
