package de.itas.platform.learning.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.learning.Certificate;
import de.itas.platform.learning.Certificates;
import de.itas.platform.learning.Course;
import de.itas.platform.learning.CourseAccess;
import de.itas.platform.learning.CourseContent;
import de.itas.platform.learning.CourseRefused;
import de.itas.platform.learning.CourseStore;
import de.itas.platform.learning.Enrolment;
import de.itas.platform.learning.Enrolments;
import de.itas.platform.learning.Lesson;
import de.itas.platform.learning.LessonImages;
import de.itas.platform.learning.Quiz;
import de.itas.platform.learning.QuizQuestion;
import de.itas.platform.learning.QuizResult;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.SkillRequirement;

/**
 * The learners' side of courses: the list under „Lernen“, a course's page with outline and progress, enrolment, the
 * lessons (opening one marks it seen and is where the learner resumes), quizzes with feedback per chosen answer and
 * as many attempts as needed, the consent that the skills join the profile, and the own certificate.
 */
@Controller
class CourseController {

	static final int PAGE_SIZE = 12;

	private final CourseStore store;
	private final CourseAccess access;
	private final Enrolments enrolments;
	private final Certificates certificates;
	private final Occupations occupations;
	private final Region region;
	private final MessageSource messages;

	CourseController(CourseStore store, CourseAccess access, Enrolments enrolments, Certificates certificates,
			Occupations occupations, Region region, MessageSource messages) {
		this.store = store;
		this.access = access;
		this.enrolments = enrolments;
		this.certificates = certificates;
		this.occupations = occupations;
		this.region = region;
		this.messages = messages;
	}

	@GetMapping("/lernen")
	String list(@RequestParam(name = "seite", defaultValue = "1") int pageNumber, Model model) {
		long total = store.countPublished();
		int page = PageOf.clamp(pageNumber - 1, PAGE_SIZE, total);
		model.addAttribute("courses", new PageOf<>(store.published(page * PAGE_SIZE, PAGE_SIZE), page, PAGE_SIZE, total));
		CurrentUser.get().ifPresent(user -> {
			Map<java.util.UUID, Enrolment> mine = new HashMap<>();
			enrolments.ofPerson(user.id()).forEach(enrolment -> mine.put(enrolment.courseId(), enrolment));
			model.addAttribute("mine", mine);
		});
		model.addAttribute("mayEdit", access.mayCreate());
		return "learning/course/list";
	}

	@GetMapping("/lernen/kurse/{slug:[a-z0-9-]+}")
	String course(@PathVariable String slug, Locale locale, Model model) {
		CourseContent content = content(slug);
		Course course = content.course();
		model.addAttribute("courseContent", content);
		model.addAttribute("course", course);
		model.addAttribute("skills", skills(course.skillUris()));
		model.addAttribute("actionFields", course.actionFields().stream()
			.flatMap(code -> region.actionField(code).stream())
			.map(field -> field.name().in(locale))
			.toList());
		model.addAttribute("prerequisiteCourses", course.prerequisiteCourses().stream()
			.flatMap(id -> store.find(id).stream())
			.filter(Course::published)
			.toList());
		model.addAttribute("mayEdit", access.mayEdit(course));
		CurrentUser.get().ifPresent(user -> enrolments.of(course.id(), user.id()).ifPresent(enrolment -> {
			model.addAttribute("enrolment", enrolment);
			model.addAttribute("percent", enrolment.percentOf(content));
			model.addAttribute("resume", resumeLesson(content, enrolment).orElse(null));
			certificates.of(course.id(), user.id()).ifPresent(certificate -> model.addAttribute("certificate", certificate));
		}));
		return "learning/course/course";
	}

	@PostMapping("/lernen/kurse/{slug:[a-z0-9-]+}/einschreiben")
	String enrol(@PathVariable String slug, RedirectAttributes redirect) {
		CourseContent content = content(slug);
		PlatformUser user = CurrentUser.get().orElseThrow();
		try {
			enrolments.enrol(content.course(), user.id());
		}
		catch (CourseRefused ex) {
			redirect.addFlashAttribute("message", ex.messageKey());
			return "redirect:" + content.course().path();
		}
		redirect.addFlashAttribute("message", "learning.course.enrolled");
		return content.lessons().isEmpty() ? "redirect:" + content.course().path()
				: "redirect:" + lessonPath(content.course(), content.lessons().get(0));
	}

	/** Where the learner left: the last lesson they opened, or the first one they have not seen. */
	@GetMapping("/lernen/kurse/{slug:[a-z0-9-]+}/weiter")
	String resume(@PathVariable String slug) {
		CourseContent content = content(slug);
		Enrolment enrolment = enrolment(content);
		return resumeLesson(content, enrolment).map(lesson -> "redirect:" + lessonPath(content.course(), lesson))
			.orElse("redirect:" + content.course().path());
	}

	private static Optional<Lesson> resumeLesson(CourseContent content, Enrolment enrolment) {
		if (enrolment.lastLessonId() != null) {
			Optional<Lesson> last = content.lesson(enrolment.lastLessonId());
			if (last.isPresent()) {
				return last;
			}
		}
		return content.lessons().stream().filter(lesson -> !enrolment.seen(lesson.id())).findFirst()
			.or(() -> content.lessons().stream().findFirst());
	}

	@GetMapping("/lernen/kurse/{slug:[a-z0-9-]+}/lektionen/{id:[0-9]+}")
	String lesson(@PathVariable String slug, @PathVariable long id, Model model) {
		CourseContent content = content(slug);
		Lesson lesson = content.lesson(id).orElseThrow(NotFoundException::new);
		enrolment(content);
		Enrolment enrolment = enrolments.lessonOpened(content, CurrentUser.get().orElseThrow(), id);
		model.addAttribute("courseContent", content);
		model.addAttribute("course", content.course());
		model.addAttribute("lesson", lesson);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("body", LessonImages.toSafeHtml(lesson.body(), content.course().path(),
				store.imageAltTexts(content.course().id())));
		model.addAttribute("module", content.modules().stream()
			.filter(module -> module.id() == lesson.moduleId()).findFirst().orElseThrow());
		model.addAttribute("previous", content.previous(id).orElse(null));
		model.addAttribute("next", content.next(id).orElse(null));
		model.addAttribute("finalQuiz", content.finalQuiz().orElse(null));
		return "learning/course/lesson";
	}

	@GetMapping("/lernen/kurse/{slug:[a-z0-9-]+}/bilder/{id:[0-9]+}")
	ResponseEntity<byte[]> image(@PathVariable String slug, @PathVariable long id) {
		CourseContent content = content(slug);
		CourseStore.CourseImage image = store.image(content.course().id(), id).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
			.header("X-Content-Type-Options", "nosniff")
			.body(image.data());
	}

	@GetMapping("/lernen/kurse/{slug:[a-z0-9-]+}/quiz/{id:[0-9]+}")
	String quiz(@PathVariable String slug, @PathVariable long id, Model model) {
		CourseContent content = content(slug);
		Quiz quiz = content.quiz(id).orElseThrow(NotFoundException::new);
		Enrolment enrolment = enrolment(content);
		model.addAttribute("courseContent", content);
		model.addAttribute("course", content.course());
		model.addAttribute("quiz", quiz);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("standing", enrolment.quizzes().get(quiz.id()));
		return "learning/course/quiz";
	}

	@PostMapping("/lernen/kurse/{slug:[a-z0-9-]+}/quiz/{id:[0-9]+}")
	String answer(@PathVariable String slug, @PathVariable long id, @RequestParam Map<String, String> ignored,
			jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
		CourseContent content = content(slug);
		Quiz quiz = content.quiz(id).orElseThrow(NotFoundException::new);
		enrolment(content);
		Map<Long, Set<Long>> chosen = new HashMap<>();
		for (QuizQuestion question : quiz.questions()) {
			String[] values = request.getParameterValues("frage-" + question.id());
			Set<Long> answers = new HashSet<>();
			if (values != null) {
				for (String value : values) {
					try {
						answers.add(Long.parseLong(value));
					}
					catch (NumberFormatException ex) {
						// a tampered value counts as no answer
					}
				}
			}
			chosen.put(question.id(), answers);
		}
		QuizResult result = enrolments.submitQuiz(content, CurrentUser.get().orElseThrow(), id, chosen);
		redirect.addFlashAttribute("result", result);
		return "redirect:" + content.course().path() + "/quiz/" + id + "/ergebnis";
	}

	@GetMapping("/lernen/kurse/{slug:[a-z0-9-]+}/quiz/{id:[0-9]+}/ergebnis")
	String result(@PathVariable String slug, @PathVariable long id, Model model) {
		CourseContent content = content(slug);
		Quiz quiz = content.quiz(id).orElseThrow(NotFoundException::new);
		Enrolment enrolment = enrolment(content);
		if (!model.containsAttribute("result")) {
			// the result is shown once after answering (a reload starts the quiz page again)
			return "redirect:" + content.course().path() + "/quiz/" + id;
		}
		model.addAttribute("courseContent", content);
		model.addAttribute("course", content.course());
		model.addAttribute("quiz", quiz);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("done", Enrolments.done(content, enrolment));
		return "learning/course/quiz-result";
	}

	@PostMapping("/lernen/kurse/{slug:[a-z0-9-]+}/kompetenzen")
	String addSkills(@PathVariable String slug, @RequestParam(name = "zustimmung", required = false) @Nullable String consent,
			Locale locale, RedirectAttributes redirect) {
		CourseContent content = content(slug);
		enrolment(content);
		if (consent == null) {
			redirect.addFlashAttribute("consentMissing", true);
			return "redirect:" + content.course().path() + "#kompetenzen";
		}
		String text = messages.getMessage("learning.course.skills.consent", new Object[] { content.course().title() },
				locale);
		try {
			enrolments.addSkillsToProfile(content.course(), CurrentUser.get().orElseThrow().id(), text);
			redirect.addFlashAttribute("message", "learning.course.skills.added");
		}
		catch (CourseRefused ex) {
			redirect.addFlashAttribute("message", ex.messageKey());
		}
		return "redirect:" + content.course().path();
	}

	@GetMapping("/lernen/kurse/{slug:[a-z0-9-]+}/zertifikat.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String slug, Locale locale) {
		CourseContent content = content(slug);
		Certificate certificate = certificates.of(content.course().id(), CurrentUser.get().orElseThrow().id())
			.orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"zertifikat-" + certificate.code() + ".pdf\"")
			.body(certificates.pdf(certificate, locale));
	}

	private CourseContent content(String slug) {
		Course course = store.bySlug(slug).filter(access::maySee).orElseThrow(NotFoundException::new);
		return store.content(course);
	}

	private Enrolment enrolment(CourseContent content) {
		PlatformUser user = CurrentUser.get().orElseThrow();
		return enrolments.of(content.course().id(), user.id()).orElseThrow(NotEnrolled::new);
	}

	private List<SkillRequirement> skills(List<String> uris) {
		return uris.stream().flatMap(uri -> occupations.skill(uri).stream()).toList();
	}

	static String lessonPath(Course course, Lesson lesson) {
		return course.path() + "/lektionen/" + lesson.id();
	}

	/** A lesson or quiz opened without enrolment: back to the course page, where the learner can enrol. */
	static class NotEnrolled extends RuntimeException {
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(NotEnrolled.class)
	String notEnrolled(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI();
		int cut = path.indexOf('/', "/lernen/kurse/".length());
		return "redirect:" + (cut < 0 ? path : path.substring(0, cut));
	}

}
