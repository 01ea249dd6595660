package de.itas.platform.accounts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.region.Region;

/** Platform admins create partner and provider organisations (and companies) and reach their members. */
@Controller
@RequestMapping("/admin/organisationen")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationAdminController {

	private final Organisations organisations;
	private final Region region;

	OrganisationAdminController(Organisations organisations, Region region) {
		this.organisations = organisations;
		this.region = region;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new OrganisationForm());
		return listPage(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.getDistrictCode().isBlank() && region.district(form.getDistrictCode()).isEmpty()) {
			errors.rejectValue("districtCode", "accounts.register.district.invalid");
		}
		if (!form.getPartnerCode().isBlank() && region.partner(form.getPartnerCode()).isEmpty()) {
			errors.rejectValue("partnerCode", "accounts.organisations.partner.invalid");
		}
		if (errors.hasErrors()) {
			return listPage(model);
		}
		OrganisationSummary created = organisations.create(form.getName().trim(), form.getKind(),
				form.getDistrictCode().isBlank() ? null : form.getDistrictCode(),
				form.getPartnerCode().isBlank() ? null : form.getPartnerCode());
		redirect.addFlashAttribute("message", "accounts.organisations.created");
		return "redirect:/organisationen/" + created.id() + "/mitglieder";
	}

	private String listPage(Model model) {
		model.addAttribute("partners", organisations.organisations(OrganisationKind.PARTNER));
		model.addAttribute("providers", organisations.organisations(OrganisationKind.PROVIDER));
		model.addAttribute("companies", organisations.organisations(OrganisationKind.COMPANY));
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("regionPartners", region.partners());
		return "accounts/organisations";
	}

	/** Form to create an organisation. */
	static class OrganisationForm {

		@NotBlank(message = "{common.validation.required}")
		@Size(max = 200, message = "{common.validation.max-length}")
		private String name = "";

		@NotNull(message = "{common.validation.required}")
		private OrganisationKind kind = OrganisationKind.PROVIDER;

		private String districtCode = "";

		private String partnerCode = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public OrganisationKind getKind() {
			return kind;
		}

		public void setKind(OrganisationKind kind) {
			this.kind = kind;
		}

		public String getDistrictCode() {
			return districtCode;
		}

		public void setDistrictCode(String districtCode) {
			this.districtCode = districtCode == null ? "" : districtCode;
		}

		public String getPartnerCode() {
			return partnerCode;
		}

		public void setPartnerCode(String partnerCode) {
			this.partnerCode = partnerCode == null ? "" : partnerCode;
		}

	}

}
