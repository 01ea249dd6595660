package de.itas.platform.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registration as a person or as a company. */
class RegistrationForm {

	@Pattern(regexp = "person|company", message = "{accounts.register.kind.invalid}")
	private String kind = "person";

	@NotBlank(message = "{common.validation.required}")
	@Size(min = 2, max = 200, message = "{common.validation.length}")
	private String displayName = "";

	@NotBlank(message = "{common.validation.required}")
	@Email(message = "{common.validation.email}")
	@Size(max = 320, message = "{common.validation.max-length}")
	private String email = "";

	private String password = "";

	private String passwordRepeat = "";

	@Size(max = 200, message = "{common.validation.max-length}")
	private String companyName = "";

	private String districtCode = "";

	@AssertTrue(message = "{accounts.register.consent.required}")
	private boolean consent;

	boolean isCompany() {
		return "company".equals(kind);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordRepeat() {
		return passwordRepeat;
	}

	public void setPasswordRepeat(String passwordRepeat) {
		this.passwordRepeat = passwordRepeat;
	}

	public String getCompanyName() {
		return companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = companyName;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
