package de.itas.platform.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A new organisation exists (registered by a company or created by an admin). */
@NamedInterface("api")
public record OrganisationRegistered(UUID organisationId, String name, OrganisationKind kind,
		@Nullable String districtCode) {
}
