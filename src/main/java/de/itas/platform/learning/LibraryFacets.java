package de.itas.platform.learning;

import java.util.Map;

/**
 * How many published items each facet value would show: each facet counted with all other filters applied but
 * not its own, so that a visitor sees what choosing another value of the same facet would give.
 */
public record LibraryFacets(Map<String, Long> kinds, Map<String, Long> actionFields, Map<String, Long> partners,
		Map<String, Long> languages) {

	public LibraryFacets {
		kinds = Map.copyOf(kinds);
		actionFields = Map.copyOf(actionFields);
		partners = Map.copyOf(partners);
		languages = Map.copyOf(languages);
	}

	public long kind(String name) {
		return kinds.getOrDefault(name, 0L);
	}

	public long actionField(String code) {
		return actionFields.getOrDefault(code, 0L);
	}

	public long partner(String code) {
		return partners.getOrDefault(code, 0L);
	}

	public long language(String code) {
		return languages.getOrDefault(code, 0L);
	}

}
