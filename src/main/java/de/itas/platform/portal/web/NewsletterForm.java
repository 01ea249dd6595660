package de.itas.platform.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The sign-up form: address, topics and the consent. */
public class NewsletterForm {

	private @Nullable String email;
	private List<String> topics = new ArrayList<>();
	private boolean consent;

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public List<String> getTopics() {
		return topics;
	}

	public void setTopics(@Nullable List<String> topics) {
		this.topics = topics == null ? new ArrayList<>() : topics;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
