package de.itas.platform.governance;

import java.util.Locale;

/** Where an indicator's values come from. */
public enum IndicatorSource {

	/** Typed in per period and district by one person, signed off by a second. */
	ENTERED,
	/** Counted from the platform's data through the figures contract, kept as dated snapshots. */
	COMPUTED;

	public String messageKey() {
		return "governance.indicator.source." + name().toLowerCase(Locale.ROOT);
	}

}
