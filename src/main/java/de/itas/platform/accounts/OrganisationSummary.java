package de.itas.platform.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An organisation as other modules see it.
 *
 * @param districtCode the district of its seat (a region code), if known
 * @param partnerCode for partner organisations, the region's code of the consortium partner
 */
@NamedInterface("api")
public record OrganisationSummary(UUID id, String name, OrganisationKind kind, @Nullable String districtCode,
		@Nullable String partnerCode) {
}
