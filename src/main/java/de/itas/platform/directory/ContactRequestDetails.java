package de.itas.platform.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One contact request as its sender or the company's admin sees it. The e-mail addresses are present only once
 * the company has answered: then the company sees the sender's and the sender sees the replier's.
 *
 * @param companySide whether the reader answers for the company (else they are the sender)
 * @param mayAnswer whether the reader may answer now (company side, not answered yet)
 */
@NamedInterface("api")
public record ContactRequestDetails(UUID id, UUID companyId, String companyName, String senderName,
		@Nullable String senderOrganisation, String subject, String message, @Nullable ContactContext context,
		Instant sentAt, @Nullable String reply, @Nullable String repliedByName, @Nullable Instant repliedAt,
		@Nullable String senderEmail, @Nullable String replierEmail, boolean companySide, boolean mayAnswer) {
}
