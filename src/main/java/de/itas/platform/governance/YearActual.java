package de.itas.platform.governance;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The region's actual value of an indicator in one year against the year's target.
 *
 * @param value the actual: the sum of the year's periods, or for a quantity (a share, an amount) the value of its
 * last period with a value; {@code null} when there is none or it is suppressed
 * @param suppressed hidden by the small-number rule
 * @param provisional rests on at least one value not yet signed off
 * @param target the year's target, {@code null} when none is set
 * @param expected the part of the target due so far: the whole target for a past year, for the running year of a
 * summed indicator the target times the months passed (its pro rata share), {@code null} without target
 */
public record YearActual(int year, @Nullable BigDecimal value, boolean suppressed, boolean provisional,
		@Nullable BigDecimal target, @Nullable BigDecimal expected, Light light) {

	/** The traffic light against the target. */
	public enum Light {

		/** Target (or its share due so far) reached. */
		GREEN,
		/** Within a tenth of it. */
		YELLOW,
		/** Further off. */
		RED,
		/** No target or no value to compare. */
		NONE;

		public String messageKey() {
			return "governance.indicator.light." + name().toLowerCase(Locale.ROOT);
		}

	}

}
