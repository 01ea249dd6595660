package de.itas.platform.accounts;

import org.jspecify.annotations.Nullable;

/**
 * What a person enters to register, already validated by the form.
 *
 * @param companyName set when registering a company (the person becomes its company admin)
 * @param districtCode the company's district, set with {@code companyName}
 */
public record RegistrationRequest(String displayName, String email, String password, @Nullable String companyName,
		@Nullable String districtCode, String language) {

	public boolean isCompany() {
		return companyName != null && !companyName.isBlank();
	}

}
