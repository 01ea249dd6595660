package de.itas.platform.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.governance.MeasureStatus;
import de.itas.platform.governance.MeasureTargetGroup;
import de.itas.platform.governance.MeasureView;
import de.itas.platform.governance.Measures;
import de.itas.platform.governance.MilestoneView;
import de.itas.platform.governance.ProgressMode;
import de.itas.platform.governance.SteeringAccess;
import de.itas.platform.governance.VersionSummary;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.search.SiteSearch;
import de.itas.platform.shared.search.SiteSearchResult;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The steering pages of one measure: create, edit, progress with status and comment, milestones, links to the
 * charter and to the platform's items, delete. Only for people who edit the measure's action field; for everybody
 * else these pages do not exist.
 */
@Controller
class MeasureEditController {

	private static final String ID = "{id:[0-9a-f-]{36}}";

	private final Measures measures;
	private final SteeringAccess access;
	private final Region region;
	private final SiteSearch search;
	private final de.itas.platform.governance.Charter charter;

	MeasureEditController(Measures measures, SteeringAccess access, Region region, SiteSearch search,
			de.itas.platform.governance.Charter charter) {
		this.measures = measures;
		this.access = access;
		this.region = region;
		this.search = search;
		this.charter = charter;
	}

	private static PlatformUser me() {
		return CurrentUser.get().orElseThrow(NotFoundException::new);
	}

	// ---- create and edit

	@GetMapping("/steuerung/massnahmen/neu")
	String newMeasure(@RequestParam(name = "handlungsfeld", required = false) String field,
			@RequestParam(name = "oberhalb", required = false) String parent, Model model) {
		ActionFieldSummary actionField = fieldFor(field);
		MeasureView above = parent(parent, actionField);
		MeasureForm form = new MeasureForm();
		form.setLeadPartnerCode(above != null ? above.leadPartnerCode() : actionField.leadPartner().code());
		if (above != null && above.level() + 1 >= MeasureView.MAX_LEVEL) {
			form.setProgressMode(ProgressMode.ENTERED.name());
		}
		model.addAttribute("measureForm", form);
		return editPage(actionField, above, null, model);
	}

	@PostMapping("/steuerung/massnahmen/neu")
	String create(@RequestParam(name = "handlungsfeld", required = false) String field,
			@RequestParam(name = "oberhalb", required = false) String parent,
			@ModelAttribute("measureForm") MeasureForm form, BindingResult errors, Model model) {
		ActionFieldSummary actionField = fieldFor(field);
		MeasureView above = parent(parent, actionField);
		try {
			MeasureView created = measures.create(me(), actionField.code(), above == null ? null : above.id(),
					form.toDraft(), form.getComment());
			return "redirect:/massnahmen/" + created.id();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return editPage(actionField, above, null, model);
		}
	}

	@GetMapping("/steuerung/massnahmen/" + ID)
	String edit(@PathVariable UUID id, Model model) {
		MeasureView measure = measures.editable(me(), id);
		model.addAttribute("measureForm", MeasureForm.of(measure));
		return editPage(field(measure), null, measure, model);
	}

	@PostMapping("/steuerung/massnahmen/" + ID)
	String update(@PathVariable UUID id, @ModelAttribute("measureForm") MeasureForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		MeasureView measure = measures.editable(me(), id);
		try {
			measures.edit(me(), id, form.getVersion(), form.toDraft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/massnahmen/" + id;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return editPage(field(measure), null, measure, model);
		}
	}

	private String editPage(ActionFieldSummary field, @Nullable MeasureView parent, @Nullable MeasureView measure,
			Model model) {
		model.addAttribute("actionField", field);
		model.addAttribute("parent", parent);
		model.addAttribute("measure", measure);
		int level = measure != null ? measure.level() : parent == null ? 1 : parent.level() + 1;
		model.addAttribute("level", level);
		model.addAttribute("modes", level >= MeasureView.MAX_LEVEL ? List.of(ProgressMode.ENTERED)
				: List.of(ProgressMode.values()));
		model.addAttribute("partners", region.partners());
		model.addAttribute("districts", region.districts());
		model.addAttribute("targetGroups", MeasureTargetGroup.values());
		MeasuresController.names(region, model);
		return "governance/steering/measure-edit";
	}

	private ActionFieldSummary fieldFor(@Nullable String code) {
		if (code == null) {
			throw new NotFoundException();
		}
		ActionFieldSummary field = region.actionField(code).orElseThrow(NotFoundException::new);
		if (!access.edits(me(), field.code())) {
			throw new NotFoundException();
		}
		return field;
	}

	private @Nullable MeasureView parent(@Nullable String id, ActionFieldSummary field) {
		if (id == null || id.isBlank()) {
			return null;
		}
		UUID parentId = SteeringInput.id(id);
		if (parentId == null) {
			throw new NotFoundException();
		}
		MeasureView parent = measures.editable(me(), parentId);
		if (!parent.actionFieldCode().equals(field.code())) {
			throw new NotFoundException();
		}
		return parent;
	}

	private ActionFieldSummary field(MeasureView measure) {
		return region.actionField(measure.actionFieldCode()).orElseThrow(NotFoundException::new);
	}

	// ---- progress

	@GetMapping("/steuerung/massnahmen/" + ID + "/fortschritt")
	String progressForm(@PathVariable UUID id, Model model) {
		MeasureView measure = measures.editable(me(), id);
		model.addAttribute("progressForm", ProgressForm.of(measure));
		return progressPage(measure, model);
	}

	@PostMapping("/steuerung/massnahmen/" + ID + "/fortschritt")
	String progress(@PathVariable UUID id, @ModelAttribute("progressForm") ProgressForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		MeasureView measure = measures.editable(me(), id);
		List<FieldProblem> problems = new ArrayList<>();
		Integer progress = measure.progressMode().computed() ? null
				: SteeringInput.whole("progress", form.getProgress(), problems);
		MeasureStatus status = null;
		try {
			status = MeasureStatus.valueOf(form.getStatus());
		}
		catch (IllegalArgumentException ex) {
			// reported by the service as a missing status
		}
		try {
			FieldProblems.throwIfAny(problems);
			measures.progress(me(), id, form.getVersion(), progress, status, form.getComment());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/massnahmen/" + id;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return progressPage(measure, model);
		}
	}

	private String progressPage(MeasureView measure, Model model) {
		model.addAttribute("measure", measure);
		model.addAttribute("statuses", MeasureStatus.values());
		model.addAttribute("history", measures.details(measure.id(), me()).orElseThrow().history());
		return "governance/steering/progress";
	}

	// ---- milestones

	@GetMapping("/steuerung/massnahmen/" + ID + "/meilensteine")
	String milestones(@PathVariable UUID id, Model model) {
		MeasureView measure = measures.editable(me(), id);
		model.addAttribute("milestoneForm", new MilestoneForm());
		return milestonesPage(measure, model);
	}

	@PostMapping("/steuerung/massnahmen/" + ID + "/meilensteine")
	String addMilestone(@PathVariable UUID id, @ModelAttribute("milestoneForm") MilestoneForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		MeasureView measure = measures.editable(me(), id);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate due = SteeringInput.date("dueOn", form.getDueOn(), problems);
		LocalDate done = SteeringInput.date("doneOn", form.getDoneOn(), problems);
		try {
			FieldProblems.throwIfAny(problems);
			measures.addMilestone(me(), id, form.getTitle(), due, done);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/steuerung/massnahmen/" + id + "/meilensteine";
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return milestonesPage(measure, model);
		}
	}

	@PostMapping("/steuerung/massnahmen/" + ID + "/meilensteine/{milestoneId:[0-9a-f-]{36}}")
	String changeMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "dueOn", defaultValue = "") String dueOn,
			@RequestParam(name = "doneOn", defaultValue = "") String doneOn, Model model,
			RedirectAttributes redirect) {
		MeasureView measure = measures.editable(me(), id);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate due = SteeringInput.date("dueOn", dueOn, problems);
		LocalDate done = SteeringInput.date("doneOn", doneOn, problems);
		try {
			FieldProblems.throwIfAny(problems);
			measures.changeMilestone(me(), id, milestoneId, title, due, done);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/steuerung/massnahmen/" + id + "/meilensteine";
		}
		catch (FieldProblems ex) {
			model.addAttribute("milestoneForm", new MilestoneForm());
			model.addAttribute("refused", ex.problems().get(0).messageKey());
			model.addAttribute("refusedMilestone", milestoneId);
			return milestonesPage(measure, model);
		}
	}

	@PostMapping("/steuerung/massnahmen/" + ID + "/meilensteine/{milestoneId:[0-9a-f-]{36}}/loeschen")
	String deleteMilestone(@PathVariable UUID id, @PathVariable UUID milestoneId, RedirectAttributes redirect) {
		measures.deleteMilestone(me(), id, milestoneId);
		redirect.addFlashAttribute("removed", true);
		return "redirect:/steuerung/massnahmen/" + id + "/meilensteine";
	}

	private String milestonesPage(MeasureView measure, Model model) {
		model.addAttribute("measure", measure);
		List<MilestoneView> milestones = measures.details(measure.id(), me()).orElseThrow().milestones();
		model.addAttribute("milestones", milestones);
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
		return "governance/steering/milestones";
	}

	// ---- links

	@GetMapping("/steuerung/massnahmen/" + ID + "/verknuepfungen")
	String links(@PathVariable UUID id, @RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "typ", required = false) String type, Model model, Locale locale) {
		MeasureView measure = measures.editable(me(), id);
		return linksPage(measure, query, type, model, locale);
	}

	@PostMapping("/steuerung/massnahmen/" + ID + "/verknuepfungen/abschnitt")
	String linkSection(@PathVariable UUID id, @RequestParam(name = "sectionId", defaultValue = "") String sectionId,
			Model model, Locale locale, RedirectAttributes redirect) {
		MeasureView measure = measures.editable(me(), id);
		try {
			measures.linkSection(me(), id, SteeringInput.id(sectionId));
			redirect.addFlashAttribute("linked", true);
			return "redirect:/steuerung/massnahmen/" + id + "/verknuepfungen";
		}
		catch (FieldProblems ex) {
			model.addAttribute("refused", ex.problems().get(0).messageKey());
			return linksPage(measure, null, null, model, locale);
		}
	}

	@PostMapping("/steuerung/massnahmen/" + ID + "/verknuepfungen/eintrag")
	String linkItem(@PathVariable UUID id, @RequestParam(name = "kind", defaultValue = "") String kind,
			@RequestParam(name = "url", defaultValue = "") String url,
			@RequestParam(name = "title", defaultValue = "") String title,
			@RequestParam(name = "q", required = false) String query, Model model, Locale locale,
			RedirectAttributes redirect) {
		MeasureView measure = measures.editable(me(), id);
		try {
			measures.linkItem(me(), id, kind, url, title);
			redirect.addFlashAttribute("linked", true);
			return "redirect:/steuerung/massnahmen/" + id + "/verknuepfungen";
		}
		catch (FieldProblems ex) {
			model.addAttribute("refused", ex.problems().get(0).messageKey());
			return linksPage(measure, query, null, model, locale);
		}
	}

	@PostMapping("/steuerung/massnahmen/" + ID + "/verknuepfungen/{linkId:[0-9a-f-]{36}}/entfernen")
	String unlink(@PathVariable UUID id, @PathVariable UUID linkId, RedirectAttributes redirect) {
		measures.unlink(me(), id, linkId);
		redirect.addFlashAttribute("unlinked", true);
		return "redirect:/steuerung/massnahmen/" + id + "/verknuepfungen";
	}

	private String linksPage(MeasureView measure, @Nullable String query, @Nullable String type, Model model,
			Locale locale) {
		model.addAttribute("measure", measure);
		model.addAttribute("links", measures.details(measure.id(), me()).orElseThrow().links());
		VersionSummary version = measures.charterVersion().orElse(null);
		model.addAttribute("charterVersion", version);
		model.addAttribute("sections", version == null ? List.of() : charter.sections(version.id()));
		model.addAttribute("query", query == null ? "" : query);
		model.addAttribute("type", type == null ? "" : type);
		model.addAttribute("types", search.types()
			.stream()
			.filter(t -> !Measures.MEASURE_KIND.equals(t.type()))
			.toList());
		List<SiteSearchResult.Item> items = query == null || query.isBlank() ? null
				: search.search(query, type == null || type.isBlank() ? null : type, 0, SiteSearch.CANDIDATES, me(), locale)
					.items()
					.stream()
					.filter(item -> !Measures.MEASURE_KIND.equals(item.type()))
					.limit(SiteSearch.PAGE_SIZE)
					.toList();
		model.addAttribute("items", items);
		return "governance/steering/links";
	}

	// ---- delete

	@GetMapping("/steuerung/massnahmen/" + ID + "/loeschen")
	String confirmDelete(@PathVariable UUID id, Model model) {
		MeasureView measure = measures.editable(me(), id);
		return deletePage(measure, model);
	}

	@PostMapping("/steuerung/massnahmen/" + ID + "/loeschen")
	String delete(@PathVariable UUID id, @RequestParam(name = "version", defaultValue = "-1") long version,
			Model model, RedirectAttributes redirect) {
		MeasureView measure = measures.editable(me(), id);
		try {
			measures.delete(me(), id, version);
			redirect.addFlashAttribute("deleted", measure.title());
			return "redirect:/steuerung";
		}
		catch (FieldProblems ex) {
			model.addAttribute("refused", ex.problems().get(0).messageKey());
			return deletePage(measure, model);
		}
	}

	private String deletePage(MeasureView measure, Model model) {
		model.addAttribute("measure", measure);
		model.addAttribute("children", measures.details(measure.id(), me()).orElseThrow().children());
		return "governance/steering/delete";
	}

}
