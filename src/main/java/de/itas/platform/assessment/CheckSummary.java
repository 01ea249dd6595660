package de.itas.platform.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A check as lists show it.
 *
 * @param currentStep the step (dimension index, 0-based) to resume at
 * @param answered how many questions have an answer
 * @param overall the overall score once completed
 */
public record CheckSummary(UUID id, UUID organisationId, int questionnaireVersion, CheckStatus status, int currentStep,
		int answered, Instant startedAt, Instant changedAt, @Nullable Instant completedAt, @Nullable Integer overall) {

	public boolean completed() {
		return status == CheckStatus.COMPLETED;
	}

}
