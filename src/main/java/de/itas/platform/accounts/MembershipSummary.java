package de.itas.platform.accounts;

import java.util.UUID;

import de.itas.platform.shared.security.Role;

/** A person's role in one organisation. */
public record MembershipSummary(UUID organisationId, String organisationName, OrganisationKind kind, Role role) {
}
