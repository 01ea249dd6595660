package de.itas.platform.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One row of {@code assessment.company_check}, as the module reads and writes it. */
record CompanyCheck(UUID id, UUID organisationId, int questionnaireVersion, CheckStatus status,
		Map<String, String> answers, int currentStep, @Nullable UUID startedBy, Instant startedAt, Instant changedAt,
		@Nullable Instant completedAt, @Nullable String districtCode, @Nullable String sizeClass,
		@Nullable String valueChainPosition, @Nullable Scores scores) {

	CheckSummary summary() {
		return new CheckSummary(id, organisationId, questionnaireVersion, status, currentStep,
				(int) answers.values().stream().filter(value -> value != null && !value.isBlank()).count(), startedAt,
				changedAt, completedAt, scores == null ? null : scores.overall());
	}

}
