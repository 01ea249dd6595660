package de.itas.platform.portal;

import java.time.Instant;
import java.util.UUID;

/** A dated correction note of a published article. */
public record NewsCorrection(UUID id, String note, Instant notedAt) {
}
