package de.itas.platform.funding;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A condition as evaluated by the engine. Its text comes from the data file, or, for conditions the
 * engine itself adds (programme closed, no rules for the course start), from the message bundle.
 */
record ConditionEvaluation(String id, Outcome outcome, @Nullable LocalizedText text, @Nullable String messageKey,
		List<Object> arguments) {

	static ConditionEvaluation of(String id, Outcome outcome, LocalizedText text) {
		return new ConditionEvaluation(id, outcome, text, null, List.of());
	}

	static ConditionEvaluation message(String id, Outcome outcome, String messageKey, Object... arguments) {
		return new ConditionEvaluation(id, outcome, null, messageKey, List.of(arguments));
	}

}
