package de.itas.platform.learning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's writes beyond {@link CourseStore}: renaming, moving and deleting modules, deleting lessons and
 * questions, the final quiz's pass mark. Every statement names the course, so an id from another course changes
 * nothing.
 */
@Component
@Transactional
class CourseEditorStore {

	private final JdbcClient jdbc;

	CourseEditorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean renameModule(UUID course, long module, String title) {
		return jdbc.sql("UPDATE learning.course_module SET title = :title WHERE id = :id AND course_id = :course")
			.param("title", title).param("id", module).param("course", course).update() > 0;
	}

	/** Swaps the module with its neighbour above ({@code up}) or below; at the edge nothing changes. */
	void moveModule(UUID course, long module, boolean up) {
		List<long[]> rows = jdbc.sql("SELECT id, position FROM learning.course_module WHERE course_id = :course "
				+ "ORDER BY position, id")
			.param("course", course)
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getInt("position") })
			.list();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i)[0] != module) {
				continue;
			}
			int other = up ? i - 1 : i + 1;
			if (other < 0 || other >= rows.size()) {
				return;
			}
			// positions are renumbered so that equal positions (never written by the editor) cannot block a swap
			for (int k = 0; k < rows.size(); k++) {
				int position = k == i ? other + 1 : k == other ? i + 1 : k + 1;
				jdbc.sql("UPDATE learning.course_module SET position = :position WHERE id = :id")
					.param("position", position).param("id", rows.get(k)[0]).update();
			}
			return;
		}
	}

	boolean deleteModule(UUID course, long module) {
		return jdbc.sql("DELETE FROM learning.course_module WHERE id = :id AND course_id = :course")
			.param("id", module).param("course", course).update() > 0;
	}

	boolean deleteLesson(UUID course, long lesson) {
		return jdbc.sql("""
				DELETE FROM learning.course_lesson l USING learning.course_module m
				WHERE l.id = :id AND m.id = l.module_id AND m.course_id = :course""")
			.param("id", lesson).param("course", course).update() > 0;
	}

	boolean deleteQuestion(UUID course, long question) {
		return jdbc.sql("""
				DELETE FROM learning.course_question q USING learning.course_quiz z
				WHERE q.id = :id AND z.id = q.quiz_id AND z.course_id = :course""")
			.param("id", question).param("course", course).update() > 0;
	}

	Optional<Long> finalQuiz(UUID course) {
		return jdbc.sql("SELECT id FROM learning.course_quiz WHERE course_id = :course AND final_quiz")
			.param("course", course).query(Long.class).optional();
	}

	void setPassMark(long quiz, int passMark) {
		jdbc.sql("UPDATE learning.course_quiz SET pass_mark = :mark WHERE id = :id")
			.param("mark", passMark).param("id", quiz).update();
	}

	/** A course's slug that no other course has: the wanted one, else with a number appended. */
	String freeSlug(String wanted) {
		String slug = wanted;
		int n = 2;
		while (jdbc.sql("SELECT count(*) FROM learning.course WHERE slug = :slug").param("slug", slug)
			.query(Long.class).single() > 0) {
			slug = wanted + "-" + n++;
		}
		return slug;
	}

}
