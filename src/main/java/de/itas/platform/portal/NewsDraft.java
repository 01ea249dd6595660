package de.itas.platform.portal;

import java.util.List;

/** An article's texts as an editor typed them. */
public record NewsDraft(String title, String teaser, String body, List<String> actionFields, String partnerCode,
		String imageAlt) {

	public NewsDraft {
		actionFields = List.copyOf(actionFields);
	}

}
