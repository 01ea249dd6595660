package de.itas.platform.learning;

import java.util.List;

/** A course's chapter: its lessons in order. */
public record CourseModule(long id, int position, String title, List<Lesson> lessons) {

	public CourseModule {
		lessons = List.copyOf(lessons);
	}

}
