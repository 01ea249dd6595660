package de.itas.platform.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One access by staff to a person's personal data. */
public record AuditEntry(Instant at, @Nullable UUID actorId, String actorName, @Nullable UUID subjectId,
		@Nullable String subjectEmail, String whatKey, @Nullable String detail) {
}
