package de.itas.platform.governance.web;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.governance.Charter;
import de.itas.platform.governance.CharterImport;
import de.itas.platform.governance.EditConflictException;
import de.itas.platform.governance.Phase;
import de.itas.platform.governance.SectionView;
import de.itas.platform.governance.SurveyCitations;
import de.itas.platform.governance.UnknownCharterException;
import de.itas.platform.governance.VersionStatus;
import de.itas.platform.governance.VersionSummary;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Markdown;

/**
 * The coordination's charter work: versions (next version, import, consultation period, adoption) and the
 * editor of a draft's sections with preview and conflict handling.
 */
@Controller
@RequestMapping("/charta/verwaltung")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CharterAdminController {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final Charter charter;
	private final CharterImport imports;
	private final SurveyCitations citations;

	CharterAdminController(Charter charter, CharterImport imports, SurveyCitations citations) {
		this.charter = charter;
		this.imports = imports;
		this.citations = citations;
	}

	@GetMapping
	String overview(Model model) {
		if (!model.containsAttribute("versionForm")) {
			CharterForms.VersionForm form = new CharterForms.VersionForm();
			charter.current().ifPresent(c -> form.setBase(c.number()));
			model.addAttribute("versionForm", form);
		}
		model.addAttribute("versions", charter.versions());
		model.addAttribute("phases", Phase.values());
		model.addAttribute("adopted",
				charter.versions().stream().filter(v -> v.status() == VersionStatus.ADOPTED).toList());
		return "governance/admin/versions";
	}

	@PostMapping("/neu")
	String next(@ModelAttribute("versionForm") CharterForms.VersionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			VersionSummary created = charter.createNextVersion(nonNull(form.getBase()), nonNull(form.getNumber()),
					nonNull(form.getTitle()), form.getPhase() == null ? Phase.CONSOLIDATION : form.getPhase(), me());
			redirect.addFlashAttribute("message", "governance.admin.created");
			return "redirect:/charta/verwaltung/" + created.number();
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return overview(model);
		}
		catch (UnknownCharterException unknown) {
			errors.rejectValue("base", "governance.version.base-not-adopted", new Object[] { form.getBase() }, null);
			return overview(model);
		}
	}

	@GetMapping("/import")
	String importPage(Model model) {
		if (!model.containsAttribute("importForm")) {
			model.addAttribute("importForm", new CharterForms.VersionForm());
		}
		model.addAttribute("phases", Phase.values());
		return "governance/admin/import";
	}

	@PostMapping("/import")
	String importVersion(@ModelAttribute("importForm") CharterForms.VersionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		try {
			VersionSummary created = imports.importVersion(nonNull(form.getNumber()), nonNull(form.getTitle()),
					form.getPhase() == null ? Phase.DRAFTING : form.getPhase(), nonNull(form.getText()), form.getBase(),
					me());
			redirect.addFlashAttribute("message", "governance.admin.imported");
			return "redirect:/charta/verwaltung/" + created.number();
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return importPage(model);
		}
	}

	@PostMapping("/{number}/konsultation")
	String consultation(@PathVariable String number, @ModelAttribute("periodForm") CharterForms.PeriodForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		VersionSummary version = version(number);
		if (form.getFrom() == null) {
			errors.rejectValue("from", "governance.consultation.period.from-required");
		}
		if (form.getTo() == null) {
			errors.rejectValue("to", "governance.consultation.period.to-required");
		}
		if (!errors.hasErrors()) {
			try {
				charter.startConsultation(version.id(), form.getFrom().atZone(BERLIN).toInstant(),
						form.getTo().atZone(BERLIN).toInstant());
				redirect.addFlashAttribute("message", "governance.admin.consultation-started");
				return "redirect:/charta/verwaltung/" + number;
			}
			catch (FieldProblems refused) {
				FormErrors.reject(errors, refused);
			}
		}
		model.addAttribute("periodNumber", number);
		return editor(number, model);
	}

	@PostMapping("/{number}/entwurf")
	String backToDraft(@PathVariable String number, RedirectAttributes redirect) {
		charter.backToDraft(version(number).id());
		redirect.addFlashAttribute("message", "governance.admin.back-to-draft");
		return "redirect:/charta/verwaltung/" + number;
	}

	@PostMapping("/{number}/beschluss")
	String adopt(@PathVariable String number, @ModelAttribute("adoptForm") CharterForms.AdoptForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		VersionSummary version = version(number);
		if (form.getOn() == null) {
			errors.rejectValue("on", "governance.adopt.date-required");
		}
		if (!form.isConfirmed()) {
			errors.rejectValue("confirmed", "governance.adopt.confirm-required");
		}
		if (!errors.hasErrors()) {
			try {
				charter.adopt(version.id(), form.getOn());
				redirect.addFlashAttribute("message", "governance.admin.adopted");
				return "redirect:/charta/" + number;
			}
			catch (FieldProblems refused) {
				FormErrors.reject(errors, refused);
			}
		}
		return editor(number, model);
	}

	@GetMapping("/{number}")
	String editor(@PathVariable String number, Model model) {
		VersionSummary version = version(number);
		List<SectionView> sections = charter.sections(version.id());
		model.addAttribute("version", version);
		model.addAttribute("sections", sections);
		model.addAttribute("mains", sections.stream().filter(s -> s.level() == 1).toList());
		model.addAttribute("anchors", charter.anchors());
		if (!model.containsAttribute("sectionForm")) {
			model.addAttribute("sectionForm", new CharterForms.SectionForm());
		}
		if (!model.containsAttribute("periodForm")) {
			model.addAttribute("periodForm", new CharterForms.PeriodForm());
		}
		if (!model.containsAttribute("adoptForm")) {
			CharterForms.AdoptForm adopt = new CharterForms.AdoptForm();
			adopt.setOn(LocalDate.now(BERLIN));
			model.addAttribute("adoptForm", adopt);
		}
		return "governance/admin/editor";
	}

	@PostMapping("/{number}/abschnitte")
	String add(@PathVariable String number, @ModelAttribute("sectionForm") CharterForms.SectionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		VersionSummary version = version(number);
		try {
			SectionView added = charter.addSection(version.id(), section(form.getParent(), "parent"),
					nonNull(form.getHeading()), nonNull(form.getBody()), section(form.getSource(), "source"), me());
			redirect.addFlashAttribute("message", "governance.admin.section-added");
			return "redirect:/charta/verwaltung/" + number + "#s-" + added.sectionId();
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return editor(number, model);
		}
	}

	@GetMapping("/{number}/abschnitte/{section}")
	String edit(@PathVariable String number, @PathVariable UUID section, Model model) {
		VersionSummary version = version(number);
		SectionView current = charter.section(version.id(), section).orElseThrow(() -> new UnknownCharterException(number));
		CharterForms.SectionForm form = new CharterForms.SectionForm();
		form.setHeading(current.heading());
		form.setBody(current.body());
		form.setRevision(current.revision());
		model.addAttribute("sectionForm", form);
		return section(version, current, model);
	}

	@PostMapping("/{number}/abschnitte/{section}")
	String save(@PathVariable String number, @PathVariable UUID section,
			@ModelAttribute("sectionForm") CharterForms.SectionForm form, BindingResult errors,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		VersionSummary version = version(number);
		SectionView current = charter.section(version.id(), section).orElseThrow(() -> new UnknownCharterException(number));
		if ("preview".equals(action)) {
			model.addAttribute("preview", Markdown.toSafeHtml(nonNull(form.getBody())));
			return section(version, current, model);
		}
		try {
			charter.editSection(version.id(), section, nonNull(form.getHeading()), nonNull(form.getBody()),
					form.getRevision(), me());
			redirect.addFlashAttribute("message", "governance.admin.section-saved");
			return "redirect:/charta/verwaltung/" + number + "#s-" + section;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return section(version, current, model);
		}
		catch (EditConflictException conflict) {
			errors.reject("governance.section.conflict");
			form.setRevision(conflict.current().revision());
			model.addAttribute("conflict", conflict.current());
			model.addAttribute("conflictHtml", conflict.current().html());
			return section(version, conflict.current(), model);
		}
	}

	@PostMapping("/{number}/abschnitte/{section}/verschieben")
	String move(@PathVariable String number, @PathVariable UUID section, @RequestParam("richtung") String direction,
			RedirectAttributes redirect) {
		VersionSummary version = version(number);
		SectionView current = charter.section(version.id(), section).orElseThrow(() -> new UnknownCharterException(number));
		List<SectionView> siblings = charter.sections(version.id())
			.stream()
			.filter(s -> java.util.Objects.equals(s.parentSectionId(), current.parentSectionId()))
			.toList();
		int index = siblings.indexOf(current);
		charter.moveSection(version.id(), section, current.parentSectionId(), "hoch".equals(direction) ? index - 1 : index + 1);
		redirect.addFlashAttribute("message", "governance.admin.section-moved");
		return "redirect:/charta/verwaltung/" + number + "#s-" + section;
	}

	@PostMapping("/{number}/abschnitte/{section}/loeschen")
	String remove(@PathVariable String number, @PathVariable UUID section,
			@RequestParam(name = "bestaetigt", defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect) {
		VersionSummary version = version(number);
		if (!confirmed) {
			model.addAttribute("version", version);
			model.addAttribute("section",
					charter.section(version.id(), section).orElseThrow(() -> new UnknownCharterException(number)));
			return "governance/admin/confirm-remove";
		}
		try {
			charter.removeSection(version.id(), section);
			redirect.addFlashAttribute("message", "governance.admin.section-removed");
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0));
		}
		return "redirect:/charta/verwaltung/" + number;
	}

	@PostMapping("/{number}/abschnitte/{section}/zusammenfuehren")
	String merge(@PathVariable String number, @PathVariable UUID section, @RequestParam("mit") UUID other,
			RedirectAttributes redirect) {
		VersionSummary version = version(number);
		try {
			charter.mergeSections(version.id(), section, List.of(other), me());
			redirect.addFlashAttribute("message", "governance.admin.section-merged");
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0));
		}
		return "redirect:/charta/verwaltung/" + number + "#s-" + section;
	}

	/** Names a survey result as a reason for the section; it then shows in the section's provenance. */
	@PostMapping("/{number}/abschnitte/{section}/umfrage")
	String cite(@PathVariable String number, @PathVariable UUID section,
			@ModelAttribute("citationForm") CharterForms.CitationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		VersionSummary version = version(number);
		SectionView current = charter.section(version.id(), section).orElseThrow(() -> new UnknownCharterException(number));
		try {
			if (form.getSurvey() == null) {
				throw FieldProblems.of("survey", "governance.citation.survey.required");
			}
			citations.cite(version.id(), section, form.getSurvey(), nonNull(form.getQuestion()), nonNull(form.getFinding()),
					me());
			redirect.addFlashAttribute("message", "governance.admin.citation-saved");
			return "redirect:/charta/verwaltung/" + number + "/abschnitte/" + section;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			CharterForms.SectionForm sectionForm = new CharterForms.SectionForm();
			sectionForm.setHeading(current.heading());
			sectionForm.setBody(current.body());
			sectionForm.setRevision(current.revision());
			model.addAttribute("sectionForm", sectionForm);
			return section(version, current, model);
		}
	}

	private String section(VersionSummary version, SectionView current, Model model) {
		if (!model.containsAttribute("citationForm")) {
			model.addAttribute("citationForm", new CharterForms.CitationForm());
		}
		model.addAttribute("citable", citations.citable());
		model.addAttribute("version", version);
		model.addAttribute("section", current);
		model.addAttribute("anchor", charter.anchors().get(current.sectionId()));
		return "governance/admin/section";
	}

	private VersionSummary version(String number) {
		return charter.version(number).orElseThrow(() -> new UnknownCharterException(number));
	}

	private static UUID me() {
		return CurrentUser.get().orElseThrow().id();
	}

	private static String nonNull(@org.jspecify.annotations.Nullable String value) {
		return value == null ? "" : value;
	}

	private static @org.jspecify.annotations.Nullable UUID section(@org.jspecify.annotations.Nullable String id,
			String field) {
		if (id == null || id.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw FieldProblems.of(field, "parent".equals(field) ? "governance.section.parent.level"
					: "governance.section.source.unknown");
		}
	}

}
