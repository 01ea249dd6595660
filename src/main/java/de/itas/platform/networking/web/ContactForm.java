package de.itas.platform.networking.web;

/** A contact request as typed: the requesting organisation and the message. */
class ContactForm {

	private String organisationId = "";
	private String message = "";

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

}
