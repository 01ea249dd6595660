package de.itas.platform.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.helpdesk.BarrierReports;
import de.itas.platform.portal.ApiDocumentation;
import de.itas.platform.portal.PortalPagesSettings;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;

/**
 * The pages for everyone: easy language, sign language, the barrier report (a help-desk inquiry, without
 * sign-in) and the API documentation read from the OpenAPI description.
 */
@Controller
class PortalPagesController {

	private final BarrierReports barrierReports;
	private final ApiDocumentation apiDocumentation;
	private final PortalPagesSettings settings;

	PortalPagesController(BarrierReports barrierReports, ApiDocumentation apiDocumentation,
			PortalPagesSettings settings) {
		this.barrierReports = barrierReports;
		this.apiDocumentation = apiDocumentation;
		this.settings = settings;
	}

	@GetMapping("/leichte-sprache")
	String easyLanguage() {
		return "portal/pages/easy-language";
	}

	@GetMapping("/gebaerdensprache")
	String signLanguage(Model model) {
		model.addAttribute("settings", settings);
		return "portal/pages/sign-language";
	}

	/** The form, with the page the person came from filled in when a link passes it ({@code ?seite=}). */
	@GetMapping("/barrierefreiheit/barriere-melden")
	String barrierForm(@RequestParam(name = "seite", required = false) @Nullable String page, Model model) {
		BarrierReportForm form = new BarrierReportForm();
		if (page != null && page.startsWith("/") && !page.startsWith("//") && page.length() <= 500) {
			form.setPage(page);
		}
		model.addAttribute("barrierReportForm", form);
		return "portal/pages/barrier-report";
	}

	@PostMapping("/barrierefreiheit/barriere-melden")
	String reportBarrier(@ModelAttribute("barrierReportForm") BarrierReportForm form, BindingResult errors,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "portal/pages/barrier-report";
		}
		try {
			String caseNumber = barrierReports.report(form.toReport(), request.getRemoteAddr());
			redirect.addFlashAttribute("caseNumber", caseNumber);
			return "redirect:/barrierefreiheit/barriere-gemeldet";
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return "portal/pages/barrier-report";
		}
	}

	@GetMapping("/barrierefreiheit/barriere-gemeldet")
	String barrierReported() {
		return "portal/pages/barrier-reported";
	}

	@GetMapping("/api/dokumentation")
	String apiDocumentation(HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("api", apiDocumentation.overview(request, locale));
		model.addAttribute("jsonUrl", ApiDocumentation.JSON);
		return "portal/pages/api-documentation";
	}

}
