package de.itas.platform.learning;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.skills.Occupations;

/**
 * The course editor's rules. Every method checks the whole input and refuses it with all its problems (nothing is
 * saved then); callers have checked with {@link CourseAccess} that the person may edit the course.
 */
@Component
@Transactional
public class CourseEditing {

	/** Largest image a lesson may show (larger ones make lessons slow on phones). */
	public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

	/** What an editor writes about a course. */
	public record CourseInput(String title, String summary, @Nullable Integer durationMinutes, List<String> skillUris,
			String prerequisites, List<String> actionFields, CourseStatus status) {
	}

	/** What an editor writes in a lesson. */
	public record LessonInput(String title, String body, String videoUrl, String transcript) {
	}

	private final CourseStore store;
	private final CourseEditorStore editor;
	private final Region region;
	private final Occupations occupations;

	CourseEditing(CourseStore store, CourseEditorStore editor, Region region, Occupations occupations) {
		this.store = store;
		this.editor = editor;
		this.region = region;
		this.occupations = occupations;
	}

	public UUID create(CourseInput input, UUID owner) {
		List<FieldProblem> problems = check(input);
		if (input.status() == CourseStatus.PUBLISHED) {
			problems.add(FieldProblem.of("status", "learning.course.editor.error.publish-incomplete"));
		}
		FieldProblems.throwIfAny(problems);
		return store.create(draft(editor.freeSlug(slug(input.title())), input), owner);
	}

	public void update(Course course, long basedOnVersion, CourseInput input) {
		List<FieldProblem> problems = check(input);
		if (input.status() == CourseStatus.PUBLISHED && !publishable(store.content(course))) {
			problems.add(FieldProblem.of("status", "learning.course.editor.error.publish-incomplete"));
		}
		FieldProblems.throwIfAny(problems);
		store.update(course.id(), basedOnVersion, draft(course.slug(), input));
	}

	/** At least one lesson and a final quiz with at least one question: a learner can then complete the course. */
	public static boolean publishable(CourseContent content) {
		return !content.lessons().isEmpty()
				&& content.finalQuiz().map(quiz -> !quiz.questions().isEmpty()).orElse(false);
	}

	private List<FieldProblem> check(CourseInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "title", input.title(), 200);
		required(problems, "summary", input.summary(), 2000);
		if (input.durationMinutes() == null || input.durationMinutes() < 1 || input.durationMinutes() > 10_000) {
			problems.add(FieldProblem.of("durationMinutes", "learning.course.editor.error.duration"));
		}
		for (String uri : input.skillUris()) {
			if (occupations.skill(uri).isEmpty()) {
				problems.add(FieldProblem.of("skillUris", "learning.course.editor.error.skill"));
				break;
			}
		}
		Set<String> fields = region.actionFields().stream().map(ActionFieldSummary::code).collect(Collectors.toSet());
		if (!fields.containsAll(input.actionFields())) {
			problems.add(FieldProblem.of("actionFields", "learning.course.editor.error.action-field"));
		}
		if (input.prerequisites() != null && input.prerequisites().length() > 2000) {
			problems.add(FieldProblem.of("prerequisites", "learning.course.editor.error.too-long", 2000));
		}
		return problems;
	}

	private static CourseDraft draft(String slug, CourseInput input) {
		return new CourseDraft(slug, input.title().strip(), input.summary().strip(),
				input.durationMinutes() == null ? 0 : input.durationMinutes(), input.skillUris(),
				input.prerequisites() == null ? "" : input.prerequisites().strip(), List.of(), input.actionFields(),
				input.status());
	}

	/** A readable address from the title (umlauts spelt out, everything else reduced to a-z, 0-9 and hyphens). */
	static String slug(String title) {
		String spelt = title.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
			.replace("ß", "ss");
		String ascii = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "kurs" : slug;
	}

	public long addModule(Course course, String title) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "title", title, 200);
		FieldProblems.throwIfAny(problems);
		return store.addModule(course.id(), title.strip());
	}

	public void renameModule(Course course, long module, String title) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "title", title, 200);
		FieldProblems.throwIfAny(problems);
		editor.renameModule(course.id(), module, title.strip());
	}

	public void moveModule(Course course, long module, boolean up) {
		editor.moveModule(course.id(), module, up);
	}

	public void deleteModule(Course course, long module) {
		editor.deleteModule(course.id(), module);
	}

	/** Adds a lesson to the module ({@code lesson} null) or saves an existing one. */
	public long saveLesson(Course course, long module, @Nullable Long lesson, LessonInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "title", input.title(), 200);
		required(problems, "body", input.body(), 100_000);
		String url = input.videoUrl() == null ? "" : input.videoUrl().strip();
		if (!url.isEmpty()) {
			if (!https(url)) {
				problems.add(FieldProblem.of("videoUrl", "learning.course.editor.error.video-url"));
			}
			if (input.transcript() == null || input.transcript().isBlank()) {
				problems.add(FieldProblem.of("transcript", "learning.course.editor.error.transcript"));
			}
		}
		if (!store.moduleOf(course.id(), module)) {
			problems.add(FieldProblem.ofForm("learning.course.editor.error.gone"));
		}
		FieldProblems.throwIfAny(problems);
		String transcript = url.isEmpty() ? null : input.transcript();
		if (lesson == null) {
			return store.addLesson(module, input.title().strip(), input.body(), url, transcript);
		}
		store.updateLesson(lesson, input.title().strip(), input.body(), url, transcript);
		return lesson;
	}

	public void deleteLesson(Course course, long lesson) {
		editor.deleteLesson(course.id(), lesson);
	}

	private static boolean https(String url) {
		try {
			URI uri = URI.create(url);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Stores an uploaded image for the course's lessons; returns its id for the {@code ![alt](bild:ID)} snippet. */
	public long addImage(Course course, byte @Nullable [] data, String altText) {
		List<FieldProblem> problems = new ArrayList<>();
		String type = data == null ? null : imageType(data);
		if (data == null || data.length == 0) {
			problems.add(FieldProblem.of("file", "learning.course.editor.error.image-missing"));
		}
		else if (data.length > MAX_IMAGE_BYTES) {
			problems.add(FieldProblem.of("file", "learning.course.editor.error.image-size"));
		}
		else if (type == null) {
			problems.add(FieldProblem.of("file", "learning.course.editor.error.image-type"));
		}
		required(problems, "altText", altText, 300);
		FieldProblems.throwIfAny(problems);
		return store.addImage(course.id(), type, altText.strip(), data);
	}

	/** The type by the file's first bytes, not by its name or the browser's claim (PNG, JPEG and WebP only). */
	static @Nullable String imageType(byte[] data) {
		if (data.length >= 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
				&& data[4] == 0x0d && data[5] == 0x0a && data[6] == 0x1a && data[7] == 0x0a) {
			return "image/png";
		}
		if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (data.length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F' && data[8] == 'W'
				&& data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	/** The final quiz's pass mark; creates the final quiz when the course has none yet. */
	public void setPassMark(Course course, @Nullable Integer passMark, String title) {
		if (passMark == null || passMark < 1 || passMark > 100) {
			throw FieldProblems.of("passMark", "learning.course.editor.error.pass-mark");
		}
		long quiz = finalQuiz(course, title);
		editor.setPassMark(quiz, passMark);
	}

	long finalQuiz(Course course, String title) {
		return editor.finalQuiz(course.id()).orElseGet(() -> store.addQuiz(course.id(), title, 80, true));
	}

	/**
	 * Adds a question to the final quiz. Options with a blank text are left out; at least two remain, at least one is
	 * correct, exactly one for single choice.
	 */
	public long addQuestion(Course course, String text, boolean multiple, List<CourseStore.AnswerDraft> options,
			String quizTitle) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "text", text, 1000);
		List<CourseStore.AnswerDraft> given = options.stream()
			.filter(option -> option.text() != null && !option.text().isBlank())
			.map(option -> new CourseStore.AnswerDraft(option.text().strip(), option.correct(),
					option.feedback() == null ? "" : option.feedback().strip()))
			.toList();
		long correct = given.stream().filter(CourseStore.AnswerDraft::correct).count();
		if (given.size() < 2) {
			problems.add(FieldProblem.of("options", "learning.course.editor.error.options-few"));
		}
		else if (correct == 0) {
			problems.add(FieldProblem.of("options", "learning.course.editor.error.options-none-correct"));
		}
		else if (!multiple && correct > 1) {
			problems.add(FieldProblem.of("options", "learning.course.editor.error.options-single"));
		}
		FieldProblems.throwIfAny(problems);
		return store.addQuestion(finalQuiz(course, quizTitle), text.strip(), multiple, given);
	}

	public void deleteQuestion(Course course, long question) {
		editor.deleteQuestion(course.id(), question);
	}

	private static void required(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, "learning.course.editor.error.required"));
		}
		else if (value.length() > max) {
			problems.add(FieldProblem.of(field, "learning.course.editor.error.too-long", max));
		}
	}

}
