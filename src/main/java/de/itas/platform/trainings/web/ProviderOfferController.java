package de.itas.platform.trainings.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.skills.InvalidQueryException;
import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.SkillRequirement;
import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.Labelled;
import de.itas.platform.trainings.OfferDetails;
import de.itas.platform.trainings.OfferDraft;
import de.itas.platform.trainings.OfferStatus;
import de.itas.platform.trainings.Offers;
import de.itas.platform.trainings.RunDetails;
import de.itas.platform.trainings.RunDraft;

/**
 * The provider area: the provider's offers, the offer editor with skill and occupation pickers over the
 * taxonomy, publishing and archiving, and the runs of an offer. Invalid input comes back with every
 * problem next to its field; a change based on an outdated version is refused with a message.
 */
@Controller
class ProviderOfferController {

	static final int PICKER_SIZE = 12;

	private final Offers offers;
	private final Occupations taxonomy;
	private final Region region;

	ProviderOfferController(Offers offers, Occupations taxonomy, Region region) {
		this.offers = offers;
		this.taxonomy = taxonomy;
		this.region = region;
	}

	@GetMapping("/anbieter/angebote")
	String list(Model model) {
		List<OrganisationSummary> providers = requireProvider();
		model.addAttribute("providers", providers);
		model.addAttribute("offers", offers.own());
		return "trainings/provider-offers";
	}

	@GetMapping("/anbieter/angebote/neu")
	String create(Model model) {
		List<OrganisationSummary> providers = requireProvider();
		OfferForm form = new OfferForm();
		form.setProviderId(providers.get(0).id().toString());
		model.addAttribute("offerForm", form);
		return editor(null, model);
	}

	@PostMapping("/anbieter/angebote/neu")
	String create(@ModelAttribute("offerForm") OfferForm form, BindingResult errors,
			@RequestParam(name = "search", required = false) @Nullable String search, Model model,
			RedirectAttributes redirect) {
		requireProvider();
		OfferDraft draft = form.toDraft(errors);
		if (search != null) {
			return editor(null, model);
		}
		if (errors.hasErrors()) {
			FormErrors.reject(errors, offers.check(draft));
			return editor(null, model);
		}
		try {
			long id = offers.create(uuid(form.getProviderId()), draft);
			redirect.addFlashAttribute("message", "trainings.editor.created");
			return "redirect:/anbieter/angebote/" + id;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return editor(null, model);
		}
	}

	@GetMapping("/anbieter/angebote/{id}")
	String edit(@PathVariable long id, Model model) {
		OfferDetails offer = offers.editable(id).orElseThrow(NotFoundException::new);
		model.addAttribute("offerForm", OfferForm.of(offer));
		return editor(offer, model);
	}

	@PostMapping("/anbieter/angebote/{id}")
	String save(@PathVariable long id, @ModelAttribute("offerForm") OfferForm form, BindingResult errors,
			@RequestParam(name = "search", required = false) @Nullable String search, Model model,
			RedirectAttributes redirect) {
		OfferDetails current = offers.editable(id).orElseThrow(NotFoundException::new);
		OfferDraft draft = form.toDraft(errors);
		if (search != null) {
			return editor(current, model);
		}
		if (errors.hasErrors()) {
			FormErrors.reject(errors, offers.check(current, draft));
			return editor(current, model);
		}
		try {
			offers.change(id, form.getVersion(), draft);
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return editor(current, model);
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("trainings.editor.conflict");
			return editor(current, model);
		}
		redirect.addFlashAttribute("message", "trainings.editor.saved");
		return "redirect:/anbieter/angebote/" + id;
	}

	@PostMapping("/anbieter/angebote/{id}/status")
	String status(@PathVariable long id, @RequestParam("status") String status, @RequestParam("version") long version,
			RedirectAttributes redirect) {
		OfferStatus target;
		try {
			target = OfferStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
		offers.editable(id).orElseThrow(NotFoundException::new);
		try {
			offers.changeStatus(id, version, target);
			redirect.addFlashAttribute("message", "trainings.editor.status-" + target.name().toLowerCase(Locale.ROOT));
		}
		catch (FieldProblems ex) {
			// a message key (the flash map lives in the session, which keeps only serialisable values)
			redirect.addFlashAttribute("statusProblem", ex.problems().get(0).messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("message", "trainings.editor.conflict");
		}
		return "redirect:/anbieter/angebote/" + id;
	}

	/** Skill or occupation suggestions for the pickers (htmx fragment; the form's search button without JS). */
	@GetMapping("/anbieter/taxonomie")
	String suggestions(@RequestParam(name = "skillQuery", required = false) @Nullable String skillQuery,
			@RequestParam(name = "occupationQuery", required = false) @Nullable String occupationQuery,
			HttpServletRequest request, Model model) {
		requireProvider();
		if (skillQuery != null) {
			model.addAttribute("skillMatches", skills(skillQuery));
			return "trainings/editor :: skillMatches";
		}
		model.addAttribute("occupationMatches", occupations(occupationQuery));
		return "trainings/editor :: occupationMatches";
	}

	@GetMapping("/anbieter/angebote/{id}/termine/neu")
	String newRun(@PathVariable long id, Model model) {
		OfferDetails offer = offers.editable(id).orElseThrow(NotFoundException::new);
		model.addAttribute("runForm", new RunForm());
		return runEditor(offer, null, model);
	}

	@PostMapping("/anbieter/angebote/{id}/termine/neu")
	String addRun(@PathVariable long id, @ModelAttribute("runForm") RunForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		OfferDetails offer = offers.editable(id).orElseThrow(NotFoundException::new);
		RunDraft draft = form.toDraft(errors);
		if (errors.hasErrors()) {
			FormErrors.reject(errors, offers.check(offer, draft));
			return runEditor(offer, null, model);
		}
		try {
			offers.addRun(id, draft);
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return runEditor(offer, null, model);
		}
		redirect.addFlashAttribute("message", "trainings.run.created");
		return "redirect:/anbieter/angebote/" + id;
	}

	@GetMapping("/anbieter/termine/{runId}")
	String editRun(@PathVariable long runId, Model model, RedirectAttributes redirect) {
		RunDetails run = offers.run(runId).orElseThrow(NotFoundException::new);
		OfferDetails offer = offers.editable(run.offerId()).orElseThrow(NotFoundException::new);
		if (run.cancelled()) {
			return cancelledRun(offer, redirect);
		}
		model.addAttribute("runForm", RunForm.of(run));
		return runEditor(offer, run, model);
	}

	@PostMapping("/anbieter/termine/{runId}")
	String saveRun(@PathVariable long runId, @ModelAttribute("runForm") RunForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		RunDetails run = offers.run(runId).orElseThrow(NotFoundException::new);
		OfferDetails offer = offers.editable(run.offerId()).orElseThrow(NotFoundException::new);
		if (run.cancelled()) {
			return cancelledRun(offer, redirect);
		}
		RunDraft draft = form.toDraft(errors);
		if (errors.hasErrors()) {
			FormErrors.reject(errors, offers.check(offer, draft));
			return runEditor(offer, run, model);
		}
		try {
			offers.changeRun(runId, form.getVersion(), draft);
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return runEditor(offer, run, model);
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("trainings.editor.conflict");
			return runEditor(offer, run, model);
		}
		redirect.addFlashAttribute("message", "trainings.run.saved");
		return "redirect:/anbieter/angebote/" + offer.id();
	}

	/** A cancelled run stays as its participants were told: back to the offer, with a message. */
	private static String cancelledRun(OfferDetails offer, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "trainings.run.cancelled-not-editable");
		return "redirect:/anbieter/angebote/" + offer.id();
	}

	private String editor(@Nullable OfferDetails offer, Model model) {
		OfferForm form = (OfferForm) model.getAttribute("offerForm");
		model.addAttribute("offer", offer);
		model.addAttribute("warnings", offer == null ? List.of() : offers.warnings(offer));
		model.addAttribute("publishProblems", offer == null ? List.of() : offers.publishProblems(offer));
		model.addAttribute("providers", offer == null ? requireProvider() : List.of());
		model.addAttribute("formats", Format.values());
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("chosenSkills", form.getSkillUris().stream()
			.filter(uri -> !uri.isBlank())
			.map(uri -> new Labelled(uri, taxonomy.skill(uri).map(SkillRequirement::label).orElse(uri)))
			.toList());
		model.addAttribute("chosenOccupations", form.getOccupationUris().stream()
			.filter(uri -> !uri.isBlank())
			.map(uri -> new Labelled(uri, taxonomy.summary(uri).map(summary -> summary.label()).orElse(uri)))
			.toList());
		model.addAttribute("skillMatches", skills(form.getSkillQuery()).stream()
			.filter(skill -> !form.getSkillUris().contains(skill.uri()))
			.toList());
		model.addAttribute("occupationMatches", occupations(form.getOccupationQuery()).stream()
			.filter(occupation -> !form.getOccupationUris().contains(occupation.uri()))
			.toList());
		model.addAttribute("today", java.time.LocalDate.now());
		return "trainings/editor";
	}

	private String runEditor(OfferDetails offer, @Nullable RunDetails run, Model model) {
		model.addAttribute("offer", offer);
		model.addAttribute("run", run);
		model.addAttribute("districts", region.districts());
		return "trainings/run-editor";
	}

	private List<SkillRequirement> skills(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		try {
			return taxonomy.searchSkills(query, PICKER_SIZE);
		}
		catch (InvalidQueryException ex) {
			return List.of();
		}
	}

	private List<OccupationMatch> occupations(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		try {
			return taxonomy.search(query, PICKER_SIZE);
		}
		catch (InvalidQueryException ex) {
			return List.of();
		}
	}

	private List<OrganisationSummary> requireProvider() {
		List<OrganisationSummary> providers = offers.providers();
		if (providers.isEmpty()) {
			throw new AccessDeniedException("Not acting for a training provider");
		}
		return providers;
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new AccessDeniedException("No provider " + id);
		}
	}

}
