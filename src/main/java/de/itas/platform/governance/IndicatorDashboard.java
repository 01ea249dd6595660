package de.itas.platform.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.disclosure.SmallNumbers;

/**
 * What the dashboard shows of an indicator: the region's actual of a year against its target, the year per
 * district and the years of its life. Everything shown passes the small-number rule: a district's year rests on
 * the indicator's periods, so it is hidden when one of its periods is hidden in the published table, and the
 * line of districts with the region's total is protected once more on its own (more than needed, never less).
 */
@Component
public class IndicatorDashboard {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/**
	 * One indicator's line on the dashboard.
	 *
	 * @param district the chosen district's value of the year, {@code null} without a chosen district
	 * @param achievement the actual in per cent of what is due, {@code null} when there is nothing to compare
	 * @param previous the year before, {@code null} when it lies outside the indicator's life (the trend)
	 */
	public record Row(IndicatorView indicator, YearActual actual, ActualTable.@Nullable Cell district,
			@Nullable Integer achievement, @Nullable YearActual previous) {
	}

	private final IndicatorActuals actuals;
	private final Clock clock;

	IndicatorDashboard(IndicatorActuals actuals, Clock clock) {
		this.actuals = actuals;
		this.clock = clock;
	}

	public int currentYear() {
		return clock.instant().atZone(BERLIN).getYear();
	}

	/** The dashboard lines of the indicators whose life includes the year. */
	@Transactional(readOnly = true)
	public List<Row> rows(List<IndicatorView> indicators, int year, @Nullable String district) {
		List<Row> rows = new ArrayList<>();
		for (IndicatorView indicator : indicators) {
			if (year < indicator.firstYear() || year > indicator.lastYear()) {
				continue;
			}
			ActualTable raw = actuals.table(indicator, year, year);
			ActualTable published = actuals.published(raw);
			YearActual actual = actuals.year(published, year);
			ActualTable.Cell cell = district == null ? null : yearCells(raw, published, year).get(district);
			YearActual previous = year - 1 < indicator.firstYear() ? null : actuals.year(indicator, year - 1);
			rows.add(new Row(indicator, actual, district == null ? null : cell == null ? ActualTable.Cell.EMPTY : cell,
					achievement(indicator.direction(), actual.value(), actual.expected()), previous));
		}
		return rows;
	}

	/** The actual against the target for every year of the indicator's life up to the current year. */
	@Transactional(readOnly = true)
	public List<YearActual> years(IndicatorView indicator) {
		int to = Math.min(indicator.lastYear(), Math.max(currentYear(), indicator.firstYear()));
		ActualTable published = actuals.published(actuals.table(indicator, indicator.firstYear(), to));
		List<YearActual> years = new ArrayList<>();
		for (int year = indicator.firstYear(); year <= to; year++) {
			years.add(actuals.year(published, year));
		}
		return years;
	}

	/** The year's value per column (districts, unknown, total) of a table holding the year, as it may be published. */
	@Transactional(readOnly = true)
	public Map<String, ActualTable.Cell> districts(IndicatorView indicator, int year) {
		ActualTable raw = actuals.table(indicator, year, year);
		return yearCells(raw, actuals.published(raw), year);
	}

	/**
	 * Adds up each column's periods of the year (a quantity takes its last period with a value) and hides what the
	 * small-number rule hides.
	 */
	static Map<String, ActualTable.Cell> yearCells(ActualTable raw, ActualTable published, int year) {
		IndicatorView indicator = raw.indicator();
		boolean sum = indicator.counted() != IndicatorCounted.QUANTITY;
		List<String> columns = raw.columns();
		Map<String, ActualTable.Cell> cells = new LinkedHashMap<>();
		boolean[] hiddenByPeriod = new boolean[columns.size()];
		int[] counts = new int[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			String column = columns.get(i);
			BigDecimal value = null;
			boolean provisional = false;
			for (ActualTable.Row row : raw.year(year)) {
				ActualTable.Cell cell = row.cell(column);
				if (cell.value() == null) {
					continue;
				}
				provisional |= cell.provisional();
				value = sum && value != null ? value.add(cell.value()) : cell.value();
			}
			for (ActualTable.Row row : published.year(year)) {
				hiddenByPeriod[i] |= row.cell(column).suppressed();
			}
			counts[i] = value == null ? 0 : value.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ZERO).intValue();
			cells.put(column, new ActualTable.Cell(value, false, provisional));
		}
		if (!indicator.counted().protectsPeople()) {
			return cells;
		}
		boolean[] hidden = SmallNumbers.suppress(counts);
		for (int i = 0; i < columns.size(); i++) {
			if (hidden[i] || hiddenByPeriod[i]) {
				ActualTable.Cell cell = cells.get(columns.get(i));
				cells.put(columns.get(i), new ActualTable.Cell(null, true, cell.provisional()));
			}
		}
		return cells;
	}

	/** The actual in per cent of what is due (for lower-is-better the other way round); {@code null} without both. */
	static @Nullable Integer achievement(Direction direction, @Nullable BigDecimal actual,
			@Nullable BigDecimal expected) {
		if (actual == null || expected == null) {
			return null;
		}
		BigDecimal numerator = direction == Direction.HIGHER ? actual : expected;
		BigDecimal denominator = direction == Direction.HIGHER ? expected : actual;
		if (denominator.signum() == 0) {
			return null;
		}
		return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 0, RoundingMode.HALF_UP).intValue();
	}

}
