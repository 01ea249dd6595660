package de.itas.platform.accounts;

/** How willing a person is to retrain for another occupation. */
public enum Retraining {

	YES, MAYBE, NO;

	public String messageKey() {
		return "accounts.retraining." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
