package de.itas.platform.learning;

import java.util.List;

/**
 * A library item as an editor typed it; the service checks everything (nothing here is trusted).
 *
 * @param kind the kind's enum name, possibly empty or wrong
 * @param date the date as typed ({@code yyyy-MM-dd})
 */
public record LibraryDraft(String kind, String title, String summary, String body, String url, String transcript,
		String captionUrl, String partnerCode, String date, String language, List<String> actionFields,
		List<String> skills, List<String> districts, List<String> targetGroups) {

	public LibraryDraft {
		actionFields = List.copyOf(actionFields);
		skills = List.copyOf(skills);
		districts = List.copyOf(districts);
		targetGroups = List.copyOf(targetGroups);
	}

}
