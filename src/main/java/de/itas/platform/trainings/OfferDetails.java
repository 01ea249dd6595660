package de.itas.platform.trainings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An offer with everything its detail page and its editor show.
 *
 * @param descriptionHtml the Markdown description rendered and sanitised, safe to insert as HTML
 * @param fundable whether the course meets the course-related conditions of § 82 SGB III (hours, AZAV
 *        approval of provider and course), as the funding calculator judges them
 */
public record OfferDetails(long id, UUID providerId, String providerName, String title, String summary,
		String description, String descriptionHtml, Format format, String targetGroups, String language,
		BigDecimal durationHours, BigDecimal price, boolean providerAzav, boolean courseAzav, boolean fundable,
		@Nullable String actionFieldCode, String contactName, String contactEmail, String contactPhone,
		OfferStatus status, long version, List<Labelled> skills, List<Labelled> occupations, List<RunDetails> runs) {

	public OfferDetails {
		skills = List.copyOf(skills);
		occupations = List.copyOf(occupations);
		runs = List.copyOf(runs);
	}

	public String url() {
		return "/weiterbildung/" + id;
	}

	public boolean published() {
		return status == OfferStatus.PUBLISHED;
	}

	public List<RunDetails> upcomingRuns(LocalDate today) {
		return runs.stream().filter(run -> run.upcoming(today)).toList();
	}

	/**
	 * The runs the public offer page lists: those that have not begun. A cancelled one among them stays, marked
	 * as cancelled, for those who were told by mail.
	 */
	public List<RunDetails> runsNotBegun(LocalDate today) {
		return runs.stream().filter(run -> !run.started(today)).toList();
	}

	public @Nullable LocalDate nextStart(LocalDate today) {
		return upcomingRuns(today).stream().map(RunDetails::startDate).min(LocalDate::compareTo).orElse(null);
	}

	public OfferDraft toDraft() {
		return new OfferDraft(title, summary, description, format, targetGroups, language, durationHours, price,
				providerAzav, courseAzav, skills.stream().map(Labelled::uri).toList(),
				occupations.stream().map(Labelled::uri).toList(), actionFieldCode, contactName, contactEmail,
				contactPhone);
	}

}
