package de.itas.platform.governance;

import java.util.Locale;

/**
 * What one unit of an indicator's value is. Values counting companies or persons are published under the
 * small-number rule ({@link de.itas.platform.shared.disclosure.SmallNumbers}); items and other quantities
 * (a share in per cent, euros) are not.
 */
public enum IndicatorCounted {

	COMPANIES,
	PERSONS,
	ITEMS,
	/** A quantity that counts nobody: a share, an amount, a score. */
	QUANTITY;

	/** Whether the small-number rule applies when values are published. */
	public boolean protectsPeople() {
		return this == COMPANIES || this == PERSONS;
	}

	public String messageKey() {
		return "governance.indicator.counted." + name().toLowerCase(Locale.ROOT);
	}

}
