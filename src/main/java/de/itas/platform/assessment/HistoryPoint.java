package de.itas.platform.assessment;

import java.time.Instant;
import java.util.UUID;

/** One completed check of a company in its development over time. */
public record HistoryPoint(UUID checkId, Instant completedAt, int questionnaireVersion, Scores scores) {
}
