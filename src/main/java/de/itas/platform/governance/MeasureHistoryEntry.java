package de.itas.platform.governance;

import java.time.Instant;
import java.util.UUID;

/** One entry of a measure's timeline: the progress and status after a change, and why. */
public record MeasureHistoryEntry(UUID id, UUID measureId, Instant at, String authorName, int progress,
		MeasureStatus status, String comment) {
}
