package de.itas.platform.accounts;

import java.util.UUID;

import de.itas.platform.shared.security.Role;
import org.springframework.modulith.NamedInterface;

/** A person's role in one organisation. */
@NamedInterface("api")
public record MembershipSummary(UUID organisationId, String organisationName, OrganisationKind kind, Role role) {
}
