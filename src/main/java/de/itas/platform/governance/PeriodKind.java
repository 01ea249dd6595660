package de.itas.platform.governance;

import java.util.Locale;

/** The length of the periods in which an entered indicator is reported. */
public enum PeriodKind {

	MONTH(1),
	QUARTER(3),
	YEAR(12);

	private final int months;

	PeriodKind(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}

	/** How many periods of this kind a year has. */
	public int perYear() {
		return 12 / months;
	}

	public String messageKey() {
		return "governance.indicator.period-kind." + name().toLowerCase(Locale.ROOT);
	}

}
