package de.itas.platform.accounts;

import java.time.Instant;
import java.util.UUID;

import de.itas.platform.shared.security.Role;

/** An invitation into an organisation, as the invited person or the organisation's admins see it. */
public record InvitationSummary(UUID organisationId, String organisationName, String email, Role role,
		Instant expiresAt, boolean accountExists) {
}
