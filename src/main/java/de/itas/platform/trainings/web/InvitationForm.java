package de.itas.platform.trainings.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A company admin registers a person without account by name and e-mail (the person is invited to confirm). */
public class InvitationForm {

	private String company = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 95, message = "{common.validation.max-length}")
	private String firstName = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 95, message = "{common.validation.max-length}")
	private String lastName = "";

	@NotBlank(message = "{common.validation.required}")
	@Email(message = "{common.validation.email}")
	@Size(max = 200, message = "{common.validation.max-length}")
	private String email = "";

	public String getCompany() {
		return company;
	}

	public void setCompany(String company) {
		this.company = company;
	}

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
