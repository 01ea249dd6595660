package de.itas.platform.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import de.itas.platform.assessment.Checks;
import de.itas.platform.assessment.CompanyOverview;
import de.itas.platform.assessment.Horizon;
import de.itas.platform.assessment.NeedInput;
import de.itas.platform.assessment.QualificationNeeds;
import de.itas.platform.assessment.TrainingFormat;
import de.itas.platform.assessment.Urgency;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.skills.InvalidQueryException;
import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.SkillRequirement;

/**
 * Qualifizierungsbedarfe of one company: the list and the form. Occupation and skills are picked from the
 * taxonomy with search buttons inside the same form (what was entered stays), so the form works without
 * JavaScript and with any assistive technology.
 */
@Controller
@RequestMapping("/qualifizierungsbedarfe")
class NeedsController {

	static final String FORM = "need";
	static final int SEARCH_LIMIT = 12;

	private final QualificationNeeds needs;
	private final Checks checks;
	private final Occupations occupations;

	NeedsController(QualificationNeeds needs, Checks checks, Occupations occupations) {
		this.needs = needs;
		this.checks = checks;
		this.occupations = occupations;
	}

	@InitBinder(FORM)
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields(NeedForm.FIELDS.toArray(String[]::new));
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable UUID organisation, Model model) {
		List<CompanyOverview> companies = checks.companies();
		if (organisation == null) {
			if (companies.size() == 1) {
				return "redirect:/qualifizierungsbedarfe?organisation=" + companies.get(0).id();
			}
			model.addAttribute("companies", companies);
			return "assessment/needs-choose";
		}
		NeedForm form = new NeedForm();
		form.setOrganisation(organisation);
		addPage(model, organisation, form, companies);
		model.addAttribute(FORM, form);
		return "assessment/needs";
	}

	@PostMapping
	String submit(@ModelAttribute(FORM) NeedForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		UUID organisation = form.getOrganisation();
		if (organisation == null || !needs.mayWork(organisation)) {
			throw new NotFoundException();
		}
		if (!"save".equals(action)) {
			addPage(model, organisation, form, checks.companies());
			search(action, form, model);
			return "assessment/needs";
		}
		NeedInput input = form.toInput(errors);
		if (errors.hasErrors()) {
			// what did not parse is at its field already; the service's checks of the rest come in the same round
			FormErrors.reject(errors, needs.problems(organisation, input));
		}
		else {
			try {
				needs.record(organisation, input);
				redirect.addFlashAttribute("message", "assessment.needs.saved");
				return "redirect:/qualifizierungsbedarfe?organisation=" + organisation;
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		addPage(model, organisation, form, checks.companies());
		return "assessment/needs";
	}

	@PostMapping("/{id}/erledigt")
	String close(@PathVariable UUID id, @RequestParam UUID organisation, RedirectAttributes redirect) {
		needs.close(id);
		redirect.addFlashAttribute("message", "assessment.needs.closed");
		return "redirect:/qualifizierungsbedarfe?organisation=" + organisation;
	}

	private void search(String action, NeedForm form, Model model) {
		try {
			if ("search-occupation".equals(action) && !form.getOccupationQuery().isBlank()) {
				List<OccupationMatch> found = occupations.search(form.getOccupationQuery(), SEARCH_LIMIT);
				model.addAttribute("occupationResults", found);
				model.addAttribute("searched", "occupation");
			}
			if ("search-skills".equals(action) && !form.getSkillQuery().isBlank()) {
				List<SkillRequirement> found = occupations.searchSkills(form.getSkillQuery(), SEARCH_LIMIT)
					.stream()
					.filter(skill -> !form.getSkillUris().contains(skill.uri()))
					.toList();
				model.addAttribute("skillResults", found);
				model.addAttribute("searched", "skills");
			}
		}
		catch (InvalidQueryException ex) {
			model.addAttribute("searchError", true);
		}
	}

	private void addPage(Model model, UUID organisation, NeedForm form, List<CompanyOverview> companies) {
		CompanyOverview company = companies.stream()
			.filter(candidate -> candidate.id().equals(organisation))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		model.addAttribute("company", company);
		model.addAttribute("needs", needs.needsOf(organisation));
		model.addAttribute("horizons", Horizon.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("formatOptions", TrainingFormat.values());
		model.addAttribute("chosenOccupation",
				form.getOccupationUri().isBlank() ? null : occupations.summary(form.getOccupationUri()).orElse(null));
		Map<String, String> chosenSkills = new LinkedHashMap<>();
		for (String uri : new ArrayList<>(form.getSkillUris())) {
			occupations.skill(uri).ifPresent(skill -> chosenSkills.put(skill.uri(), skill.label()));
		}
		model.addAttribute("chosenSkills", chosenSkills);
		// the essential skills of the chosen occupation, offered for a quick pick
		model.addAttribute("suggestedSkills", form.getOccupationUri().isBlank() ? List.of()
				: occupations.occupation(form.getOccupationUri())
					.map(details -> details.skills()
						.stream()
						.filter(SkillRequirement::essential)
						.filter(skill -> !chosenSkills.containsKey(skill.uri()))
						.limit(SEARCH_LIMIT)
						.toList())
					.orElse(List.of()));
	}

}
