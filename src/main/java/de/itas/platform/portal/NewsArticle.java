package de.itas.platform.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A news article as pages read it.
 *
 * @param body Markdown, rendered through the kernel's sanitiser
 * @param actionFields codes of the region's action fields the article belongs to
 * @param partnerCode the region's code of the consortium partner that speaks
 * @param imageId the uploaded image, if any
 * @param publishAt from when visitors see a published article
 */
public record NewsArticle(UUID id, String slug, String title, String teaser, String body, List<String> actionFields,
		String partnerCode, NewsStatus status, @Nullable UUID imageId, String imageAlt, @Nullable UUID authorId,
		String authorName, @Nullable UUID submittedBy, @Nullable Instant submittedAt, @Nullable UUID reviewedBy,
		@Nullable Instant reviewedAt, String reviewNote, @Nullable Instant publishAt, Instant createdAt,
		Instant updatedAt, long version, boolean demo) {

	public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	public NewsArticle {
		actionFields = List.copyOf(actionFields);
	}

	/** Whether visitors may read it at this moment. */
	public boolean visibleAt(Instant now) {
		return status == NewsStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
	}

	/** Whether it is published but waits for its publish time. */
	public boolean scheduledAt(Instant now) {
		return status == NewsStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
	}

	public boolean hasImage() {
		return imageId != null;
	}

	/** The public address. */
	public String path() {
		return "/aktuelles/" + slug;
	}

	/** The day of publication (or of creation for drafts), in the platform's time zone. */
	public LocalDate date() {
		return (publishAt == null ? createdAt : publishAt).atZone(BERLIN).toLocalDate();
	}

}
