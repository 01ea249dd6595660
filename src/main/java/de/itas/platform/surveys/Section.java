package de.itas.platform.surveys;

import java.util.List;
import java.util.UUID;

/** A page of a survey: a title, an introduction and its questions in order. */
public record Section(UUID id, int position, String title, String intro, List<Question> questions) {

	public Section {
		questions = List.copyOf(questions);
	}

}
