package de.itas.platform.governance;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The values of a computed indicator for one year as counted at one moment: never changed afterwards
 * (recomputing makes a new snapshot). Reports use the signed-off snapshot of a year, else the newest.
 */
public record SnapshotView(UUID id, String indicatorKey, int year, String figureKey, Instant computedAt,
		String computedByName, @Nullable String signedOffByName, @Nullable Instant signedOffAt,
		List<Value> values) {

	/** The count of one month and district ({@code null}: district unknown). */
	public record Value(YearMonth month, @Nullable String districtCode, long count) {
	}

	public boolean signedOff() {
		return signedOffAt != null;
	}

	/** The year's total: the sum of all months and districts. */
	public long total() {
		return values.stream().mapToLong(Value::count).sum();
	}

}
