package de.itas.platform.directory.web;

import org.jspecify.annotations.Nullable;

/** The contact form to a company, holding exactly what was typed. */
class ContactForm {

	private String subject = "";
	private String message = "";

	public String getSubject() {
		return subject;
	}

	public void setSubject(@Nullable String subject) {
		this.subject = subject == null ? "" : subject;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(@Nullable String message) {
		this.message = message == null ? "" : message;
	}

}
