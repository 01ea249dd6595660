package de.itas.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.figures.FigureValue;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.skills.SkillsAcquired;
import de.itas.platform.skills.AcquiredSkills;

/**
 * Courses on the database: quiz scoring (single and multiple choice, pass mark), progress and resume, completion only
 * when every lesson is seen and the final quiz passed, the consent that gates {@link SkillsAcquired} and the skills
 * module storing them, the public certificate check (valid, revoked, unknown) and who may see what.
 */
@PlatformTest
@RecordApplicationEvents
class CourseIntegrationTests {

	@Autowired
	CourseDemoContent demo;

	@Autowired
	CourseStore store;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Certificates certificates;

	@Autowired
	AcquiredSkills acquiredSkills;

	@Autowired
	CourseFigureSource figures;

	@Autowired
	CoursePersonalData personalData;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	private CourseContent freshCourse() {
		UUID id = demo.create("kurs-" + UUID.randomUUID().toString().substring(0, 8), null);
		return store.content(store.find(id).orElseThrow());
	}

	private PlatformUser learner() {
		return accounts.person("Lernende " + UUID.randomUUID().toString().substring(0, 8));
	}

	/** The answers of every question: the correct ones, or for the first {@code wrong} questions a wrong one. */
	private static Map<Long, Set<Long>> answers(Quiz quiz, int wrong) {
		Map<Long, Set<Long>> chosen = new HashMap<>();
		int n = 0;
		for (QuizQuestion question : quiz.questions()) {
			if (n++ < wrong) {
				long wrongAnswer = question.answers().stream().filter(answer -> !answer.correct()).findFirst().orElseThrow().id();
				chosen.put(question.id(), Set.of(wrongAnswer));
			}
			else {
				chosen.put(question.id(), question.correctAnswers());
			}
		}
		return chosen;
	}

	private Enrolment complete(CourseContent content, PlatformUser learner) {
		enrolments.enrol(content.course(), learner.id());
		content.lessons().forEach(lesson -> enrolments.lessonOpened(content, learner, lesson.id()));
		enrolments.submitQuiz(content, learner, content.finalQuiz().orElseThrow().id(),
				answers(content.finalQuiz().orElseThrow(), 0));
		return enrolments.of(content.course().id(), learner.id()).orElseThrow();
	}

	@Test
	void singleAndMultipleChoiceAreScoredAgainstThePassMark() {
		QuizQuestion single = new QuizQuestion(1, 1, "Eins?", false, List.of(new QuizAnswer(11, 1, "ja", true, "gut"),
				new QuizAnswer(12, 2, "nein", false, "leider falsch")));
		QuizQuestion multiple = new QuizQuestion(2, 2, "Mehrere?", true, List.of(new QuizAnswer(21, 1, "a", true, "a stimmt"),
				new QuizAnswer(22, 2, "b", true, "b stimmt"), new QuizAnswer(23, 3, "c", false, "c nicht")));
		Quiz quiz = new Quiz(9, "Test", 70, true, List.of(single, multiple));

		QuizResult allRight = QuizScoring.score(quiz, Map.of(1L, Set.of(11L), 2L, Set.of(21L, 22L)));
		assertThat(allRight.score()).isEqualTo(100);
		assertThat(allRight.passed()).isTrue();

		// a partly right multiple choice counts as wrong, and each chosen answer brings its feedback
		QuizResult partly = QuizScoring.score(quiz, Map.of(1L, Set.of(11L), 2L, Set.of(21L, 23L)));
		assertThat(partly.score()).isEqualTo(50);
		assertThat(partly.passed()).isFalse();
		assertThat(partly.questions().get(1).correct()).isFalse();
		assertThat(partly.questions().get(1).feedback()).containsExactly("a stimmt", "c nicht");

		// two answers to a single-choice question count as none
		QuizResult both = QuizScoring.score(quiz, Map.of(1L, Set.of(11L, 12L), 2L, Set.of(21L, 22L)));
		assertThat(both.questions().get(0).correct()).isFalse();
		assertThat(both.score()).isEqualTo(50);

		QuizResult nothing = QuizScoring.score(quiz, Map.of());
		assertThat(nothing.score()).isZero();
		assertThat(nothing.questions().get(0).feedback()).isEmpty();

		// exactly at the pass mark passes
		Quiz half = new Quiz(9, "Test", 50, true, List.of(single, multiple));
		assertThat(QuizScoring.score(half, Map.of(1L, Set.of(11L))).passed()).isTrue();
	}

	@Test
	void progressIsKeptTheLearnerResumesAtTheLastLessonAndCompletesOnlyWhenAllIsDone() {
		CourseContent content = freshCourse();
		PlatformUser learner = learner();
		List<Lesson> lessons = content.lessons();
		Quiz quiz = content.finalQuiz().orElseThrow();
		assertThat(lessons).hasSizeGreaterThanOrEqualTo(5);
		assertThat(quiz.questions()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(quiz.passMark()).isEqualTo(70);

		assertThatThrownBy(() -> enrolments.lessonOpened(content, learner, lessons.get(0).id()))
			.isInstanceOf(CourseRefused.class);
		enrolments.enrol(content.course(), learner.id());
		enrolments.lessonOpened(content, learner, lessons.get(0).id());
		Enrolment enrolment = enrolments.lessonOpened(content, learner, lessons.get(2).id());
		assertThat(enrolment.lastLessonId()).isEqualTo(lessons.get(2).id());
		assertThat(enrolment.seenLessons()).containsExactlyInAnyOrder(lessons.get(0).id(), lessons.get(2).id());

		// failed twice wrong out of six: 66 % < 70 %, then retaken and passed
		QuizResult failed = enrolments.submitQuiz(content, learner, quiz.id(), answers(quiz, 2));
		assertThat(failed.score()).isEqualTo(66);
		assertThat(failed.passed()).isFalse();
		assertThat(failed.questions().get(0).feedback()).isNotEmpty();
		QuizResult passed = enrolments.submitQuiz(content, learner, quiz.id(), answers(quiz, 1));
		assertThat(passed.score()).isEqualTo(83);
		assertThat(passed.passed()).isTrue();

		enrolment = enrolments.of(content.course().id(), learner.id()).orElseThrow();
		assertThat(enrolment.passed(quiz.id())).isTrue();
		assertThat(enrolment.quizzes().get(quiz.id()).attempts()).isEqualTo(2);
		assertThat(enrolment.completed()).as("lessons are missing").isFalse();
		assertThat(certificates.of(content.course().id(), learner.id())).isEmpty();

		for (Lesson lesson : lessons.subList(0, lessons.size() - 1)) {
			enrolment = enrolments.lessonOpened(content, learner, lesson.id());
		}
		assertThat(enrolment.completed()).as("the last lesson is missing").isFalse();
		enrolment = enrolments.lessonOpened(content, learner, lessons.get(lessons.size() - 1).id());
		assertThat(enrolment.completed()).isTrue();
		assertThat(enrolment.percentOf(content)).isEqualTo(100);
		Certificate certificate = certificates.of(content.course().id(), learner.id()).orElseThrow();
		assertThat(certificate.holderName()).isEqualTo(learner.getDisplayName());
		assertThat(certificate.valid()).isTrue();
		assertThat(certificates.pdf(certificate, java.util.Locale.GERMAN)).startsWith("%PDF".getBytes());
	}

	@Test
	void onlyTheLearnersConsentPublishesTheSkillsAndTheSkillsModuleStoresThem() {
		CourseContent content = freshCourse();
		PlatformUser learner = learner();
		complete(content, learner);
		assertThat(published(learner)).as("no consent yet").isEmpty();

		enrolments.addSkillsToProfile(content.course(), learner.id(), "Ich stimme zu");
		List<SkillsAcquired> sent = published(learner);
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).skillUris()).containsExactlyElementsOf(content.course().skillUris());
		assertThat(sent.get(0).source()).isEqualTo("learning.course:" + content.course().id());
		enrolments.addSkillsToProfile(content.course(), learner.id(), "Ich stimme zu");
		assertThat(published(learner)).as("once").hasSize(1);

		acquiredSkills.store(sent.get(0));
		assertThat(acquiredSkills.of(learner.id())).extracting(AcquiredSkills.AcquiredSkill::skillUri)
			.containsExactlyInAnyOrderElementsOf(content.course().skillUris());
		assertThat(acquiredSkills.of(learner.id())).allSatisfy(skill -> assertThat(skill.sourceTitle())
			.isEqualTo(content.course().title()));

		PlatformUser unfinished = learner();
		enrolments.enrol(content.course(), unfinished.id());
		assertThatThrownBy(() -> enrolments.addSkillsToProfile(content.course(), unfinished.id(), "Ich stimme zu"))
			.isInstanceOf(CourseRefused.class);
		assertThat(published(unfinished)).isEmpty();
	}

	private List<SkillsAcquired> published(PlatformUser learner) {
		return events.stream(SkillsAcquired.class).filter(event -> event.person().equals(learner.id())).toList();
	}

	@Test
	void anyoneChecksACertificateWithoutSigningInAndARevokedOneFails() throws Exception {
		CourseContent content = freshCourse();
		PlatformUser learner = learner();
		complete(content, learner);
		Certificate certificate = certificates.of(content.course().id(), learner.id()).orElseThrow();

		mvc.perform(get("/zertifikate/" + certificate.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Das Zertifikat ist gültig.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(learner.getDisplayName())));
		mvc.perform(get("/zertifikate/pruefen").param("code", certificate.code().toLowerCase().replace("-", " ")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Das Zertifikat ist gültig.")));
		mvc.perform(get("/zertifikate/pruefen").param("code", "ZZZZ-ZZZZ-ZZZZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("kein Zertifikat")));

		certificates.revoke(certificate.code(), accounts.user(Role.COORDINATOR).id(), "Täuschung festgestellt");
		mvc.perform(get("/zertifikate/" + certificate.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("widerrufen")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(learner.getDisplayName()))));
	}

	@Test
	void draftsStayHiddenLessonsNeedASignInAndOnlyStaffManageCertificates() throws Exception {
		CourseContent content = freshCourse();
		Course course = content.course();
		UUID draft = store.create(new CourseDraft("entwurf-" + UUID.randomUUID().toString().substring(0, 8), "Entwurf",
				"Noch nicht fertig", 30, List.of(), "", List.of(), List.of(), CourseStatus.DRAFT), null);
		String draftPath = store.find(draft).orElseThrow().path();

		mvc.perform(get("/lernen")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/wissen")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/lernen/pakete")));
		mvc.perform(get(course.path())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(course.title().replace("—", "—"))));
		mvc.perform(get(draftPath)).andExpect(status().isNotFound());
		mvc.perform(get(draftPath).with(accounts.as(Role.EMPLOYEE))).andExpect(status().isNotFound());
		mvc.perform(get(draftPath).with(accounts.as(Role.COORDINATOR))).andExpect(status().isOk());
		mvc.perform(get(course.path() + "/lektionen/" + content.lessons().get(0).id()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/lernen/verwaltung/zertifikate").with(accounts.as(Role.EMPLOYEE)))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> enrolments.enrol(store.find(draft).orElseThrow(), learner().id()))
			.isInstanceOf(CourseRefused.class);
	}

	@Test
	void figuresCountEnrolmentsAndCompletionsAndErasureKeepsOnlyCounts() {
		CourseContent content = freshCourse();
		PlatformUser learner = learner();
		YearMonth now = YearMonth.now(Certificates.BERLIN);
		long enrolledBefore = total(CourseFigureSource.ENROLMENTS, now);
		long completedBefore = total(CourseFigureSource.COMPLETIONS, now);
		complete(content, learner);
		assertThat(total(CourseFigureSource.ENROLMENTS, now)).isEqualTo(enrolledBefore + 1);
		assertThat(total(CourseFigureSource.COMPLETIONS, now)).isEqualTo(completedBefore + 1);

		assertThat(personalData.export(learner.id()).toString()).contains(content.course().title());
		personalData.erase(learner.id());
		assertThat(enrolments.ofPerson(learner.id())).isEmpty();
		assertThat(certificates.ofPerson(learner.id())).isEmpty();
		assertThat(total(CourseFigureSource.COMPLETIONS, now)).isEqualTo(completedBefore + 1);
	}

	private long total(String key, YearMonth month) {
		return figures.values(key, month, month).stream().collect(Collectors.summingLong(FigureValue::count));
	}

}
