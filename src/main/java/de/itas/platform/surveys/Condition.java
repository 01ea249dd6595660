package de.itas.platform.surveys;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Shows a question only when an earlier question was answered with one of the given values (option codes,
 * district codes or scale values as text).
 */
public record Condition(UUID questionId, String questionCode, List<String> values) {

	public Condition {
		values = List.copyOf(values);
	}

	/** Whether the earlier question's answer (its chosen codes; empty when unanswered) meets the condition. */
	public boolean metBy(Collection<String> answered) {
		return answered.stream().anyMatch(values::contains);
	}

}
