package de.itas.platform.directory.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.directory.CompanyProfiles;
import de.itas.platform.directory.EditableProfile;
import de.itas.platform.directory.FieldGroup;
import de.itas.platform.directory.IndustryCodes;
import de.itas.platform.directory.LegalForm;
import de.itas.platform.directory.ProductGroup;
import de.itas.platform.directory.ProfileDetails;
import de.itas.platform.directory.ValueChainPosition;
import de.itas.platform.directory.Visibility;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/**
 * "Mein Unternehmen": the profile editor for a company's admins (and platform admins, who name the
 * company). A member without admin rights is sent to the profile page. An invalid form comes back with
 * every problem next to its field and everything typed kept; a stale version is refused with a clear
 * message instead of overwriting somebody else's changes.
 */
@Controller
@RequestMapping("/mein-unternehmen/profil")
class CompanyProfileController {

	private final CompanyProfiles profiles;
	private final IndustryCodes industryCodes;
	private final Region region;
	private final MessageSource messages;

	CompanyProfileController(CompanyProfiles profiles, IndustryCodes industryCodes, Region region,
			MessageSource messages) {
		this.profiles = profiles;
		this.industryCodes = industryCodes;
		this.region = region;
		this.messages = messages;
	}

	@GetMapping
	String edit(@RequestParam(name = "unternehmen", required = false) @Nullable String company, Model model,
			Locale locale) {
		if (company == null) {
			return chooseCompany(model);
		}
		UUID companyId = DirectoryController.uuid(company);
		EditableProfile profile = profiles.editable(companyId).orElseThrow(NotFoundException::new);
		model.addAttribute("profileForm", ProfileForm.of(profile));
		model.addAttribute("filledIn", profile.filledIn());
		return editorPage(companyId, profile.details().name(), model, locale);
	}

	@PostMapping
	String save(@RequestParam("unternehmen") String company, @ModelAttribute("profileForm") ProfileForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		UUID companyId = DirectoryController.uuid(company);
		EditableProfile current = profiles.editable(companyId).orElseThrow(NotFoundException::new);
		model.addAttribute("filledIn", current.filledIn());
		ProfileDetails details = form.toDetails();
		if (errors.hasErrors()) {
			// a number that is no number: show the other problems too, all at once
			FormErrors.reject(errors, profiles.check(details));
			return editorPage(companyId, current.details().name(), model, locale);
		}
		try {
			profiles.change(companyId, form.getVersion(), details);
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return editorPage(companyId, current.details().name(), model, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("directory.editor.conflict");
			return editorPage(companyId, current.details().name(), model, locale);
		}
		redirect.addFlashAttribute("message", "directory.editor.saved");
		return "redirect:/mein-unternehmen/profil?unternehmen=" + companyId;
	}

	/** One company to administer: its editor; only membership in one company: its profile; else a choice. */
	private String chooseCompany(Model model) {
		List<OrganisationSummary> administered = profiles.administeredCompanies();
		if (administered.size() == 1) {
			return "redirect:/mein-unternehmen/profil?unternehmen=" + administered.get(0).id();
		}
		List<OrganisationSummary> own = profiles.ownCompanies();
		boolean admin = CurrentUser.roles().contains(Role.ADMIN);
		if (administered.isEmpty() && own.size() == 1 && !admin) {
			return "redirect:/unternehmen/" + own.get(0).id();
		}
		if (own.isEmpty() && !admin) {
			throw new AccessDeniedException("Not a member of any company");
		}
		model.addAttribute("administered", administered);
		model.addAttribute("memberOnly", own.stream().filter(company -> !administered.contains(company)).toList());
		model.addAttribute("admin", admin);
		return "directory/choose-company";
	}

	private String editorPage(UUID companyId, @Nullable String name, Model model, Locale locale) {
		ProfileForm form = (ProfileForm) model.getAttribute("profileForm");
		model.addAttribute("companyId", companyId);
		model.addAttribute("companyName", name);
		model.addAttribute("districts", region.districts());
		model.addAttribute("legalForms", Choice.of(LegalForm.values(), messages, locale));
		model.addAttribute("positions", Choice.of(ValueChainPosition.values(), messages, locale));
		model.addAttribute("productGroups", ProductGroup.values());
		model.addAttribute("visibilities", Choice.of(Visibility.values(), messages, locale));
		model.addAttribute("groups", FieldGroup.values());
		model.addAttribute("industry", Optional.ofNullable(form)
			.map(ProfileForm::getIndustryCode)
			.filter(code -> !code.isBlank())
			.flatMap(code -> industryCodes.code(code.strip()))
			.orElse(null));
		return "directory/editor";
	}

}
