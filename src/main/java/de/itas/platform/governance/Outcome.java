package de.itas.platform.governance;

import java.util.Locale;

/** The coordination's decision on a contribution. */
public enum Outcome {

	/** übernommen */
	ADOPTED,
	/** teilweise übernommen */
	PARTLY_ADOPTED,
	/** zusammengeführt mit … (another contribution carries it on) */
	MERGED,
	/** nicht übernommen */
	REJECTED;

	/** Message key of the outcome's name, e.g. {@code governance.outcome.partly-adopted}. */
	public String messageKey() {
		return "governance.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
