package de.itas.platform.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A received contact request in the company's list. */
@NamedInterface("api")
public record ContactRequestSummary(UUID id, UUID companyId, String companyName, String senderName,
		@Nullable String senderOrganisation, String subject, Instant sentAt, boolean unread, boolean answered) {
}
