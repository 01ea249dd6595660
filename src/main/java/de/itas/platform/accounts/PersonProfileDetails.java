package de.itas.platform.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** The fields of a person's profile; all optional. */
@NamedInterface("api")
public record PersonProfileDetails(@Nullable String districtCode, @Nullable String jobTitle,
		@Nullable UUID employerOrganisationId, @Nullable String interests, @Nullable Retraining retraining,
		@Nullable Integer commutingRadiusKm, @Nullable ContactPreference contactPreference, @Nullable String phone) {

	public static PersonProfileDetails empty() {
		return new PersonProfileDetails(null, null, null, null, null, null, null, null);
	}

}
