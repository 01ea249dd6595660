package de.itas.platform.learning;

import java.util.List;
import java.util.Optional;

/** A course with its modules, lessons and quizzes. */
public record CourseContent(Course course, List<CourseModule> modules, List<Quiz> quizzes) {

	public CourseContent {
		modules = List.copyOf(modules);
		quizzes = List.copyOf(quizzes);
	}

	/** All lessons in reading order. */
	public List<Lesson> lessons() {
		return modules.stream().flatMap(module -> module.lessons().stream()).toList();
	}

	public Optional<Lesson> lesson(long id) {
		return lessons().stream().filter(lesson -> lesson.id() == id).findFirst();
	}

	public Optional<Quiz> quiz(long id) {
		return quizzes.stream().filter(quiz -> quiz.id() == id).findFirst();
	}

	public Optional<Quiz> finalQuiz() {
		return quizzes.stream().filter(Quiz::finalQuiz).findFirst();
	}

	/** The lesson after this one in reading order, if any. */
	public Optional<Lesson> next(long lessonId) {
		List<Lesson> all = lessons();
		for (int i = 0; i < all.size() - 1; i++) {
			if (all.get(i).id() == lessonId) {
				return Optional.of(all.get(i + 1));
			}
		}
		return Optional.empty();
	}

	public Optional<Lesson> previous(long lessonId) {
		List<Lesson> all = lessons();
		for (int i = 1; i < all.size(); i++) {
			if (all.get(i).id() == lessonId) {
				return Optional.of(all.get(i - 1));
			}
		}
		return Optional.empty();
	}

}
