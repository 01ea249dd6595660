package de.itas.platform.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.disclosure.SmallNumbers;

/**
 * What an indicator's values are, by period and district, and how the year stands against its target: from the
 * entered values (the region column is the value entered for the whole region) or from the snapshot that stands
 * for each year (the signed-off one, else the newest; months added up into the indicator's periods, the region
 * column the sum of all districts). {@link #published} applies the platform's small-number rule to indicators
 * that count companies or persons.
 * <p>
 * Computed values of a figure that counts distinct companies or persons per month are added up over the months of
 * a period: a company advised in two months counts twice (the indicator counts company-months, as its definition
 * says).
 */
@Component
public class IndicatorActuals {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final BigDecimal TOLERANCE = new BigDecimal("0.1");

	private final IndicatorStore store;
	private final Region region;
	private final Clock clock;

	IndicatorActuals(IndicatorStore store, Region region, Clock clock) {
		this.store = store;
		this.region = region;
		this.clock = clock;
	}

	/** All values of the years {@code fromYear} to {@code toYear} (within the indicator's life), unsuppressed. */
	@Transactional(readOnly = true)
	public ActualTable table(IndicatorView indicator, int fromYear, int toYear) {
		int from = Math.max(fromYear, indicator.firstYear());
		int to = Math.min(toYear, indicator.lastYear());
		List<String> districts = region.districts().stream().map(DistrictSummary::code).toList();
		List<Integer> missing = new ArrayList<>();
		Map<Period, Map<String, ActualTable.Cell>> cells = new LinkedHashMap<>();
		List<Period> periods = from > to ? List.of() : Period.all(indicator.periodKind(), from, to);
		periods.forEach(period -> cells.put(period, new HashMap<>()));
		boolean unknownColumn = false;
		if (indicator.computed()) {
			for (int year = from; year <= to; year++) {
				var snapshot = store.current(indicator.key(), year);
				if (snapshot.isEmpty()) {
					missing.add(year);
					continue;
				}
				boolean provisional = !snapshot.get().signedOff();
				Map<Period, Map<String, Long>> sums = new HashMap<>();
				for (SnapshotView.Value value : snapshot.get().values()) {
					Period period = Period.containing(indicator.periodKind(), value.month().atDay(1));
					String column = value.districtCode() == null || !districts.contains(value.districtCode())
							? ActualTable.UNKNOWN : value.districtCode();
					Map<String, Long> row = sums.computeIfAbsent(period, p -> new HashMap<>());
					row.merge(column, value.count(), Long::sum);
					row.merge(ActualTable.TOTAL, value.count(), Long::sum);
				}
				for (Period period : Period.all(indicator.periodKind(), year, year)) {
					Map<String, Long> row = sums.getOrDefault(period, Map.of());
					Map<String, ActualTable.Cell> target = cells.get(period);
					for (String column : districts) {
						target.put(column, count(row.getOrDefault(column, 0L), provisional));
					}
					if (row.containsKey(ActualTable.UNKNOWN)) {
						unknownColumn = true;
						target.put(ActualTable.UNKNOWN, count(row.get(ActualTable.UNKNOWN), provisional));
					}
					target.put(ActualTable.TOTAL, count(row.getOrDefault(ActualTable.TOTAL, 0L), provisional));
				}
			}
		}
		else if (!periods.isEmpty()) {
			LocalDate start = periods.get(0).start();
			LocalDate end = periods.get(periods.size() - 1).end();
			for (IndicatorValueView value : store.values(indicator.key(), start, end)) {
				Map<String, ActualTable.Cell> row = cells.get(value.period());
				if (row == null) {
					continue;
				}
				String column = value.districtCode() == null ? ActualTable.TOTAL : value.districtCode();
				row.put(column, new ActualTable.Cell(value.value(), false, value.provisional()));
			}
		}
		List<String> columns = new ArrayList<>(districts);
		if (unknownColumn) {
			columns.add(ActualTable.UNKNOWN);
		}
		columns.add(ActualTable.TOTAL);
		List<ActualTable.Row> rows = new ArrayList<>();
		cells.forEach((period, row) -> rows.add(new ActualTable.Row(period, Map.copyOf(row))));
		return new ActualTable(indicator, List.copyOf(columns), List.copyOf(rows), List.copyOf(missing));
	}

	private static ActualTable.Cell count(long count, boolean provisional) {
		return new ActualTable.Cell(BigDecimal.valueOf(count), false, provisional);
	}

	/**
	 * The table as it may be published: for indicators that count companies or persons, every row is a line of
	 * districts with its total, and {@link SmallNumbers} hides what rests on fewer than five and what would let it
	 * be recomputed by subtraction within the row. Entered rows whose districts do not add up to the entered region
	 * value are protected all the same (more than needed, never less).
	 */
	public ActualTable published(ActualTable table) {
		if (!table.indicator().counted().protectsPeople()) {
			return table;
		}
		List<ActualTable.Row> rows = new ArrayList<>();
		for (ActualTable.Row row : table.rows()) {
			List<String> columns = table.columns();
			int[] counts = new int[columns.size()];
			for (int i = 0; i < columns.size(); i++) {
				BigDecimal value = row.cell(columns.get(i)).value();
				counts[i] = value == null ? 0 : value.setScale(0, RoundingMode.HALF_UP).intValueExact();
			}
			boolean[] hidden = SmallNumbers.suppress(counts);
			Map<String, ActualTable.Cell> cells = new HashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				ActualTable.Cell cell = row.cell(columns.get(i));
				cells.put(columns.get(i), hidden[i] ? new ActualTable.Cell(null, true, cell.provisional()) : cell);
			}
			rows.add(new ActualTable.Row(row.period(), Map.copyOf(cells)));
		}
		return new ActualTable(table.indicator(), table.columns(), List.copyOf(rows), table.missingYears());
	}

	/** The region's actual of the year against its target, from the published table (suppression applied). */
	@Transactional(readOnly = true)
	public YearActual year(IndicatorView indicator, int year) {
		return year(published(table(indicator, year, year)), year);
	}

	/** The region's actual of the year from a table that holds it. */
	public YearActual year(ActualTable table, int year) {
		IndicatorView indicator = table.indicator();
		List<ActualTable.Row> rows = table.year(year);
		BigDecimal value = null;
		boolean suppressed = false;
		boolean provisional = false;
		boolean sum = indicator.counted() != IndicatorCounted.QUANTITY;
		for (ActualTable.Row row : rows) {
			ActualTable.Cell total = row.total();
			if (total.suppressed()) {
				suppressed = true;
			}
			if (total.value() == null && !total.suppressed()) {
				continue;
			}
			provisional |= total.provisional();
			if (total.value() == null) {
				continue;
			}
			value = sum && value != null ? value.add(total.value()) : total.value();
		}
		if (suppressed && sum) {
			value = null;
		}
		BigDecimal target = indicator.target(year);
		BigDecimal expected = expected(indicator, year, target, sum);
		return new YearActual(year, value, suppressed && value == null, provisional, target, expected,
				light(indicator.direction(), value, expected));
	}

	private @Nullable BigDecimal expected(IndicatorView indicator, int year, @Nullable BigDecimal target, boolean sum) {
		if (target == null) {
			return null;
		}
		YearMonth now = YearMonth.now(clock.withZone(BERLIN));
		if (!sum || year != now.getYear()) {
			return target;
		}
		// the running year: the months passed, the current one included
		return target.multiply(BigDecimal.valueOf(now.getMonthValue())).divide(BigDecimal.valueOf(12), 4,
				RoundingMode.HALF_UP);
	}

	/** The traffic light of an actual against what is due. */
	static YearActual.Light light(Direction direction, @Nullable BigDecimal actual, @Nullable BigDecimal expected) {
		if (actual == null || expected == null) {
			return YearActual.Light.NONE;
		}
		int reached = direction == Direction.HIGHER ? actual.compareTo(expected) : expected.compareTo(actual);
		if (reached >= 0) {
			return YearActual.Light.GREEN;
		}
		BigDecimal gap = actual.subtract(expected).abs();
		BigDecimal allowed = expected.abs().multiply(TOLERANCE);
		return gap.compareTo(allowed) <= 0 ? YearActual.Light.YELLOW : YearActual.Light.RED;
	}

}
