package de.itas.platform.learning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A course's description (its content is in {@link CourseContent}).
 *
 * @param durationMinutes estimated time to work through it
 * @param skillUris ESCO skill URIs the course teaches
 * @param prerequisites free text on what a learner should know first
 * @param prerequisiteCourses other courses recommended before this one
 * @param actionFields codes of the region's action fields the course serves
 * @param ownerId who created it (a provider may edit only their own courses)
 */
public record Course(UUID id, String slug, String title, String summary, int durationMinutes, List<String> skillUris,
		String prerequisites, List<UUID> prerequisiteCourses, List<String> actionFields, CourseStatus status,
		@Nullable UUID ownerId, Instant createdAt, @Nullable Instant publishedAt, long version) {

	public Course {
		skillUris = List.copyOf(skillUris);
		prerequisiteCourses = List.copyOf(prerequisiteCourses);
		actionFields = List.copyOf(actionFields);
	}

	public boolean published() {
		return status == CourseStatus.PUBLISHED;
	}

	public String path() {
		return "/lernen/kurse/" + slug;
	}

}
