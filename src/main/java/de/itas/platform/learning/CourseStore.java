package de.itas.platform.learning;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.storage.FileStore;
import de.itas.platform.shared.web.FieldProblems;

/** The courses' tables: descriptions, modules, lessons, images and quizzes. */
@Component
@Transactional
public class CourseStore {

	private static final String COLUMNS = "id, slug, title, summary, duration_minutes, skill_uris, prerequisites, "
			+ "prerequisite_courses, action_fields, status, owner_id, created_at, published_at, version";

	private final JdbcClient jdbc;
	private final FileStore files;
	private final Clock clock;

	CourseStore(JdbcClient jdbc, FileStore files, Clock clock) {
		this.files = files;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public UUID create(CourseDraft draft, @Nullable UUID owner) {
		requireFreeSlug(draft.slug(), null);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO learning.course (id, slug, title, summary, duration_minutes, skill_uris, prerequisites,
				  prerequisite_courses, action_fields, status, owner_id, created_at, published_at)
				VALUES (:id, :slug, :title, :summary, :duration, :skills, :prerequisites, :courses, :fields, :status,
				  :owner, :now, :published)""")
			.param("id", id)
			.param("slug", draft.slug())
			.param("title", draft.title())
			.param("summary", draft.summary())
			.param("duration", draft.durationMinutes())
			.param("skills", draft.skillUris().toArray(String[]::new))
			.param("prerequisites", draft.prerequisites())
			.param("courses", draft.prerequisiteCourses().toArray(UUID[]::new))
			.param("fields", draft.actionFields().toArray(String[]::new))
			.param("status", draft.status().name())
			.param("owner", owner, java.sql.Types.OTHER)
			.param("now", Timestamp.from(now))
			.param("published", draft.status() == CourseStatus.PUBLISHED ? Timestamp.from(now) : null,
					java.sql.Types.TIMESTAMP)
			.update();
		return id;
	}

	/** Saves an edited description; refuses a save based on an older version (somebody else saved meanwhile). */
	public void update(UUID id, long basedOnVersion, CourseDraft draft) {
		requireFreeSlug(draft.slug(), id);
		int changed = jdbc.sql("""
				UPDATE learning.course SET slug = :slug, title = :title, summary = :summary, duration_minutes = :duration,
				  skill_uris = :skills, prerequisites = :prerequisites, prerequisite_courses = :courses,
				  action_fields = :fields, status = :status,
				  published_at = CASE WHEN :status = 'PUBLISHED' THEN coalesce(published_at, :now) ELSE published_at END,
				  version = version + 1
				WHERE id = :id AND version = :version""")
			.param("id", id)
			.param("version", basedOnVersion)
			.param("slug", draft.slug())
			.param("title", draft.title())
			.param("summary", draft.summary())
			.param("duration", draft.durationMinutes())
			.param("skills", draft.skillUris().toArray(String[]::new))
			.param("prerequisites", draft.prerequisites())
			.param("courses", draft.prerequisiteCourses().toArray(UUID[]::new))
			.param("fields", draft.actionFields().toArray(String[]::new))
			.param("status", draft.status().name())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (changed == 0) {
			throw FieldProblems.of("version", "learning.course.editor.stale");
		}
	}

	private void requireFreeSlug(String slug, @Nullable UUID except) {
		boolean taken = jdbc.sql("SELECT count(*) FROM learning.course WHERE slug = :slug AND id <> CAST(:id AS uuid)")
			.param("slug", slug)
			.param("id", except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw FieldProblems.of("slug", "learning.course.editor.slug-taken");
		}
	}

	@Transactional(readOnly = true)
	public Optional<Course> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM learning.course WHERE id = :id").param("id", id)
			.query(CourseStore::course).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Course> bySlug(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM learning.course WHERE slug = :slug").param("slug", slug)
			.query(CourseStore::course).optional();
	}

	/** Published courses, newest first. */
	@Transactional(readOnly = true)
	public List<Course> published(int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM learning.course WHERE status = 'PUBLISHED' "
				+ "ORDER BY published_at DESC, title LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(CourseStore::course)
			.list();
	}

	@Transactional(readOnly = true)
	public long countPublished() {
		return jdbc.sql("SELECT count(*) FROM learning.course WHERE status = 'PUBLISHED'").query(Long.class).single();
	}

	/** All courses (for coordination), or those of one owner (for a provider). */
	@Transactional(readOnly = true)
	public List<Course> editable(@Nullable UUID owner) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM learning.course WHERE CAST(:owner AS uuid) IS NULL OR owner_id = "
				+ "CAST(:owner AS uuid) ORDER BY title")
			.param("owner", owner, java.sql.Types.OTHER)
			.query(CourseStore::course)
			.list();
	}

	@Transactional(readOnly = true)
	public CourseContent content(Course course) {
		Map<Long, List<Lesson>> lessons = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT l.* FROM learning.course_lesson l JOIN learning.course_module m ON m.id = l.module_id
				WHERE m.course_id = :course ORDER BY l.position, l.id""")
			.param("course", course.id())
			.query((rs, n) -> new Lesson(rs.getLong("id"), rs.getLong("module_id"), rs.getInt("position"),
					rs.getString("title"), rs.getString("body"), rs.getString("video_url"), rs.getString("video_transcript")))
			.list()
			.forEach(lesson -> lessons.computeIfAbsent(lesson.moduleId(), key -> new ArrayList<>()).add(lesson));
		List<CourseModule> modules = jdbc.sql(
				"SELECT id, position, title FROM learning.course_module WHERE course_id = :course ORDER BY position, id")
			.param("course", course.id())
			.query((rs, n) -> new CourseModule(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
					lessons.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		return new CourseContent(course, modules, quizzes(course.id()));
	}

	private List<Quiz> quizzes(UUID course) {
		Map<Long, List<QuizAnswer>> answers = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT a.* FROM learning.course_answer a JOIN learning.course_question q ON q.id = a.question_id
				JOIN learning.course_quiz z ON z.id = q.quiz_id WHERE z.course_id = :course ORDER BY a.position, a.id""")
			.param("course", course)
			.query((rs, n) -> Map.entry(rs.getLong("question_id"), new QuizAnswer(rs.getLong("id"), rs.getInt("position"),
					rs.getString("text"), rs.getBoolean("correct"), rs.getString("feedback"))))
			.list()
			.forEach(entry -> answers.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
		Map<Long, List<QuizQuestion>> questions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT q.* FROM learning.course_question q JOIN learning.course_quiz z ON z.id = q.quiz_id
				WHERE z.course_id = :course ORDER BY q.position, q.id""")
			.param("course", course)
			.query((rs, n) -> Map.entry(rs.getLong("quiz_id"), new QuizQuestion(rs.getLong("id"), rs.getInt("position"),
					rs.getString("text"), rs.getBoolean("multiple"), answers.getOrDefault(rs.getLong("id"), List.of()))))
			.list()
			.forEach(entry -> questions.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
		return jdbc.sql("SELECT * FROM learning.course_quiz WHERE course_id = :course ORDER BY final_quiz, id")
			.param("course", course)
			.query((rs, n) -> new Quiz(rs.getLong("id"), rs.getString("title"), rs.getInt("pass_mark"),
					rs.getBoolean("final_quiz"), questions.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	public long addModule(UUID course, String title) {
		return jdbc.sql("""
				INSERT INTO learning.course_module (course_id, position, title)
				VALUES (:course, (SELECT coalesce(max(position), 0) + 1 FROM learning.course_module WHERE course_id = :course),
				  :title) RETURNING id""")
			.param("course", course)
			.param("title", title)
			.query(Long.class)
			.single();
	}

	public long addLesson(long module, String title, String body, @Nullable String videoUrl,
			@Nullable String transcript) {
		return jdbc.sql("""
				INSERT INTO learning.course_lesson (module_id, position, title, body, video_url, video_transcript)
				VALUES (:module, (SELECT coalesce(max(position), 0) + 1 FROM learning.course_lesson WHERE module_id = :module),
				  :title, :body, :url, :transcript) RETURNING id""")
			.param("module", module)
			.param("title", title)
			.param("body", body)
			.param("url", blankToNull(videoUrl), java.sql.Types.VARCHAR)
			.param("transcript", blankToNull(transcript), java.sql.Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	public void updateLesson(long lesson, String title, String body, @Nullable String videoUrl,
			@Nullable String transcript) {
		jdbc.sql("""
				UPDATE learning.course_lesson SET title = :title, body = :body, video_url = :url,
				  video_transcript = :transcript WHERE id = :id""")
			.param("id", lesson)
			.param("title", title)
			.param("body", body)
			.param("url", blankToNull(videoUrl), java.sql.Types.VARCHAR)
			.param("transcript", blankToNull(transcript), java.sql.Types.VARCHAR)
			.update();
	}

	/** Whether the module belongs to the course (an editor's form names both). */
	@Transactional(readOnly = true)
	public boolean moduleOf(UUID course, long module) {
		return jdbc.sql("SELECT count(*) FROM learning.course_module WHERE id = :id AND course_id = :course")
			.param("id", module)
			.param("course", course)
			.query(Long.class)
			.single() > 0;
	}

	/** Stores the image in the file store first, so that the row never names a missing file (issue 24). */
	public long addImage(UUID course, String contentType, String altText, byte[] data) {
		String key = files.add("learning", "course-image", data, contentType);
		return jdbc.sql("""
				INSERT INTO learning.course_image (course_id, content_type, alt_text, storage_key, uploaded_at)
				VALUES (:course, :type, :alt, :key, :now) RETURNING id""")
			.param("course", course)
			.param("type", contentType)
			.param("alt", altText)
			.param("key", key)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** An uploaded image of a course. */
	public record CourseImage(long id, String contentType, String altText, byte[] data) {
	}

	@Transactional(readOnly = true)
	public Optional<CourseImage> image(UUID course, long id) {
		return jdbc.sql("""
				SELECT id, content_type, alt_text, storage_key, CASE WHEN storage_key IS NULL THEN data END AS data
				FROM learning.course_image WHERE id = :id AND course_id = :course""")
			.param("id", id)
			.param("course", course)
			.query((rs, n) -> {
				String key = rs.getString("storage_key");
				// lesson images are small (the upload limit): read whole, from the store or a row not moved yet
				byte[] data = key != null ? files.read(key) : rs.getBytes("data");
				return new CourseImage(rs.getLong("id"), rs.getString("content_type"), rs.getString("alt_text"), data);
			})
			.optional();
	}

	/** The images of a course without their bytes (ids and alt texts, for the editor and for rendering lessons). */
	@Transactional(readOnly = true)
	public Map<Long, String> imageAltTexts(UUID course) {
		Map<Long, String> alts = new LinkedHashMap<>();
		jdbc.sql("SELECT id, alt_text FROM learning.course_image WHERE course_id = :course ORDER BY id")
			.param("course", course)
			.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("alt_text")))
			.list()
			.forEach(entry -> alts.put(entry.getKey(), entry.getValue()));
		return alts;
	}

	public long addQuiz(UUID course, String title, int passMark, boolean finalQuiz) {
		return jdbc.sql("""
				INSERT INTO learning.course_quiz (course_id, title, pass_mark, final_quiz)
				VALUES (:course, :title, :mark, :final) RETURNING id""")
			.param("course", course)
			.param("title", title)
			.param("mark", passMark)
			.param("final", finalQuiz)
			.query(Long.class)
			.single();
	}

	/** One answer option as an editor writes it. */
	public record AnswerDraft(String text, boolean correct, String feedback) {
	}

	public long addQuestion(long quiz, String text, boolean multiple, List<AnswerDraft> answers) {
		long question = jdbc.sql("""
				INSERT INTO learning.course_question (quiz_id, position, text, multiple)
				VALUES (:quiz, (SELECT coalesce(max(position), 0) + 1 FROM learning.course_question WHERE quiz_id = :quiz),
				  :text, :multiple) RETURNING id""")
			.param("quiz", quiz)
			.param("text", text)
			.param("multiple", multiple)
			.query(Long.class)
			.single();
		int position = 1;
		for (AnswerDraft answer : answers) {
			jdbc.sql("""
					INSERT INTO learning.course_answer (question_id, position, text, correct, feedback)
					VALUES (:question, :position, :text, :correct, :feedback)""")
				.param("question", question)
				.param("position", position++)
				.param("text", answer.text())
				.param("correct", answer.correct())
				.param("feedback", answer.feedback())
				.update();
		}
		return question;
	}

	@Transactional(readOnly = true)
	public boolean quizOf(UUID course, long quiz) {
		return jdbc.sql("SELECT count(*) FROM learning.course_quiz WHERE id = :id AND course_id = :course")
			.param("id", quiz)
			.param("course", course)
			.query(Long.class)
			.single() > 0;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Course course(ResultSet rs, int row) throws SQLException {
		Array courses = rs.getArray("prerequisite_courses");
		List<UUID> prerequisites = courses == null ? List.of() : Arrays.asList((UUID[]) courses.getArray());
		Timestamp published = rs.getTimestamp("published_at");
		return new Course(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), rs.getInt("duration_minutes"), strings(rs.getArray("skill_uris")),
				rs.getString("prerequisites"), prerequisites, strings(rs.getArray("action_fields")),
				CourseStatus.valueOf(rs.getString("status")), rs.getObject("owner_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), published == null ? null : published.toInstant(),
				rs.getLong("version"));
	}

}
