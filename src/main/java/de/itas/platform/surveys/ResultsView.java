package de.itas.platform.surveys;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The aggregated results of one survey revision, optionally of the group that answered one categorical
 * question with one value. Every count has passed the shared small-number rule; a withheld group shows
 * nothing but its message.
 *
 * @param responses submitted responses of the revision (all groups)
 * @param groupSize responses of the filtered group (all responses without a filter); {@code null} when the
 * group is smaller than the minimum and therefore withheld
 * @param withheld the filtered group is smaller than the minimum: no figure of it is shown
 * @param minimum the smallest count shown
 */
@NamedInterface("api")
public record ResultsView(UUID surveyId, String slug, int revision, String title, int responses,
		@Nullable Integer groupSize, @Nullable ResultsFilter filter, boolean withheld, int minimum,
		List<QuestionResult> questions) {

	public ResultsView {
		questions = List.copyOf(questions);
	}

	public java.util.Optional<QuestionResult> question(String code) {
		return questions.stream().filter(question -> question.code().equals(code)).findFirst();
	}

}
