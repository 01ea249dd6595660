package de.itas.platform.assessment;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.disclosure.SmallNumbers;

/**
 * A company's scores beside comparable companies (their latest completed checks, the company itself left
 * out): one group each for the same district, size class and value-chain position. A group with fewer than
 * {@link #MIN_COMPANIES} companies shows no figures.
 */
public record Comparison(List<Group> groups) {

	public static final int MIN_COMPANIES = SmallNumbers.MIN_COUNT;

	public enum Criterion {

		DISTRICT, SIZE_CLASS, POSITION;

		public String messageKey() {
			return "assessment.comparison.criterion." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * @param valueKey message key of the group's value (size class, position) or {@code null} with
	 *     {@code valueName} set (district)
	 * @param companies how many companies are in the group
	 * @param dimensions quartiles per dimension (only when shown)
	 */
	public record Group(Criterion criterion, @Nullable String valueKey, @Nullable String valueName, int companies,
			Map<String, Quartiles> dimensions, @Nullable Quartiles overall) {

		public boolean shown() {
			return companies >= MIN_COMPANIES;
		}

		public @Nullable Quartiles of(String dimension) {
			return dimensions.get(dimension);
		}

	}

	/** Lower quartile, median and upper quartile (linear interpolation between ranks), rounded to integers. */
	public record Quartiles(int lower, int median, int upper, int companies) {
	}

}
