package de.itas.platform.shared.search;

import java.util.List;

/**
 * One item that helps with some of the asked skills or action fields.
 *
 * @param kindKey message key of the item's kind as a reader sees it (e.g. Kurs, Studie, Video)
 * @param title plain text
 * @param summary plain text, one or two sentences
 * @param path the item's page, a path within the platform
 * @param matchedSkills the asked skill URIs the item teaches (what makes it relevant)
 * @param matchedActionFields the asked action-field codes it serves
 */
public record RelatedItem(String kindKey, String title, String summary, String path, List<String> matchedSkills,
		List<String> matchedActionFields) {

	public RelatedItem {
		matchedSkills = List.copyOf(matchedSkills);
		matchedActionFields = List.copyOf(matchedActionFields);
	}

	/** How much of the question the item answers: skills count more than action fields. */
	public int weight() {
		return 3 * matchedSkills.size() + matchedActionFields.size();
	}

}
