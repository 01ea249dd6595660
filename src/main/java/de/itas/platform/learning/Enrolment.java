package de.itas.platform.learning;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A learner's enrolment in a course with their progress.
 *
 * @param lastLessonId the lesson they opened last (where they resume)
 * @param seenLessons the lessons they opened
 * @param quizzes per quiz their last attempt's score and whether any attempt passed
 */
public record Enrolment(long id, UUID courseId, UUID personId, Instant enrolledAt, @Nullable Long lastLessonId,
		@Nullable Instant completedAt, @Nullable Instant skillsConsentAt, Set<Long> seenLessons,
		Map<Long, QuizStanding> quizzes) {

	public Enrolment {
		seenLessons = Set.copyOf(seenLessons);
		quizzes = Map.copyOf(quizzes);
	}

	/** A learner's standing in one quiz. */
	public record QuizStanding(int attempts, int lastScore, boolean passed) {
	}

	public boolean completed() {
		return completedAt != null;
	}

	public boolean seen(long lesson) {
		return seenLessons.contains(lesson);
	}

	public boolean passed(long quiz) {
		QuizStanding standing = quizzes.get(quiz);
		return standing != null && standing.passed();
	}

	/** Lessons seen of the course's lessons, in percent. */
	public int percentOf(CourseContent content) {
		int lessons = content.lessons().size();
		int steps = lessons + content.quizzes().size();
		if (steps == 0) {
			return 0;
		}
		long done = content.lessons().stream().filter(lesson -> seen(lesson.id())).count()
				+ content.quizzes().stream().filter(quiz -> passed(quiz.id())).count();
		return (int) (done * 100 / steps);
	}

}
