package de.itas.platform.trainings.search;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Duration classes for the search filter. The border of 120 hours is the one § 82 SGB III draws (more
 * than 120 hours), so that long courses are those that may be funded by their length.
 */
public enum DurationClass {

	/** Up to 40 hours: a workshop or a week. */
	SHORT(BigDecimal.ZERO, BigDecimal.valueOf(40)),
	/** 41 to 120 hours. */
	MEDIUM(BigDecimal.valueOf(40), BigDecimal.valueOf(120)),
	/** More than 120 hours. */
	LONG(BigDecimal.valueOf(120), null);

	private final BigDecimal above;
	private final BigDecimal atMost;

	DurationClass(BigDecimal above, BigDecimal atMost) {
		this.above = above;
		this.atMost = atMost;
	}

	public static DurationClass of(BigDecimal hours) {
		for (DurationClass durationClass : values()) {
			if (durationClass.contains(hours)) {
				return durationClass;
			}
		}
		return SHORT;
	}

	public boolean contains(BigDecimal hours) {
		return hours.compareTo(above) > 0 && (atMost == null || hours.compareTo(atMost) <= 0);
	}

	/** SQL condition on column {@code o.duration_hours}; values are constants of this enum. */
	String sql() {
		return "(o.duration_hours > " + above.toPlainString()
				+ (atMost == null ? "" : " AND o.duration_hours <= " + atMost.toPlainString()) + ")";
	}

	public String messageKey() {
		return "trainings.duration." + name().toLowerCase(Locale.ROOT);
	}

}
