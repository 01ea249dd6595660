package de.itas.platform.accounts;

import java.util.Set;
import java.util.UUID;

import de.itas.platform.shared.security.Role;
import org.springframework.modulith.NamedInterface;

/** A member of an organisation with the roles held there. */
@NamedInterface("api")
public record MemberSummary(UUID userId, String displayName, String email, Set<Role> roles) {
}
