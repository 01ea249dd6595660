package de.itas.platform.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A new organisation exists (registered by a company or created by an admin). */
public record OrganisationRegistered(UUID organisationId, String name, OrganisationKind kind,
		@Nullable String districtCode) {
}
