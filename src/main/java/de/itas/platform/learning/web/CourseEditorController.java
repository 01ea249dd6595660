package de.itas.platform.learning.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.learning.Course;
import de.itas.platform.learning.CourseAccess;
import de.itas.platform.learning.CourseContent;
import de.itas.platform.learning.CourseEditing;
import de.itas.platform.learning.CourseModule;
import de.itas.platform.learning.CourseStatus;
import de.itas.platform.learning.CourseStore;
import de.itas.platform.learning.Lesson;
import de.itas.platform.learning.LessonImages;
import de.itas.platform.learning.QuizQuestion;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.SkillRequirement;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff editor of courses: the list of courses a person may edit, the description form (with the skills search
 * and the publish rule), modules, lessons with preview and image upload, and the final quiz. Who may edit what is
 * {@link CourseAccess}'s: a draft somebody may not edit does not exist for them (404), a published course they may
 * not edit is refused (403).
 */
@Controller
class CourseEditorController {

	static final String BASE = "/lernen/verwaltung/kurse";

	private static final String ID = "/{id:[0-9a-f-]{36}}";

	private final CourseStore store;
	private final CourseAccess access;
	private final CourseEditing editing;
	private final Occupations occupations;
	private final Region region;

	CourseEditorController(CourseStore store, CourseAccess access, CourseEditing editing, Occupations occupations,
			Region region) {
		this.store = store;
		this.access = access;
		this.editing = editing;
		this.occupations = occupations;
		this.region = region;
	}

	/** The description form; {@code search} is the skills search typed into the form. */
	public static class CourseForm {

		private String title = "";
		private String summary = "";
		private @Nullable Integer durationMinutes;
		private List<String> skillUris = new ArrayList<>();
		private String prerequisites = "";
		private List<String> actionFields = new ArrayList<>();
		private String status = CourseStatus.DRAFT.name();
		private String skillSearch = "";
		private long version;

		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getSummary() { return summary; }
		public void setSummary(String summary) { this.summary = summary; }
		public @Nullable Integer getDurationMinutes() { return durationMinutes; }
		public void setDurationMinutes(@Nullable Integer durationMinutes) { this.durationMinutes = durationMinutes; }
		public List<String> getSkillUris() { return skillUris; }
		public void setSkillUris(List<String> skillUris) { this.skillUris = skillUris; }
		public String getPrerequisites() { return prerequisites; }
		public void setPrerequisites(String prerequisites) { this.prerequisites = prerequisites; }
		public List<String> getActionFields() { return actionFields; }
		public void setActionFields(List<String> actionFields) { this.actionFields = actionFields; }
		public String getStatus() { return status; }
		public void setStatus(String status) { this.status = status; }
		public String getSkillSearch() { return skillSearch; }
		public void setSkillSearch(String skillSearch) { this.skillSearch = skillSearch; }
		public long getVersion() { return version; }
		public void setVersion(long version) { this.version = version; }

		CourseEditing.CourseInput input() {
			CourseStatus parsed = "PUBLISHED".equals(status) ? CourseStatus.PUBLISHED : CourseStatus.DRAFT;
			return new CourseEditing.CourseInput(title, summary, durationMinutes, skillUris, prerequisites, actionFields,
					parsed);
		}

	}

	/** A module's title. */
	public static class TitleForm {

		private String title = "";

		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }

	}

	public static class LessonForm {

		private String title = "";
		private String body = "";
		private String videoUrl = "";
		private String transcript = "";

		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getBody() { return body; }
		public void setBody(String body) { this.body = body; }
		public String getVideoUrl() { return videoUrl; }
		public void setVideoUrl(String videoUrl) { this.videoUrl = videoUrl; }
		public String getTranscript() { return transcript; }
		public void setTranscript(String transcript) { this.transcript = transcript; }

		CourseEditing.LessonInput input() {
			return new CourseEditing.LessonInput(title, body, videoUrl, transcript);
		}

	}

	public static class ImageForm {

		private @Nullable MultipartFile file;
		private String altText = "";

		public @Nullable MultipartFile getFile() { return file; }
		public void setFile(@Nullable MultipartFile file) { this.file = file; }
		public String getAltText() { return altText; }
		public void setAltText(String altText) { this.altText = altText; }

	}

	public static class PassMarkForm {

		private @Nullable Integer passMark;

		public @Nullable Integer getPassMark() { return passMark; }
		public void setPassMark(@Nullable Integer passMark) { this.passMark = passMark; }

	}

	public static class OptionForm {

		private String text = "";
		private boolean correct;
		private String feedback = "";

		public String getText() { return text; }
		public void setText(String text) { this.text = text; }
		public boolean isCorrect() { return correct; }
		public void setCorrect(boolean correct) { this.correct = correct; }
		public String getFeedback() { return feedback; }
		public void setFeedback(String feedback) { this.feedback = feedback; }

	}

	/** A question with four option rows (blank rows are left out). */
	public static class QuestionForm {

		private String text = "";
		private boolean multiple;
		private List<OptionForm> options = new ArrayList<>(List.of(new OptionForm(), new OptionForm(), new OptionForm(),
				new OptionForm()));

		public String getText() { return text; }
		public void setText(String text) { this.text = text; }
		public boolean isMultiple() { return multiple; }
		public void setMultiple(boolean multiple) { this.multiple = multiple; }
		public List<OptionForm> getOptions() { return options; }
		public void setOptions(List<OptionForm> options) { this.options = options; }

	}

	// ---- list and description

	@GetMapping(BASE)
	String list(Model model) {
		requireEditor();
		UUID owner = access.seesAll() ? null : CurrentUser.get().orElseThrow().id();
		model.addAttribute("courses", store.editable(owner));
		return "learning/editor/list";
	}

	@GetMapping(BASE + "/neu")
	String newCourse(Model model) {
		requireEditor();
		model.addAttribute("form", new CourseForm());
		return courseForm(null, new CourseForm(), model);
	}

	@PostMapping(BASE + "/neu")
	String create(@ModelAttribute("form") CourseForm form, BindingResult errors,
			@RequestParam(name = "suchen", required = false) @Nullable String search, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		requireEditor();
		if (search == null && !errors.hasErrors()) {
			try {
				UUID id = editing.create(form.input(), CurrentUser.get().orElseThrow().id());
				redirect.addFlashAttribute("message", "learning.course.editor.created");
				return "redirect:" + BASE + "/" + id;
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		if (search == null) {
			response.setStatus(422);
		}
		return courseForm(null, form, model);
	}

	@GetMapping(BASE + ID + "/beschreibung")
	String description(@PathVariable UUID id, Model model) {
		Course course = editable(id);
		CourseForm form = new CourseForm();
		form.setTitle(course.title());
		form.setSummary(course.summary());
		form.setDurationMinutes(course.durationMinutes());
		form.setSkillUris(new ArrayList<>(course.skillUris()));
		form.setPrerequisites(course.prerequisites());
		form.setActionFields(new ArrayList<>(course.actionFields()));
		form.setStatus(course.status().name());
		form.setVersion(course.version());
		model.addAttribute("form", form);
		return courseForm(course, form, model);
	}

	@PostMapping(BASE + ID + "/beschreibung")
	String update(@PathVariable UUID id, @ModelAttribute("form") CourseForm form, BindingResult errors,
			@RequestParam(name = "suchen", required = false) @Nullable String search, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Course course = editable(id);
		if (search == null && !errors.hasErrors()) {
			try {
				editing.update(course, form.getVersion(), form.input());
				redirect.addFlashAttribute("message", "learning.course.editor.saved");
				return "redirect:" + BASE + "/" + id;
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		if (search == null) {
			response.setStatus(422);
		}
		return courseForm(course, form, model);
	}

	private String courseForm(@Nullable Course course, CourseForm form, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("actionFieldOptions", region.actionFields());
		List<SkillRequirement> chosen = form.getSkillUris().stream()
			.flatMap(uri -> occupations.skill(uri).stream())
			.toList();
		model.addAttribute("chosenSkills", chosen);
		List<SkillRequirement> found = form.getSkillSearch() == null || form.getSkillSearch().isBlank() ? List.of()
				: occupations.searchSkills(form.getSkillSearch().strip(), 10).stream()
					.filter(skill -> !form.getSkillUris().contains(skill.uri()))
					.toList();
		model.addAttribute("foundSkills", found);
		model.addAttribute("searched", form.getSkillSearch() != null && !form.getSkillSearch().isBlank());
		model.addAttribute("publishable", course != null && CourseEditing.publishable(store.content(course)));
		return "learning/editor/course-form";
	}

	// ---- outline and modules

	@GetMapping(BASE + ID)
	String outline(@PathVariable UUID id, Model model) {
		Course course = editable(id);
		if (!model.containsAttribute("moduleForm")) {
			model.addAttribute("moduleForm", new TitleForm());
		}
		return outlinePage(course, model);
	}

	private String outlinePage(Course course, Model model) {
		CourseContent content = store.content(course);
		model.addAttribute("course", course);
		model.addAttribute("courseContent", content);
		model.addAttribute("publishable", CourseEditing.publishable(content));
		return "learning/editor/course";
	}

	@PostMapping(BASE + ID + "/module")
	String addModule(@PathVariable UUID id, @ModelAttribute("moduleForm") TitleForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Course course = editable(id);
		try {
			editing.addModule(course, form.getTitle());
			redirect.addFlashAttribute("message", "learning.course.editor.module.added");
			return "redirect:" + BASE + "/" + id;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		response.setStatus(422);
		return outlinePage(course, model);
	}

	@GetMapping(BASE + ID + "/module/{module:[0-9]+}")
	String module(@PathVariable UUID id, @PathVariable long module, Model model) {
		Course course = editable(id);
		CourseModule found = module(course, module);
		TitleForm form = new TitleForm();
		form.setTitle(found.title());
		model.addAttribute("form", form);
		return modulePage(course, found, model);
	}

	private String modulePage(Course course, CourseModule module, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("module", module);
		return "learning/editor/module";
	}

	@PostMapping(BASE + ID + "/module/{module:[0-9]+}")
	String renameModule(@PathVariable UUID id, @PathVariable long module, @ModelAttribute("form") TitleForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Course course = editable(id);
		CourseModule found = module(course, module);
		try {
			editing.renameModule(course, module, form.getTitle());
			redirect.addFlashAttribute("message", "learning.course.editor.saved");
			return "redirect:" + BASE + "/" + id;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		response.setStatus(422);
		return modulePage(course, found, model);
	}

	@PostMapping(BASE + ID + "/module/{module:[0-9]+}/verschieben")
	String moveModule(@PathVariable UUID id, @PathVariable long module, @RequestParam String richtung) {
		Course course = editable(id);
		module(course, module);
		editing.moveModule(course, module, "hoch".equals(richtung));
		return "redirect:" + BASE + "/" + id + "#modul-" + module;
	}

	@GetMapping(BASE + ID + "/module/{module:[0-9]+}/loeschen")
	String confirmDeleteModule(@PathVariable UUID id, @PathVariable long module, Model model) {
		Course course = editable(id);
		CourseModule found = module(course, module);
		return confirm(course, "learning.course.editor.module.delete-title", found.title(),
				"learning.course.editor.module.delete-text", BASE + "/" + id + "/module/" + module + "/loeschen", model);
	}

	@PostMapping(BASE + ID + "/module/{module:[0-9]+}/loeschen")
	String deleteModule(@PathVariable UUID id, @PathVariable long module, RedirectAttributes redirect) {
		Course course = editable(id);
		module(course, module);
		editing.deleteModule(course, module);
		redirect.addFlashAttribute("message", "learning.course.editor.deleted");
		return "redirect:" + BASE + "/" + id;
	}

	private String confirm(Course course, String heading, String name, String text, String action, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("heading", heading);
		model.addAttribute("name", name);
		model.addAttribute("text", text);
		model.addAttribute("action", action);
		return "learning/editor/confirm";
	}

	// ---- lessons

	@GetMapping(BASE + ID + "/module/{module:[0-9]+}/lektionen/neu")
	String newLesson(@PathVariable UUID id, @PathVariable long module, Model model) {
		Course course = editable(id);
		CourseModule found = module(course, module);
		model.addAttribute("form", new LessonForm());
		return lessonPage(course, found, null, model);
	}

	@PostMapping(BASE + ID + "/module/{module:[0-9]+}/lektionen/neu")
	String addLesson(@PathVariable UUID id, @PathVariable long module, @ModelAttribute("form") LessonForm form,
			BindingResult errors, @RequestParam(name = "vorschau", required = false) @Nullable String preview,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Course course = editable(id);
		CourseModule found = module(course, module);
		return saveLesson(course, found, null, form, errors, preview, model, response, redirect);
	}

	@GetMapping(BASE + ID + "/lektionen/{lesson:[0-9]+}")
	String lesson(@PathVariable UUID id, @PathVariable long lesson, Model model) {
		Course course = editable(id);
		CourseContent content = store.content(course);
		Lesson found = content.lesson(lesson).orElseThrow(NotFoundException::new);
		LessonForm form = new LessonForm();
		form.setTitle(found.title());
		form.setBody(found.body());
		form.setVideoUrl(found.videoUrl() == null ? "" : found.videoUrl());
		form.setTranscript(found.videoTranscript() == null ? "" : found.videoTranscript());
		model.addAttribute("form", form);
		return lessonPage(course, module(course, found.moduleId()), found, model);
	}

	@PostMapping(BASE + ID + "/lektionen/{lesson:[0-9]+}")
	String updateLesson(@PathVariable UUID id, @PathVariable long lesson, @ModelAttribute("form") LessonForm form,
			BindingResult errors, @RequestParam(name = "vorschau", required = false) @Nullable String preview,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Course course = editable(id);
		Lesson found = store.content(course).lesson(lesson).orElseThrow(NotFoundException::new);
		return saveLesson(course, module(course, found.moduleId()), found, form, errors, preview, model, response,
				redirect);
	}

	private String saveLesson(Course course, CourseModule module, @Nullable Lesson lesson, LessonForm form,
			BindingResult errors, @Nullable String preview, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (preview != null) {
			model.addAttribute("preview", LessonImages.toSafeHtml(form.getBody(), course.path(),
					store.imageAltTexts(course.id())));
			return lessonPage(course, module, lesson, model);
		}
		try {
			editing.saveLesson(course, module.id(), lesson == null ? null : lesson.id(), form.input());
			redirect.addFlashAttribute("message", "learning.course.editor.saved");
			return "redirect:" + BASE + "/" + course.id();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		response.setStatus(422);
		return lessonPage(course, module, lesson, model);
	}

	private String lessonPage(Course course, CourseModule module, @Nullable Lesson lesson, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("module", module);
		model.addAttribute("lesson", lesson);
		model.addAttribute("images", store.imageAltTexts(course.id()));
		return "learning/editor/lesson";
	}

	@GetMapping(BASE + ID + "/lektionen/{lesson:[0-9]+}/loeschen")
	String confirmDeleteLesson(@PathVariable UUID id, @PathVariable long lesson, Model model) {
		Course course = editable(id);
		Lesson found = store.content(course).lesson(lesson).orElseThrow(NotFoundException::new);
		return confirm(course, "learning.course.editor.lesson.delete-title", found.title(),
				"learning.course.editor.lesson.delete-text", BASE + "/" + id + "/lektionen/" + lesson + "/loeschen",
				model);
	}

	@PostMapping(BASE + ID + "/lektionen/{lesson:[0-9]+}/loeschen")
	String deleteLesson(@PathVariable UUID id, @PathVariable long lesson, RedirectAttributes redirect) {
		Course course = editable(id);
		store.content(course).lesson(lesson).orElseThrow(NotFoundException::new);
		editing.deleteLesson(course, lesson);
		redirect.addFlashAttribute("message", "learning.course.editor.deleted");
		return "redirect:" + BASE + "/" + id;
	}

	// ---- images

	@GetMapping(BASE + ID + "/bilder")
	String images(@PathVariable UUID id, Model model) {
		Course course = editable(id);
		model.addAttribute("form", new ImageForm());
		return imagesPage(course, model);
	}

	@PostMapping(BASE + ID + "/bilder")
	String upload(@PathVariable UUID id, @ModelAttribute("form") ImageForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Course course = editable(id);
		MultipartFile file = form.getFile();
		try {
			long image = editing.addImage(course, file == null || file.isEmpty() ? null : file.getBytes(),
					form.getAltText());
			redirect.addFlashAttribute("uploaded", image);
			return "redirect:" + BASE + "/" + id + "/bilder";
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		response.setStatus(422);
		return imagesPage(course, model);
	}

	private String imagesPage(Course course, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("images", store.imageAltTexts(course.id()));
		return "learning/editor/images";
	}

	// ---- final quiz

	@GetMapping(BASE + ID + "/quiz")
	String quiz(@PathVariable UUID id, Model model) {
		Course course = editable(id);
		PassMarkForm passMark = new PassMarkForm();
		passMark.setPassMark(store.content(course).finalQuiz().map(quiz -> quiz.passMark()).orElse(80));
		if (!model.containsAttribute("passForm")) {
			model.addAttribute("passForm", passMark);
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new QuestionForm());
		}
		return quizPage(course, model);
	}

	private String quizPage(Course course, Model model) {
		CourseContent content = store.content(course);
		model.addAttribute("course", course);
		model.addAttribute("quiz", content.finalQuiz().orElse(null));
		return "learning/editor/quiz";
	}

	@PostMapping(BASE + ID + "/quiz/bestehensgrenze")
	String passMark(@PathVariable UUID id, @ModelAttribute("passForm") PassMarkForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Course course = editable(id);
		if (!errors.hasErrors()) {
			try {
				editing.setPassMark(course, form.getPassMark(), course.title());
				redirect.addFlashAttribute("message", "learning.course.editor.saved");
				return "redirect:" + BASE + "/" + id + "/quiz";
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		response.setStatus(422);
		model.addAttribute("form", new QuestionForm());
		return quizPage(course, model);
	}

	@PostMapping(BASE + ID + "/quiz/fragen")
	String addQuestion(@PathVariable UUID id, @ModelAttribute("form") QuestionForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Course course = editable(id);
		try {
			editing.addQuestion(course, form.getText(), form.isMultiple(), form.getOptions().stream()
				.map(option -> new CourseStore.AnswerDraft(option.getText(), option.isCorrect(), option.getFeedback()))
				.toList(), course.title());
			redirect.addFlashAttribute("message", "learning.course.editor.question.added");
			return "redirect:" + BASE + "/" + id + "/quiz";
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		response.setStatus(422);
		PassMarkForm passMark = new PassMarkForm();
		passMark.setPassMark(store.content(course).finalQuiz().map(quiz -> quiz.passMark()).orElse(80));
		model.addAttribute("passForm", passMark);
		return quizPage(course, model);
	}

	@GetMapping(BASE + ID + "/quiz/fragen/{question:[0-9]+}/loeschen")
	String confirmDeleteQuestion(@PathVariable UUID id, @PathVariable long question, Model model) {
		Course course = editable(id);
		QuizQuestion found = question(course, question);
		return confirm(course, "learning.course.editor.question.delete-title", found.text(),
				"learning.course.editor.question.delete-text", BASE + "/" + id + "/quiz/fragen/" + question + "/loeschen",
				model);
	}

	@PostMapping(BASE + ID + "/quiz/fragen/{question:[0-9]+}/loeschen")
	String deleteQuestion(@PathVariable UUID id, @PathVariable long question, RedirectAttributes redirect) {
		Course course = editable(id);
		question(course, question);
		editing.deleteQuestion(course, question);
		redirect.addFlashAttribute("message", "learning.course.editor.deleted");
		return "redirect:" + BASE + "/" + id + "/quiz";
	}

	// ---- access

	private void requireEditor() {
		if (!access.mayCreate()) {
			throw new AccessDeniedException("Not a course editor");
		}
	}

	/** The course if the person may edit it: 404 for a draft they may not see, 403 for a published one. */
	private Course editable(UUID id) {
		Course course = store.find(id).filter(access::maySee).orElseThrow(NotFoundException::new);
		if (!access.mayEdit(course)) {
			throw new AccessDeniedException("Not an editor of this course");
		}
		return course;
	}

	private CourseModule module(Course course, long module) {
		return store.content(course).modules().stream().filter(found -> found.id() == module).findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private QuizQuestion question(Course course, long question) {
		return store.content(course).finalQuiz().stream().flatMap(quiz -> quiz.questions().stream())
			.filter(found -> found.id() == question).findFirst().orElseThrow(NotFoundException::new);
	}

}
