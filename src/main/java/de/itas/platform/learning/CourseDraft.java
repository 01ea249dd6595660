package de.itas.platform.learning;

import java.util.List;
import java.util.UUID;

/** What an editor writes about a course (its content is added module by module). */
public record CourseDraft(String slug, String title, String summary, int durationMinutes, List<String> skillUris,
		String prerequisites, List<UUID> prerequisiteCourses, List<String> actionFields, CourseStatus status) {

	public CourseDraft {
		skillUris = List.copyOf(skillUris);
		prerequisiteCourses = List.copyOf(prerequisiteCourses);
		actionFields = List.copyOf(actionFields);
	}

}
