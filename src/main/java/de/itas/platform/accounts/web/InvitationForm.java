package de.itas.platform.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Invite a person by e-mail with a role. */
class InvitationForm {

	@NotBlank(message = "{common.validation.required}")
	@Email(message = "{common.validation.email}")
	@Size(max = 320, message = "{common.validation.max-length}")
	private String email = "";

	private String role = "COMPANY_MEMBER";

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

}
