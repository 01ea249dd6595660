package de.itas.platform.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import de.itas.platform.shared.security.Role;
import org.springframework.modulith.NamedInterface;

/** An account as other modules and pages see it; never carries the password hash. */
@NamedInterface("api")
public record AccountSummary(UUID id, String email, String displayName, Set<Role> roles, Instant createdAt) {
}
