package de.itas.platform.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One revision of a survey with everything needed to show, answer and count it. A survey without an opening
 * time is a draft (not open); a survey without a closing time stays open once opened.
 */
public record SurveyDefinition(UUID id, UUID familyId, int revision, String slug, String title, String intro,
		SurveyAudience audience, @Nullable String audienceValue, boolean anonymous, @Nullable Instant opensAt,
		@Nullable Instant closesAt, boolean publishResults, @Nullable String templateKey,
		@Nullable SurveySubject subject, UUID ownerId, @Nullable UUID ownerOrganisation, Instant createdAt,
		List<Section> sections) {

	public SurveyDefinition {
		sections = List.copyOf(sections);
	}

	/** Every question in the order of the pages. */
	public List<Question> questions() {
		return sections.stream().flatMap(section -> section.questions().stream()).toList();
	}

	public Optional<Question> question(UUID id) {
		return questions().stream().filter(question -> question.id().equals(id)).findFirst();
	}

	public Optional<Question> question(String code) {
		return questions().stream().filter(question -> question.code().equals(code)).findFirst();
	}

	public SurveyPhase phase(Instant now) {
		if (opensAt == null || now.isBefore(opensAt)) {
			return SurveyPhase.NOT_OPEN;
		}
		return closesAt != null && !now.isBefore(closesAt) ? SurveyPhase.CLOSED : SurveyPhase.OPEN;
	}

	/** A template is copied for a thing of another module and never answered itself. */
	public boolean template() {
		return templateKey != null;
	}

}
