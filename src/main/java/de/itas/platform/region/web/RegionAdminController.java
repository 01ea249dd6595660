package de.itas.platform.region.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.region.DistrictKind;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.NotFoundException;

/**
 * Admin pages to edit the region's records. A form keeps what was typed when it is invalid or when
 * somebody else saved the record meanwhile.
 */
@Controller
@RequestMapping("/admin/region")
@PreAuthorize("hasRole('ADMIN')")
class RegionAdminController {

	private static final String SAVED = "region.admin.saved";

	private final Region region;

	RegionAdminController(Region region) {
		this.region = region;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("districts", region.districts());
		model.addAttribute("partners", region.partners());
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("helpDesks", region.helpDesks(null, null));
		return "region/admin/overview";
	}

	@GetMapping("/landkreise/{code}")
	String editDistrict(@PathVariable String code, Model model) {
		model.addAttribute("form", DistrictForm.of(region.district(code).orElseThrow(NotFoundException::new)));
		return districtPage(code, model);
	}

	@PostMapping("/landkreise/{code}")
	String saveDistrict(@PathVariable String code, @Valid @ModelAttribute("form") DistrictForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		region.district(code).orElseThrow(NotFoundException::new);
		if (errors.hasErrors()) {
			return districtPage(code, model);
		}
		return saved(() -> region.changeDistrict(code, form.getVersion(), form.getName().trim(), form.getSeat().trim(),
				form.getKind()), errors, redirect, () -> districtPage(code, model));
	}

	/**
	 * Runs the change and answers the redirect to the overview with a confirmation, or the form again with
	 * what was typed when somebody else saved the record meanwhile.
	 */
	private static String saved(Runnable change, BindingResult errors, RedirectAttributes redirect,
			java.util.function.Supplier<String> formAgain) {
		try {
			change.run();
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("region.admin.conflict");
			return formAgain.get();
		}
		redirect.addFlashAttribute("message", SAVED);
		return "redirect:/admin/region";
	}

	private String districtPage(String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("kinds", DistrictKind.values());
		return "region/admin/district";
	}

	@GetMapping("/partner/{code}")
	String editPartner(@PathVariable String code, Model model) {
		model.addAttribute("form", PartnerForm.of(region.partner(code).orElseThrow(NotFoundException::new)));
		return partnerPage(code, model);
	}

	@PostMapping("/partner/{code}")
	String savePartner(@PathVariable String code, @Valid @ModelAttribute("form") PartnerForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		region.partner(code).orElseThrow(NotFoundException::new);
		if (errors.hasErrors()) {
			return partnerPage(code, model);
		}
		return saved(() -> region.changePartner(code, form.getVersion(), form.toDetails()), errors, redirect,
				() -> partnerPage(code, model));
	}

	private String partnerPage(String code, Model model) {
		model.addAttribute("code", code);
		return "region/admin/partner";
	}

	@GetMapping("/handlungsfelder/{code}")
	String editActionField(@PathVariable String code, Model model) {
		model.addAttribute("form", ActionFieldForm.of(region.actionField(code).orElseThrow(NotFoundException::new)));
		return actionFieldPage(code, model);
	}

	@PostMapping("/handlungsfelder/{code}")
	String saveActionField(@PathVariable String code, @Valid @ModelAttribute("form") ActionFieldForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		region.actionField(code).orElseThrow(NotFoundException::new);
		if (region.partner(form.getLeadPartnerCode()).isEmpty()) {
			errors.rejectValue("leadPartnerCode", "region.admin.unknown-partner");
		}
		if (errors.hasErrors()) {
			return actionFieldPage(code, model);
		}
		return saved(() -> region.changeActionField(code, form.getVersion(), form.toDetails()), errors, redirect,
				() -> actionFieldPage(code, model));
	}

	private String actionFieldPage(String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("partners", region.partners());
		return "region/admin/action-field";
	}

	@GetMapping("/anlaufstellen/{code}")
	String editHelpDesk(@PathVariable String code, Model model) {
		model.addAttribute("form", HelpDeskForm.of(region.helpDesk(code).orElseThrow(NotFoundException::new)));
		return helpDeskPage(code, model);
	}

	@PostMapping("/anlaufstellen/{code}")
	String saveHelpDesk(@PathVariable String code, @Valid @ModelAttribute("form") HelpDeskForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		region.helpDesk(code).orElseThrow(NotFoundException::new);
		if (region.partner(form.getPartnerCode()).isEmpty()) {
			errors.rejectValue("partnerCode", "region.admin.unknown-partner");
		}
		if (region.district(form.getDistrictCode()).isEmpty()) {
			errors.rejectValue("districtCode", "region.admin.unknown-district");
		}
		if (errors.hasErrors()) {
			return helpDeskPage(code, model);
		}
		return saved(() -> region.changeHelpDesk(code, form.getVersion(), form.toDetails()), errors, redirect,
				() -> helpDeskPage(code, model));
	}

	private String helpDeskPage(String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("partners", region.partners());
		model.addAttribute("districts", region.districts());
		return "region/admin/help-desk";
	}

}
