package de.itas.platform.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A library item as stored, whatever its state.
 *
 * @param body Markdown of an article (empty for the other kinds)
 * @param url the https address of a video or link (empty for the other kinds)
 * @param transcript a video's transcript (plain text)
 * @param captionUrl the https address of a video's captions
 * @param fileName the name of a study's PDF, {@code null} when none is stored
 */
public record LibraryItem(UUID id, String slug, ContentKind kind, String title, String summary, String body,
		String url, String transcript, String captionUrl, String partnerCode, LocalDate date, String language,
		List<String> actionFields, List<String> skills, List<String> districts, List<String> targetGroups,
		ContentStatus status, @Nullable UUID authorId, String authorName, @Nullable UUID submittedBy,
		@Nullable Instant submittedAt, @Nullable UUID reviewedBy, @Nullable Instant reviewedAt, String reviewNote,
		@Nullable Instant publishedAt, Instant createdAt, Instant updatedAt, long version, boolean demo,
		@Nullable String fileName, long fileSize) {

	public LibraryItem {
		actionFields = List.copyOf(actionFields);
		skills = List.copyOf(skills);
		districts = List.copyOf(districts);
		targetGroups = List.copyOf(targetGroups);
	}

	/** The item's public page. */
	public String path() {
		return "/wissen/" + slug;
	}

	public boolean published() {
		return status == ContentStatus.PUBLISHED;
	}

	public boolean hasFile() {
		return fileName != null;
	}

}
