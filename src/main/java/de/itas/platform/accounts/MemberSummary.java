package de.itas.platform.accounts;

import java.util.Set;
import java.util.UUID;

import de.itas.platform.shared.security.Role;

/** A member of an organisation with the roles held there. */
public record MemberSummary(UUID userId, String displayName, String email, Set<Role> roles) {
}
