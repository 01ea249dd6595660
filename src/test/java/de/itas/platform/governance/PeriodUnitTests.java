package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Periods: their codes, bounds, order and the indicator's life. */
class PeriodUnitTests {

	@Test
	void codesAreReadAndWrittenBack() {
		assertThat(Period.parse("2025")).isEqualTo(Period.year(2025));
		assertThat(Period.parse("2025-Q2")).isEqualTo(Period.quarter(2025, 2));
		assertThat(Period.parse(" 2025-03 ")).isEqualTo(Period.month(YearMonth.of(2025, 3)));
		for (String code : List.of("2025", "2025-Q4", "2025-12", "2026-01")) {
			assertThat(Period.parse(code).code()).isEqualTo(code);
		}
	}

	@Test
	void anythingElseIsRefused() {
		for (String code : List.of("", "25", "2025-Q5", "2025-Q0", "2025-13", "2025-00", "2025/03", "Q1-2025", "2025-3",
				"1800")) {
			assertThatThrownBy(() -> Period.parse(code)).as(code).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void aPeriodStartsOnItsFirstDayAndEndsBeforeTheNext() {
		Period quarter = Period.quarter(2025, 2);
		assertThat(quarter.start()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(quarter.end()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(quarter.firstMonth()).isEqualTo(YearMonth.of(2025, 4));
		assertThat(quarter.lastMonth()).isEqualTo(YearMonth.of(2025, 6));
		assertThat(quarter.contains(YearMonth.of(2025, 6))).isTrue();
		assertThat(quarter.contains(YearMonth.of(2025, 7))).isFalse();
		assertThat(Period.year(2025).end()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(Period.quarter(2025, 4).next()).isEqualTo(Period.quarter(2026, 1));
		assertThat(Period.month(YearMonth.of(2025, 12)).next()).isEqualTo(Period.month(YearMonth.of(2026, 1)));
	}

	@Test
	void theContainingPeriodOfADayAndThePeriodStartingOnIt() {
		assertThat(Period.containing(PeriodKind.QUARTER, LocalDate.of(2025, 9, 30))).isEqualTo(Period.quarter(2025, 3));
		assertThat(Period.containing(PeriodKind.YEAR, LocalDate.of(2025, 9, 30))).isEqualTo(Period.year(2025));
		assertThat(Period.startingOn(PeriodKind.QUARTER, LocalDate.of(2025, 10, 1))).isEqualTo(Period.quarter(2025, 4));
		assertThatThrownBy(() -> Period.startingOn(PeriodKind.QUARTER, LocalDate.of(2025, 11, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void allPeriodsOfYearsInOrder() {
		List<Period> quarters = Period.all(PeriodKind.QUARTER, 2024, 2025);
		assertThat(quarters).hasSize(8).isSorted();
		assertThat(quarters.get(0)).isEqualTo(Period.quarter(2024, 1));
		assertThat(quarters.get(7)).isEqualTo(Period.quarter(2025, 4));
		assertThat(Period.all(PeriodKind.MONTH, 2025, 2025)).hasSize(12);
		assertThat(Period.all(PeriodKind.YEAR, 2022, 2026)).extracting(Period::code)
			.containsExactly("2022", "2023", "2024", "2025", "2026");
		// a year and its first quarter start on the same day: the shorter one first
		assertThat(Period.quarter(2025, 1)).isLessThan(Period.year(2025));
	}

	@Test
	void theLifeOfAnIndicatorBoundsItsPeriods() {
		IndicatorView indicator = new IndicatorView("test", "Test", "", "Stück", 0, BigDecimal.ZERO, new BigDecimal("100"),
				Direction.HIGHER, IndicatorCounted.ITEMS, null, null, "p", "f", IndicatorSource.ENTERED, null,
				PeriodKind.QUARTER, 2023, 2025, true, 0, 0, new TreeMap<>());
		assertThat(indicator.lives(Period.quarter(2023, 1))).isTrue();
		assertThat(indicator.lives(Period.quarter(2025, 4))).isTrue();
		assertThat(indicator.lives(Period.quarter(2022, 4))).isFalse();
		assertThat(indicator.lives(Period.quarter(2026, 1))).isFalse();
		assertThat(indicator.inRange(new BigDecimal("100"))).isTrue();
		assertThat(indicator.inRange(new BigDecimal("100.01"))).isFalse();
		assertThat(indicator.inRange(new BigDecimal("-1"))).isFalse();
	}

}
