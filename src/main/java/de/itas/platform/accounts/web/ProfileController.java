package de.itas.platform.accounts.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.Accounts;
import de.itas.platform.accounts.ContactPreference;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.PersonProfiles;
import de.itas.platform.accounts.Retraining;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.NotFoundException;

/** A person's own profile, and the view of it for advisors the person has contacted. */
@Controller
class ProfileController {

	private final PersonProfiles profiles;
	private final Organisations organisations;
	private final Accounts accounts;
	private final Region region;

	ProfileController(PersonProfiles profiles, Organisations organisations, Accounts accounts, Region region) {
		this.profiles = profiles;
		this.organisations = organisations;
		this.accounts = accounts;
		this.region = region;
	}

	@GetMapping("/mein-profil")
	String profile(Model model) {
		model.addAttribute("form", ProfileForm.of(profiles.own(CurrentUser.get().orElseThrow().id())));
		return profilePage(model);
	}

	@PostMapping("/mein-profil")
	String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.getDistrictCode().isBlank() && region.district(form.getDistrictCode()).isEmpty()) {
			errors.rejectValue("districtCode", "accounts.register.district.invalid");
		}
		if (!form.getEmployer().isBlank() && !isCompany(form.getEmployer())) {
			errors.rejectValue("employer", "accounts.profile.employer.invalid");
		}
		if (errors.hasErrors()) {
			return profilePage(model);
		}
		try {
			profiles.change(CurrentUser.get().orElseThrow().id(), form.getVersion(), form.toDetails());
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("accounts.profile.conflict");
			return profilePage(model);
		}
		redirect.addFlashAttribute("message", "accounts.profile.saved");
		return "redirect:/mein-profil";
	}

	private boolean isCompany(String id) {
		try {
			return organisations.organisation(UUID.fromString(id))
				.filter(organisation -> organisation.kind() == OrganisationKind.COMPANY)
				.isPresent();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private String profilePage(Model model) {
		model.addAttribute("districts", region.districts());
		model.addAttribute("companies", organisations.organisations(OrganisationKind.COMPANY));
		model.addAttribute("retrainingOptions", Retraining.values());
		model.addAttribute("contactOptions", ContactPreference.values());
		return "accounts/profile";
	}

	@GetMapping("/beratung/personen")
	@PreAuthorize("hasRole('ADVISOR')")
	String contacts(Model model) {
		model.addAttribute("people", profiles.contactsOf(CurrentUser.get().orElseThrow().id())
			.stream()
			.map(accounts::account)
			.flatMap(java.util.Optional::stream)
			.toList());
		return "accounts/contacts";
	}

	@GetMapping("/beratung/personen/{id}")
	@PreAuthorize("hasRole('ADVISOR')")
	String person(@PathVariable UUID id, Model model) {
		PersonProfiles.PersonView person = profiles.forAdvisor(id).orElseThrow(NotFoundException::new);
		model.addAttribute("person", person);
		model.addAttribute("district", person.profile().districtCode() == null ? null
				: region.district(person.profile().districtCode()).map(d -> d.name()).orElse(null));
		model.addAttribute("employer", person.profile().employerOrganisationId() == null ? null
				: organisations.organisation(person.profile().employerOrganisationId())
					.map(OrganisationSummary::name)
					.orElse(null));
		return "accounts/person";
	}

}
