package de.itas.platform.governance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision as pages show it.
 *
 * @param mergedIntoKind with {@code mergedIntoId}: the contribution that carries a merged one on
 */
public record DecisionView(ContributionKind kind, UUID contributionId, Outcome outcome, String reason,
		@Nullable ContributionKind mergedIntoKind, @Nullable UUID mergedIntoId, UUID decidedBy, Instant decidedAt) {
}
