package de.itas.platform.shared.figures;

import java.time.YearMonth;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The value of one figure in one month and district.
 *
 * @param key the figure's key
 * @param month calendar month in Berlin time
 * @param districtCode the region module's district code, {@code null} where the district is unknown (e.g. an
 * online training run or an appointment without an inquiry)
 * @param count how many companies, persons or items (see {@link FigureDefinition#counted()}), at least 1
 * (cells with nothing to count are left out)
 */
public record FigureValue(String key, YearMonth month, @Nullable String districtCode, long count) {

	public FigureValue {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(month, "month");
		if (count < 0) {
			throw new IllegalArgumentException("Figure '" + key + "' has a negative count " + count + " in " + month);
		}
	}

}
