package de.itas.platform.shared.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

/** The collector lists every source's figures and answers values by key, failing loudly where it cannot. */
class FiguresUnitTests {

	private static final YearMonth JAN = YearMonth.of(2026, 1);
	private static final YearMonth MAR = YearMonth.of(2026, 3);

	/** A source of one module whose values come from a function of the range. */
	private record Source(String module, List<FigureDefinition> definitions,
			BiFunction<YearMonth, YearMonth, List<FigureValue>> answer) implements FigureSource {

		@Override
		public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
			return answer.apply(from, to);
		}

	}

	private static Source source(String module, String key, List<FigureValue> values) {
		return new Source(module, List.of(new FigureDefinition(key, key + ".label", Counted.ITEMS)),
				(from, to) -> values);
	}

	@Test
	void listsTheDefinitionsOfAllSourcesByKeyAndAnswersValuesInOrder() {
		Source alpha = new Source("alpha",
				List.of(new FigureDefinition("alpha.things-done", "alpha.figures.things-done", Counted.ITEMS),
						new FigureDefinition("alpha.companies-seen", "alpha.figures.companies-seen", Counted.COMPANIES)),
				(from, to) -> List.of(new FigureValue("alpha.things-done", MAR, "zwickau", 2),
						new FigureValue("alpha.things-done", JAN, null, 7), new FigureValue("alpha.things-done", JAN, "chemnitz", 3)));
		Source beta = source("beta", "beta.people-met", List.of());
		Figures figures = new Figures(List.of(beta, alpha));

		assertThat(figures.definitions()).extracting(FigureDefinition::key)
			.containsExactly("alpha.companies-seen", "alpha.things-done", "beta.people-met");
		assertThat(figures.definition("alpha.companies-seen")).map(FigureDefinition::counted).contains(Counted.COMPANIES);
		assertThat(figures.definition("gamma.nothing")).isEmpty();
		assertThat(figures.values("alpha.things-done", JAN, MAR)).containsExactly(
				new FigureValue("alpha.things-done", JAN, "chemnitz", 3), new FigureValue("alpha.things-done", JAN, null, 7),
				new FigureValue("alpha.things-done", MAR, "zwickau", 2));
		assertThat(figures.values("beta.people-met", JAN, JAN)).isEmpty();
	}

	@Test
	void anUnknownKeyFailsNamingTheKey() {
		Figures figures = new Figures(List.of(source("alpha", "alpha.things-done", List.of())));
		assertThatThrownBy(() -> figures.values("alpha.things-undone", JAN, MAR)).isInstanceOfSatisfying(
				FigureException.class, ex -> {
					assertThat(ex.key()).isEqualTo("alpha.things-undone");
					assertThat(ex.module()).isNull();
					assertThat(ex).hasMessageContaining("'alpha.things-undone'");
				});
	}

	@Test
	void aFailingSourceFailsNamingKeyModuleAndCause() {
		IllegalStateException cause = new IllegalStateException("database gone");
		Figures figures = new Figures(List.of(new Source("alpha",
				List.of(new FigureDefinition("alpha.things-done", "x", Counted.ITEMS)), (from, to) -> {
					throw cause;
				})));
		assertThatThrownBy(() -> figures.values("alpha.things-done", JAN, MAR)).isInstanceOfSatisfying(
				FigureException.class, ex -> {
					assertThat(ex.key()).isEqualTo("alpha.things-done");
					assertThat(ex.module()).isEqualTo("alpha");
					assertThat(ex).hasMessageContaining("'alpha.things-done'")
						.hasMessageContaining("'alpha'")
						.hasMessageContaining("database gone")
						.hasCause(cause);
				});
	}

	@Test
	void valuesThatBreakTheContractFail() {
		List<List<FigureValue>> broken = List.of(
				List.of(new FigureValue("alpha.other", JAN, null, 1)),
				List.of(new FigureValue("alpha.things-done", MAR.plusMonths(1), null, 1)),
				List.of(new FigureValue("alpha.things-done", JAN.minusMonths(1), null, 1)),
				List.of(new FigureValue("alpha.things-done", JAN, null, 0)),
				List.of(new FigureValue("alpha.things-done", JAN, "zwickau", 1), new FigureValue("alpha.things-done", JAN, "zwickau", 2)),
				List.of(new FigureValue("alpha.things-done", JAN, null, 1), new FigureValue("alpha.things-done", JAN, null, 2)));
		for (List<FigureValue> values : broken) {
			Figures figures = new Figures(List.of(source("alpha", "alpha.things-done", values)));
			assertThatThrownBy(() -> figures.values("alpha.things-done", JAN, MAR)).as(values.toString())
				.isInstanceOfSatisfying(FigureException.class, ex -> assertThat(ex.module()).isEqualTo("alpha"));
		}
	}

	@Test
	void aRangeThatEndsBeforeItBeginsIsRefused() {
		Figures figures = new Figures(List.of(source("alpha", "alpha.things-done", List.of())));
		assertThatThrownBy(() -> figures.values("alpha.things-done", MAR, JAN)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2026-03");
	}

	@Test
	void keysAreUniqueAndBelongToTheirModule() {
		assertThatThrownBy(() -> new Figures(List.of(source("alpha", "alpha.things-done", List.of()),
				source("alpha", "alpha.things-done", List.of()))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("alpha.things-done");
		assertThatThrownBy(() -> new Figures(List.of(source("alpha", "beta.things-done", List.of()))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'alpha.'");
		assertThatThrownBy(() -> new FigureDefinition("Things Done", "x", Counted.ITEMS))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FigureValue("alpha.things-done", JAN, null, -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void onlyItemsAddUpAcrossMonthsAndDistricts() {
		assertThat(Counted.ITEMS.additive()).isTrue();
		assertThat(Counted.COMPANIES.additive()).isFalse();
		assertThat(Counted.PERSONS.additive()).isFalse();
	}

	@Test
	void monthsBeginAtMidnightInBerlin() {
		// winter: UTC+1, summer: UTC+2
		assertThat(Months.start(YearMonth.of(2026, 2))).hasToString("2026-01-31T23:00:00Z");
		assertThat(Months.end(YearMonth.of(2026, 6))).hasToString("2026-06-30T22:00:00Z");
		assertThat(Months.of(java.time.Instant.parse("2026-01-31T23:30:00Z"))).isEqualTo(YearMonth.of(2026, 2));
		assertThat(Months.dayAfter(YearMonth.of(2026, 12))).hasToString("2027-01-01");
	}

}
