package de.itas.platform.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.Region;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-written course „Circular Cars“ ({@code learning/demo/circular-cars.json}, no region named) as a course of
 * the platform. Only the action fields the running region has are kept, so the course fits every region. Also used by
 * tests to get a course of their own under another address.
 */
@Component
public class CourseDemoContent {

	static final String FILE = "/learning/demo/circular-cars.json";

	record DemoAnswer(String text, boolean correct, String feedback) {
	}

	record DemoQuestion(String text, boolean multiple, List<DemoAnswer> answers) {
	}

	record DemoQuiz(String title, int passMark, List<DemoQuestion> questions) {
	}

	record DemoLesson(String title, String body, @Nullable String videoUrl, @Nullable String transcript) {
	}

	record DemoModule(String title, List<DemoLesson> lessons) {
	}

	record DemoCourse(String note, String slug, String title, String summary, int durationMinutes, List<String> skills,
			String prerequisites, List<String> actionFields, List<DemoModule> modules, DemoQuiz quiz) {
	}

	private final CourseStore store;
	private final Region region;
	private final JsonMapper json = JsonMapper.builder().build();

	CourseDemoContent(CourseStore store, Region region) {
		this.store = store;
		this.region = region;
	}

	DemoCourse read() {
		try (InputStream in = CourseDemoContent.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException(FILE + " is not on the class path");
			}
			return json.readValue(in, DemoCourse.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The demo course's address. */
	public String slug() {
		return read().slug();
	}

	/** Creates the course (published) under the given address, or the demo's own when {@code slug} is null. */
	@Transactional
	public UUID create(@Nullable String slug, @Nullable UUID owner) {
		DemoCourse demo = read();
		Set<String> fields = region.actionFields().stream().map(ActionFieldSummary::code).collect(Collectors.toSet());
		UUID id = store.create(new CourseDraft(slug == null ? demo.slug() : slug, demo.title(), demo.summary(),
				demo.durationMinutes(), demo.skills(), demo.prerequisites(), List.of(),
				demo.actionFields().stream().filter(fields::contains).toList(), CourseStatus.PUBLISHED), owner);
		for (DemoModule module : demo.modules()) {
			long moduleId = store.addModule(id, module.title());
			for (DemoLesson lesson : module.lessons()) {
				store.addLesson(moduleId, lesson.title(), lesson.body(), lesson.videoUrl(), lesson.transcript());
			}
		}
		long quiz = store.addQuiz(id, demo.quiz().title(), demo.quiz().passMark(), true);
		for (DemoQuestion question : demo.quiz().questions()) {
			store.addQuestion(quiz, question.text(), question.multiple(), question.answers().stream()
				.map(answer -> new CourseStore.AnswerDraft(answer.text(), answer.correct(), answer.feedback()))
				.toList());
		}
		return id;
	}

}
