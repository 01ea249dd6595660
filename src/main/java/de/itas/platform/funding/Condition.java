package de.itas.platform.funding;

import org.jspecify.annotations.Nullable;

/**
 * A condition of a programme version, shown with its text and whether it is met.
 *
 * @param unknownText shown instead of {@code text} when the test is unknown, to say what must be checked
 * @param notApplicableWhen when this holds, the condition does not apply and counts as met
 * @param notApplicableText shown when the condition does not apply
 */
record Condition(String id, LocalizedText text, Criterion test, @Nullable LocalizedText unknownText,
		@Nullable Criterion notApplicableWhen, @Nullable LocalizedText notApplicableText) {

	ConditionEvaluation evaluate(Facts facts) {
		if (notApplicableWhen != null && notApplicableWhen.evaluate(facts) == Outcome.MET) {
			return ConditionEvaluation.of(id, Outcome.MET, notApplicableText == null ? text : notApplicableText);
		}
		Outcome outcome = test.evaluate(facts);
		LocalizedText shown = outcome == Outcome.UNKNOWN && unknownText != null ? unknownText : text;
		return ConditionEvaluation.of(id, outcome, shown);
	}

}
