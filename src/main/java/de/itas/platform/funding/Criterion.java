package de.itas.platform.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One test of the rule language in {@code funding/programmes.json}, evaluated against the facts of a case.
 * The vocabulary is deliberately small: comparisons of numbers, yes/no facts, combinations, and the three
 * date rules the programmes need. How a boundary day counts ("exactly two years", "on the start day") is
 * part of the data ({@code whenExactly}, {@code whenSameDay}), so a different legal reading is a data change.
 */
sealed interface Criterion {

	Outcome evaluate(Facts facts);

	enum Comparison {

		ABOVE("above"), AT_LEAST("atLeast"), BELOW("below"), AT_MOST("atMost");

		final String dataName;

		Comparison(String dataName) {
			this.dataName = dataName;
		}

		boolean holds(BigDecimal value, BigDecimal limit) {
			int order = value.compareTo(limit);
			return switch (this) {
				case ABOVE -> order > 0;
				case AT_LEAST -> order >= 0;
				case BELOW -> order < 0;
				case AT_MOST -> order <= 0;
			};
		}

	}

	/** {@code {"fact": "courseHours", "above": 120}}; a missing value cannot be compared and is unknown. */
	record Compare(String fact, Comparison comparison, BigDecimal limit) implements Criterion {

		@Override
		public Outcome evaluate(Facts facts) {
			BigDecimal value = facts.number(fact);
			return value == null ? Outcome.UNKNOWN : Outcome.of(comparison.holds(value, limit));
		}

	}

	/** {@code {"fact": "courseAzavApproved", "is": true}}. */
	record Is(String fact, boolean expected) implements Criterion {

		@Override
		public Outcome evaluate(Facts facts) {
			Boolean value = facts.yesNo(fact);
			return value == null ? Outcome.UNKNOWN : Outcome.of(value == expected);
		}

	}

	/** All must hold: one failure fails, otherwise one unknown makes the whole unknown. */
	record AllOf(List<Criterion> criteria) implements Criterion {

		@Override
		public Outcome evaluate(Facts facts) {
			Outcome result = Outcome.MET;
			for (Criterion criterion : criteria) {
				Outcome outcome = criterion.evaluate(facts);
				if (outcome == Outcome.NOT_MET) {
					return Outcome.NOT_MET;
				}
				if (outcome == Outcome.UNKNOWN) {
					result = Outcome.UNKNOWN;
				}
			}
			return result;
		}

	}

	/** One must hold: one success holds, otherwise one unknown makes the whole unknown. */
	record AnyOf(List<Criterion> criteria) implements Criterion {

		@Override
		public Outcome evaluate(Facts facts) {
			Outcome result = Outcome.NOT_MET;
			for (Criterion criterion : criteria) {
				Outcome outcome = criterion.evaluate(facts);
				if (outcome == Outcome.MET) {
					return Outcome.MET;
				}
				if (outcome == Outcome.UNKNOWN) {
					result = Outcome.UNKNOWN;
				}
			}
			return result;
		}

	}

	/**
	 * {@code {"fact": "qualificationYear", "yearsBefore": "courseStart", "atLeast": 2, "whenExactly": "unknown"}}:
	 * a year lies at least n years before a date. Only the year is known, so a difference of exactly n
	 * calendar years may or may not be n full years; the data decides what that counts as.
	 */
	record YearsBefore(String yearFact, String dateFact, int atLeast, Outcome whenExactly) implements Criterion {

		@Override
		public Outcome evaluate(Facts facts) {
			BigDecimal year = facts.number(yearFact);
			LocalDate date = facts.date(dateFact);
			if (year == null || date == null) {
				return Outcome.UNKNOWN;
			}
			int difference = date.getYear() - year.intValue();
			if (difference == atLeast) {
				return whenExactly;
			}
			return Outcome.of(difference > atLeast);
		}

	}

	/**
	 * {@code {"fact": "fundedUnder82Since", "notWithinYearsBefore": "applicationDate", "years": 2, "whenExactly": "notMet"}}:
	 * no event in the n years before a date. Met when there was no event; the day exactly n years after
	 * the event is decided by the data.
	 */
	record NotWithinYearsBefore(String dateFact, String referenceFact, int years, Outcome whenExactly)
			implements Criterion {

		@Override
		public Outcome evaluate(Facts facts) {
			LocalDate event = facts.date(dateFact);
			LocalDate reference = facts.date(referenceFact);
			if (event == null) {
				return Outcome.MET;
			}
			if (reference == null) {
				return Outcome.UNKNOWN;
			}
			LocalDate periodEnd = event.plusYears(years);
			if (reference.isEqual(periodEnd)) {
				return whenExactly;
			}
			return Outcome.of(reference.isAfter(periodEnd));
		}

	}

	/**
	 * {@code {"fact": "applicationDate", "before": "courseStart", "whenSameDay": "unknown"}}: one date lies
	 * before another; the same day is decided by the data, because the time of day is not known.
	 */
	record Before(String dateFact, String referenceFact, Outcome whenSameDay) implements Criterion {

		@Override
		public Outcome evaluate(Facts facts) {
			LocalDate date = facts.date(dateFact);
			LocalDate reference = facts.date(referenceFact);
			if (date == null || reference == null) {
				return Outcome.UNKNOWN;
			}
			if (date.isEqual(reference)) {
				return whenSameDay;
			}
			return Outcome.of(date.isBefore(reference));
		}

	}

	/** {@code {"unknown": true}}: a condition the calculator cannot decide from its questions. */
	record Unknown() implements Criterion {

		@Override
		public Outcome evaluate(Facts facts) {
			return Outcome.UNKNOWN;
		}

	}

}
