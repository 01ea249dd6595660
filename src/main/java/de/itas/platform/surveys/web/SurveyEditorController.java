package de.itas.platform.surveys.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;
import de.itas.platform.surveys.Question;
import de.itas.platform.surveys.QuestionKind;
import de.itas.platform.surveys.Section;
import de.itas.platform.surveys.SurveyAccess;
import de.itas.platform.surveys.SurveyAudience;
import de.itas.platform.surveys.SurveyDefinition;
import de.itas.platform.surveys.SurveyEditor;
import de.itas.platform.surveys.SurveyStore;

/**
 * The survey editor: the list of one's surveys, a new survey, the overview of a revision with its pages and
 * questions, one page per question (kind first, then its settings), confirmations, revisions and
 * invitations. Others' surveys answer 404.
 */
@Controller
@RequestMapping("/umfragen/verwaltung")
@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN','PROVIDER')")
class SurveyEditorController {

	private static final String BASE = "/umfragen/verwaltung/";

	private final SurveyEditor editor;
	private final SurveyStore store;
	private final SurveyAccess access;

	SurveyEditorController(SurveyEditor editor, SurveyStore store, SurveyAccess access) {
		this.editor = editor;
		this.store = store;
		this.access = access;
	}

	/** A choice of a select: its value and the message key of its name. */
	record Option(String value, String label) {
	}

	/** An earlier question a condition can use, with its values. */
	record ConditionSource(Question question, List<Option> values) {
	}

	@GetMapping
	String list(@RequestParam(name = "seite", defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PageOf<SurveyEditor.Listed> surveys = editor.surveys(me(), page - 1);
		model.addAttribute("surveys", surveys);
		model.addAttribute("previousLink", surveys.hasPrevious() ? "/umfragen/verwaltung?seite=" + surveys.page() : null);
		model.addAttribute("nextLink", surveys.hasNext() ? "/umfragen/verwaltung?seite=" + (surveys.number() + 1) : null);
		return htmx == null ? "surveys/editor/list" : "surveys/editor/list :: list";
	}

	@GetMapping("/neu")
	String createPage(Model model) {
		if (!model.containsAttribute("headerForm")) {
			model.addAttribute("headerForm", new SurveyEditorForms.HeaderForm());
		}
		return header(null, model);
	}

	@PostMapping("/neu")
	String create(@ModelAttribute("headerForm") SurveyEditorForms.HeaderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				SurveyDefinition created = editor.create(form.header(), me());
				redirect.addFlashAttribute("message", "surveys.editor.created");
				return "redirect:" + BASE + created.id();
			}
			catch (FieldProblems refused) {
				FormErrors.reject(errors, refused);
			}
		}
		return header(null, model);
	}

	@GetMapping("/{id}/kopf")
	String headerPage(@PathVariable UUID id, Model model) {
		SurveyDefinition survey = owned(id);
		model.addAttribute("headerForm", SurveyEditorForms.HeaderForm.of(survey));
		return header(survey, model);
	}

	@PostMapping("/{id}/kopf")
	String editHeader(@PathVariable UUID id, @ModelAttribute("headerForm") SurveyEditorForms.HeaderForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SurveyDefinition survey = owned(id);
		if (!errors.hasErrors()) {
			try {
				editor.editHeader(id, form.header());
				redirect.addFlashAttribute("message", "surveys.editor.header-saved");
				return "redirect:" + BASE + id;
			}
			catch (FieldProblems refused) {
				FormErrors.reject(errors, refused);
			}
		}
		return header(survey, model);
	}

	private String header(SurveyDefinition survey, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("locked", survey != null && store.locked(survey.id()));
		model.addAttribute("audiences", SurveyAudience.values());
		List<Option> roles = new ArrayList<>();
		for (Role role : Role.values()) {
			roles.add(new Option(role.name(), role.messageKey()));
		}
		model.addAttribute("roles", roles);
		model.addAttribute("organisationKinds",
				List.of(new Option("COMPANY", "surveys.editor.organisation-kind.company"),
						new Option("PARTNER", "surveys.editor.organisation-kind.partner"),
						new Option("PROVIDER", "surveys.editor.organisation-kind.provider")));
		return "surveys/editor/header";
	}

	@GetMapping("/{id}")
	String overview(@PathVariable UUID id, Model model) {
		SurveyDefinition survey = owned(id);
		model.addAttribute("survey", survey);
		model.addAttribute("locked", store.locked(id));
		model.addAttribute("responses", store.responses(id));
		model.addAttribute("phase", survey.phase(java.time.Instant.now()));
		model.addAttribute("revisions", store.revisions(survey.familyId()));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("conditions", conditions(survey));
		if (!model.containsAttribute("sectionForm")) {
			model.addAttribute("sectionForm", new SurveyEditorForms.SectionForm());
		}
		return "surveys/editor/editor";
	}

	/** For each conditional question, the answers of the earlier question that show it, by their labels. */
	private static java.util.Map<UUID, String> conditions(SurveyDefinition survey) {
		java.util.Map<UUID, String> conditions = new java.util.HashMap<>();
		for (Question question : survey.questions()) {
			if (question.condition() != null) {
				Question earlier = survey.question(question.condition().questionId()).orElse(null);
				conditions.put(question.id(), String.join(", ", question.condition()
					.values()
					.stream()
					.map(value -> earlier == null ? value : earlier.label(value))
					.toList()));
			}
		}
		return conditions;
	}

	@PostMapping("/{id}/abschnitte")
	String addSection(@PathVariable UUID id, @ModelAttribute("sectionForm") SurveyEditorForms.SectionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		owned(id);
		try {
			UUID section = editor.addSection(id, form.getTitle(), form.getIntro());
			redirect.addFlashAttribute("message", "surveys.editor.section-added");
			return "redirect:" + BASE + id + "#s-" + section;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return overview(id, model);
		}
	}

	@GetMapping("/{id}/abschnitte/{section}")
	String sectionPage(@PathVariable UUID id, @PathVariable UUID section, Model model) {
		SurveyDefinition survey = owned(id);
		Section current = section(survey, section);
		SurveyEditorForms.SectionForm form = new SurveyEditorForms.SectionForm();
		form.setTitle(current.title());
		form.setIntro(current.intro());
		model.addAttribute("sectionForm", form);
		return sectionView(survey, current, model);
	}

	@PostMapping("/{id}/abschnitte/{section}")
	String editSection(@PathVariable UUID id, @PathVariable UUID section,
			@ModelAttribute("sectionForm") SurveyEditorForms.SectionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		SurveyDefinition survey = owned(id);
		Section current = section(survey, section);
		try {
			editor.editSection(id, section, form.getTitle(), form.getIntro());
			redirect.addFlashAttribute("message", "surveys.editor.section-saved");
			return "redirect:" + BASE + id + "#s-" + section;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return sectionView(survey, current, model);
		}
	}

	private String sectionView(SurveyDefinition survey, Section section, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("section", section);
		model.addAttribute("locked", store.locked(survey.id()));
		return "surveys/editor/section";
	}

	@PostMapping("/{id}/abschnitte/{section}/verschieben")
	String moveSection(@PathVariable UUID id, @PathVariable UUID section, @RequestParam("richtung") String direction,
			RedirectAttributes redirect) {
		owned(id);
		try {
			editor.moveSection(id, section, "hoch".equals(direction));
			redirect.addFlashAttribute("message", "surveys.editor.moved");
		}
		catch (FieldProblems refused) {
			problem(redirect, refused);
		}
		return "redirect:" + BASE + id + "#s-" + section;
	}

	@PostMapping("/{id}/abschnitte/{section}/loeschen")
	String removeSection(@PathVariable UUID id, @PathVariable UUID section,
			@RequestParam(name = "bestaetigt", defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect) {
		SurveyDefinition survey = owned(id);
		Section current = section(survey, section);
		if (!confirmed) {
			model.addAttribute("survey", survey);
			model.addAttribute("heading", "surveys.editor.confirm.section.title");
			model.addAttribute("question", "surveys.editor.confirm.section.question");
			model.addAttribute("questionArgument", current.title());
			model.addAttribute("consequence", current.questions().isEmpty() ? null
					: "surveys.editor.confirm.section.questions");
			model.addAttribute("count", current.questions().size());
			model.addAttribute("action", BASE + id + "/abschnitte/" + section + "/loeschen");
			return "surveys/editor/confirm";
		}
		try {
			editor.removeSection(id, section, true);
			redirect.addFlashAttribute("message", "surveys.editor.section-removed");
		}
		catch (FieldProblems refused) {
			problem(redirect, refused);
		}
		return "redirect:" + BASE + id;
	}

	@GetMapping("/{id}/abschnitte/{section}/fragen/neu")
	String newQuestion(@PathVariable UUID id, @PathVariable UUID section,
			@ModelAttribute("kindForm") SurveyEditorForms.KindForm kind, Model model) {
		SurveyDefinition survey = owned(id);
		Section current = section(survey, section);
		if (kind.getKind() == null) {
			model.addAttribute("survey", survey);
			model.addAttribute("section", current);
			model.addAttribute("kinds", QuestionKind.values());
			return "surveys/editor/kind";
		}
		SurveyEditorForms.QuestionForm form = new SurveyEditorForms.QuestionForm();
		form.setKind(kind.getKind());
		model.addAttribute("questionForm", form);
		return questionView(survey, current, null, model);
	}

	@PostMapping("/{id}/abschnitte/{section}/fragen/neu")
	String addQuestion(@PathVariable UUID id, @PathVariable UUID section,
			@ModelAttribute("questionForm") SurveyEditorForms.QuestionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		SurveyDefinition survey = owned(id);
		Section current = section(survey, section);
		if (form.getKind() == null) {
			return "redirect:" + BASE + id + "/abschnitte/" + section + "/fragen/neu";
		}
		try {
			UUID question = editor.addQuestion(id, section, form.input());
			redirect.addFlashAttribute("message", "surveys.editor.question-added");
			return "redirect:" + BASE + id + "#q-" + question;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return questionView(survey, current, null, model);
		}
	}

	@GetMapping("/{id}/fragen/{question}")
	String questionPage(@PathVariable UUID id, @PathVariable UUID question, Model model) {
		SurveyDefinition survey = owned(id);
		Question current = survey.question(question).orElseThrow(NotFoundException::new);
		model.addAttribute("questionForm", SurveyEditorForms.QuestionForm.of(current));
		return questionView(survey, section(survey, current.sectionId()), current, model);
	}

	@PostMapping("/{id}/fragen/{question}")
	String editQuestion(@PathVariable UUID id, @PathVariable UUID question,
			@ModelAttribute("questionForm") SurveyEditorForms.QuestionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		SurveyDefinition survey = owned(id);
		Question current = survey.question(question).orElseThrow(NotFoundException::new);
		form.setKind(current.kind());
		try {
			editor.editQuestion(id, question, form.input());
			redirect.addFlashAttribute("message", "surveys.editor.question-saved");
			return "redirect:" + BASE + id + "#q-" + question;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return questionView(survey, section(survey, current.sectionId()), current, model);
		}
	}

	private String questionView(SurveyDefinition survey, Section section, Question current, Model model) {
		List<ConditionSource> sources = new ArrayList<>();
		outer: for (Section page : survey.sections()) {
			for (Question earlier : page.questions()) {
				if (current != null && earlier.id().equals(current.id())) {
					break outer;
				}
				if (earlier.kind().categorical()) {
					List<Option> values = earlier.kind() == QuestionKind.SCALE
							? earlier.scaleValues().stream().map(value -> new Option(String.valueOf(value), String.valueOf(value))).toList()
							: earlier.options().stream().map(choice -> new Option(choice.code(), choice.label())).toList();
					sources.add(new ConditionSource(earlier, values));
				}
			}
			if (current == null && page.id().equals(section.id())) {
				break;
			}
		}
		model.addAttribute("survey", survey);
		model.addAttribute("section", section);
		model.addAttribute("question", current);
		model.addAttribute("sources", sources);
		model.addAttribute("locked", store.locked(survey.id()));
		return "surveys/editor/question";
	}

	@PostMapping("/{id}/fragen/{question}/verschieben")
	String moveQuestion(@PathVariable UUID id, @PathVariable UUID question, @RequestParam("richtung") String direction,
			RedirectAttributes redirect) {
		owned(id);
		try {
			editor.moveQuestion(id, question, "hoch".equals(direction));
			redirect.addFlashAttribute("message", "surveys.editor.moved");
		}
		catch (FieldProblems refused) {
			problem(redirect, refused);
		}
		return "redirect:" + BASE + id + "#q-" + question;
	}

	@PostMapping("/{id}/fragen/{question}/loeschen")
	String removeQuestion(@PathVariable UUID id, @PathVariable UUID question,
			@RequestParam(name = "bestaetigt", defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect) {
		SurveyDefinition survey = owned(id);
		Question current = survey.question(question).orElseThrow(NotFoundException::new);
		if (!confirmed) {
			model.addAttribute("survey", survey);
			model.addAttribute("heading", "surveys.editor.confirm.question.title");
			model.addAttribute("question", "surveys.editor.confirm.question.question");
			model.addAttribute("questionArgument", current.code() + " " + current.text());
			model.addAttribute("action", BASE + id + "/fragen/" + question + "/loeschen");
			return "surveys/editor/confirm";
		}
		try {
			editor.removeQuestion(id, question);
			redirect.addFlashAttribute("message", "surveys.editor.question-removed");
		}
		catch (FieldProblems refused) {
			problem(redirect, refused);
		}
		return "redirect:" + BASE + id;
	}

	@GetMapping("/{id}/revisionen")
	String revisions(@PathVariable UUID id, Model model) {
		SurveyDefinition survey = owned(id);
		List<SurveyDefinition> revisions = store.revisions(survey.familyId())
			.stream()
			.map(number -> store.revision(survey.slug(), number).orElseThrow())
			.toList();
		model.addAttribute("survey", survey);
		model.addAttribute("revisionList", revisions);
		model.addAttribute("responses", revisions.stream().map(revision -> store.responses(revision.id())).toList());
		model.addAttribute("locked", store.locked(id));
		return "surveys/editor/revisions";
	}

	@PostMapping("/{id}/revisionen")
	String newRevision(@PathVariable UUID id, RedirectAttributes redirect) {
		owned(id);
		SurveyDefinition created = editor.newRevision(id);
		redirect.addFlashAttribute("message", "surveys.editor.revision-created");
		return "redirect:" + BASE + created.id();
	}

	@PostMapping("/{id}/loeschen")
	String delete(@PathVariable UUID id, @RequestParam(name = "bestaetigt", defaultValue = "false") boolean confirmed,
			Model model, RedirectAttributes redirect) {
		SurveyDefinition survey = owned(id);
		if (!confirmed) {
			model.addAttribute("survey", survey);
			model.addAttribute("heading", "surveys.editor.confirm.survey.title");
			model.addAttribute("question", "surveys.editor.confirm.survey.question");
			model.addAttribute("questionArgument", survey.title() + " (" + survey.revision() + ")");
			model.addAttribute("action", BASE + id + "/loeschen");
			return "surveys/editor/confirm";
		}
		try {
			editor.delete(id);
			redirect.addFlashAttribute("message", "surveys.editor.deleted");
			return "redirect:/umfragen/verwaltung";
		}
		catch (FieldProblems refused) {
			problem(redirect, refused);
			return "redirect:" + BASE + id;
		}
	}

	@GetMapping("/{id}/einladungen")
	String invitations(@PathVariable UUID id, @RequestParam(name = "seite", defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		SurveyDefinition survey = owned(id);
		if (!model.containsAttribute("invitationForm")) {
			model.addAttribute("invitationForm", new SurveyEditorForms.InvitationForm());
		}
		PageOf<SurveyEditor.Invited> invited = editor.invitations(id, page - 1);
		model.addAttribute("survey", survey);
		model.addAttribute("invited", invited);
		String link = BASE + id + "/einladungen?seite=";
		model.addAttribute("previousLink", invited.hasPrevious() ? link + invited.page() : null);
		model.addAttribute("nextLink", invited.hasNext() ? link + (invited.number() + 1) : null);
		return htmx == null ? "surveys/editor/invitations" : "surveys/editor/invitations :: invited";
	}

	@PostMapping("/{id}/einladungen")
	String invite(@PathVariable UUID id, @ModelAttribute("invitationForm") SurveyEditorForms.InvitationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		owned(id);
		try {
			SurveyEditor.Invitations result = editor.invite(id, form.getAddresses());
			if (!result.invalid().isEmpty()) {
				form.setAddresses(String.join("\n", result.invalid()));
				errors.rejectValue("addresses", "surveys.editor.invitations.addresses.invalid",
						new Object[] { String.join(", ", result.invalid()) }, null);
				model.addAttribute("sent", result.sent());
				model.addAttribute("duplicates", result.duplicates());
				return invitations(id, 1, null, model);
			}
			redirect.addFlashAttribute("sent", result.sent());
			redirect.addFlashAttribute("duplicates", result.duplicates());
			return "redirect:" + BASE + id + "/einladungen";
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return invitations(id, 1, null, model);
		}
	}

	/**
	 * Shows a refusal on the page redirected to. Flash attributes live in the stored session, so only the
	 * message key and its arguments as text go there.
	 */
	private static void problem(RedirectAttributes redirect, FieldProblems refused) {
		de.itas.platform.shared.web.FieldProblem first = refused.problems().get(0);
		redirect.addFlashAttribute("problemKey", first.messageKey());
		redirect.addFlashAttribute("problemArguments",
				new ArrayList<>(first.arguments().stream().map(String::valueOf).toList()));
	}

	/** The survey, when the signed-in person owns it; otherwise 404 (others' surveys are not revealed). */
	private SurveyDefinition owned(UUID id) {
		SurveyDefinition survey = store.find(id).orElseThrow(NotFoundException::new);
		if (!access.owns(me(), survey)) {
			throw new NotFoundException();
		}
		return survey;
	}

	private static Section section(SurveyDefinition survey, UUID id) {
		return survey.sections()
			.stream()
			.filter(section -> section.id().equals(id))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private static PlatformUser me() {
		return CurrentUser.get().orElseThrow();
	}

}
