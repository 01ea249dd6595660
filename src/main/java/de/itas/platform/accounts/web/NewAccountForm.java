package de.itas.platform.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An invited person creates an account. */
class NewAccountForm {

	@NotBlank(message = "{common.validation.required}")
	@Size(min = 2, max = 200, message = "{common.validation.length}")
	private String displayName = "";

	private String password = "";

	private String passwordRepeat = "";

	@AssertTrue(message = "{accounts.register.consent.required}")
	private boolean consent;

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
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

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
