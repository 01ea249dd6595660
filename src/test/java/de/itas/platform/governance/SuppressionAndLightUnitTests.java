package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The small-number rule as the indicators apply it (hidden below five, and hidden so that nothing can be recomputed by
 * subtraction within a row), the year's actual against its target with the running year's share, the traffic light
 * and what the dashboard shows per district.
 */
class SuppressionAndLightUnitTests {

	private static final List<String> COLUMNS = List.of("a", "b", "c", ActualTable.TOTAL);

	/** Mid-June 2026: half the running year has passed. */
	private final IndicatorActuals actuals = new IndicatorActuals(null, null,
			Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC));

	private static IndicatorView indicator(IndicatorCounted counted, PeriodKind kind, Map<Integer, BigDecimal> targets) {
		return new IndicatorView("test", "Test", "", "Stück", 0, BigDecimal.ZERO, null, Direction.HIGHER, counted, null,
				null, "p", "f", IndicatorSource.ENTERED, null, kind, 2024, 2026, true, 0, 0, new TreeMap<>(targets));
	}

	private static ActualTable.Row row(Period period, long... counts) {
		Map<String, ActualTable.Cell> cells = new HashMap<>();
		for (int i = 0; i < counts.length; i++) {
			cells.put(COLUMNS.get(i), new ActualTable.Cell(BigDecimal.valueOf(counts[i]), false, false));
		}
		return new ActualTable.Row(period, cells);
	}

	private static ActualTable table(IndicatorView indicator, ActualTable.Row... rows) {
		return new ActualTable(indicator, COLUMNS, List.of(rows), List.of());
	}

	@Test
	void aCountBelowFiveIsHiddenAndSoIsTheCellThatWouldGiveItAway() {
		IndicatorView companies = indicator(IndicatorCounted.COMPANIES, PeriodKind.YEAR, Map.of());
		ActualTable published = actuals.published(table(companies, row(Period.year(2025), 3, 10, 12, 25)));
		ActualTable.Row row = published.rows().get(0);
		assertThat(row.cell("a").suppressed()).isTrue();
		assertThat(row.cell("a").value()).isNull();
		// 25 - 10 - 12 would give the 3 back: the smallest shown cell is hidden as well
		assertThat(row.cell("b").suppressed()).isTrue();
		assertThat(row.cell("b").value()).isNull();
		assertThat(row.cell("c").value()).isEqualByComparingTo("12");
		assertThat(row.total().value()).isEqualByComparingTo("25");
	}

	@Test
	void zeroesAndCountsOfFiveOrMoreAreShown() {
		IndicatorView persons = indicator(IndicatorCounted.PERSONS, PeriodKind.YEAR, Map.of());
		ActualTable.Row row = actuals.published(table(persons, row(Period.year(2025), 0, 5, 8, 13))).rows().get(0);
		assertThat(COLUMNS).allSatisfy(column -> assertThat(row.cell(column).suppressed()).isFalse());
		assertThat(row.cell("b").value()).isEqualByComparingTo("5");
	}

	@Test
	void aTotalBelowFiveIsHiddenWithItsDistricts() {
		IndicatorView companies = indicator(IndicatorCounted.COMPANIES, PeriodKind.YEAR, Map.of(2025, new BigDecimal("10")));
		ActualTable published = actuals.published(table(companies, row(Period.year(2025), 1, 0, 2, 3)));
		assertThat(published.rows().get(0).total().suppressed()).isTrue();
		YearActual year = actuals.year(published, 2025);
		assertThat(year.suppressed()).isTrue();
		assertThat(year.value()).isNull();
		assertThat(year.light()).isEqualTo(YearActual.Light.NONE);
	}

	@Test
	void itemsAndQuantitiesAreNotSuppressed() {
		IndicatorView items = indicator(IndicatorCounted.ITEMS, PeriodKind.YEAR, Map.of());
		ActualTable.Row row = actuals.published(table(items, row(Period.year(2025), 1, 2, 3, 6))).rows().get(0);
		assertThat(row.cell("a").value()).isEqualByComparingTo("1");
		assertThat(row.cell("a").suppressed()).isFalse();
	}

	@Test
	void theTrafficLightComparesWithWhatIsDue() {
		BigDecimal due = new BigDecimal("100");
		assertThat(IndicatorActuals.light(Direction.HIGHER, new BigDecimal("100"), due)).isEqualTo(YearActual.Light.GREEN);
		assertThat(IndicatorActuals.light(Direction.HIGHER, new BigDecimal("130"), due)).isEqualTo(YearActual.Light.GREEN);
		assertThat(IndicatorActuals.light(Direction.HIGHER, new BigDecimal("90"), due)).isEqualTo(YearActual.Light.YELLOW);
		assertThat(IndicatorActuals.light(Direction.HIGHER, new BigDecimal("89"), due)).isEqualTo(YearActual.Light.RED);
		assertThat(IndicatorActuals.light(Direction.LOWER, new BigDecimal("80"), due)).isEqualTo(YearActual.Light.GREEN);
		assertThat(IndicatorActuals.light(Direction.LOWER, new BigDecimal("110"), due)).isEqualTo(YearActual.Light.YELLOW);
		assertThat(IndicatorActuals.light(Direction.LOWER, new BigDecimal("111"), due)).isEqualTo(YearActual.Light.RED);
		assertThat(IndicatorActuals.light(Direction.HIGHER, null, due)).isEqualTo(YearActual.Light.NONE);
		assertThat(IndicatorActuals.light(Direction.HIGHER, BigDecimal.ONE, null)).isEqualTo(YearActual.Light.NONE);
	}

	@Test
	void inTheRunningYearASummedIndicatorIsComparedWithItsShareOfTheTarget() {
		IndicatorView items = indicator(IndicatorCounted.ITEMS, PeriodKind.QUARTER, Map.of(2026, new BigDecimal("120"),
				2025, new BigDecimal("120")));
		ActualTable running = table(items, row(Period.quarter(2026, 1), 10, 10, 10, 30),
				row(Period.quarter(2026, 2), 10, 10, 7, 27));
		YearActual year = actuals.year(running, 2026);
		assertThat(year.value()).isEqualByComparingTo("57");
		assertThat(year.expected()).isEqualByComparingTo("60");
		assertThat(year.light()).isEqualTo(YearActual.Light.YELLOW);
		ActualTable past = table(items, row(Period.quarter(2025, 1), 10, 10, 10, 30),
				row(Period.quarter(2025, 2), 10, 10, 7, 27));
		YearActual pastYear = actuals.year(past, 2025);
		assertThat(pastYear.expected()).isEqualByComparingTo("120");
		assertThat(pastYear.light()).isEqualTo(YearActual.Light.RED);
		assertThat(IndicatorDashboard.achievement(Direction.HIGHER, year.value(), year.expected())).isEqualTo(95);
	}

	@Test
	void aDistrictsYearIsHiddenWhenOneOfItsPeriodsIsHidden() {
		IndicatorView persons = indicator(IndicatorCounted.PERSONS, PeriodKind.QUARTER, Map.of());
		ActualTable raw = table(persons, row(Period.quarter(2025, 1), 2, 10, 10, 22),
				row(Period.quarter(2025, 2), 6, 10, 10, 26));
		Map<String, ActualTable.Cell> year = IndicatorDashboard.yearCells(raw, actuals.published(raw), 2025);
		// a's year (8) could be shown on its own, but its first quarter (2) is hidden: 8 - 6 would give it away
		assertThat(year.get("a").suppressed()).isTrue();
		assertThat(year.get(ActualTable.TOTAL).value()).isEqualByComparingTo("48");
		assertThat(year.get(ActualTable.TOTAL).suppressed()).isFalse();
	}

}
