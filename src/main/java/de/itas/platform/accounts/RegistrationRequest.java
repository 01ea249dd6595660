package de.itas.platform.accounts;

import org.jspecify.annotations.Nullable;

/**
 * What a person enters to register, already validated by the form.
 *
 * @param companyName set when registering a company (the person becomes its company admin)
 * @param districtCode the company's district, set with {@code companyName}
 * @param returnTo the page the person came from; the verification link leads back to it (checked by
 *        {@link de.itas.platform.shared.security.ReturnPath})
 */
public record RegistrationRequest(String displayName, String email, String password, @Nullable String companyName,
		@Nullable String districtCode, String language, @Nullable String returnTo) {

	public RegistrationRequest(String displayName, String email, String password, @Nullable String companyName,
			@Nullable String districtCode, String language) {
		this(displayName, email, password, companyName, districtCode, language, null);
	}

	public boolean isCompany() {
		return companyName != null && !companyName.isBlank();
	}

}
