package de.itas.platform.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One e-mail address (password reset, new verification link, change of address). */
class EmailForm {

	@NotBlank(message = "{common.validation.required}")
	@Email(message = "{common.validation.email}")
	@Size(max = 320, message = "{common.validation.max-length}")
	private String email = "";

	private String currentPassword = "";

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

}
