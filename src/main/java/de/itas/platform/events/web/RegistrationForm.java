package de.itas.platform.events.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The registration form: mode (for hybrid events), organisation, and the answers by "q" + question id. */
public class RegistrationForm {

	private String mode = "";

	private String organisation = "";

	private Map<String, String> answers = new HashMap<>();

	public String getMode() {
		return mode;
	}

	public void setMode(String mode) {
		this.mode = mode == null ? "" : mode;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation == null ? "" : organisation;
	}

	public Map<String, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers == null ? new HashMap<>() : answers;
	}

	/** The answers by question id. */
	Map<Long, String> answersById() {
		Map<Long, String> byId = new LinkedHashMap<>();
		answers.forEach((key, value) -> {
			if (key != null && key.matches("q[0-9]{1,18}")) {
				byId.put(Long.parseLong(key.substring(1)), value == null ? "" : value);
			}
		});
		return byId;
	}

}
