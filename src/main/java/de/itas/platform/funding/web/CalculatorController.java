package de.itas.platform.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.funding.FundingCalculator;
import de.itas.platform.funding.FundingResult;
import de.itas.platform.funding.ProgrammeResult.Status;
import de.itas.platform.shared.web.Htmx;

/**
 * The calculator page. The form is posted, not sent by GET, because it carries personal data (pay,
 * disability) that must not end up in URLs, logs and browser history; query parameters only pre-fill the
 * form (the example link, or a link from a course). htmx posts the same form and gets the calculator
 * fragment back; without JavaScript the page works as a plain form.
 */
@Controller
@RequestMapping("/foerderrechner")
class CalculatorController {

	static final String CALCULATION = "calculation";

	private final FundingCalculator calculator;
	private final Clock clock;

	CalculatorController(FundingCalculator calculator, Clock clock) {
		this.calculator = calculator;
		this.clock = clock;
	}

	@InitBinder(CALCULATION)
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields(CalculationForm.FIELDS.toArray(String[]::new));
	}

	/** The empty form, or one pre-filled from query parameters; nothing is calculated. */
	@GetMapping
	String form(@ModelAttribute(CALCULATION) CalculationForm form, Locale locale, Model model) {
		addPageModel(model, locale);
		return "funding/calculator";
	}

	@PostMapping
	String calculate(@ModelAttribute(CALCULATION) CalculationForm form, BindingResult errors, Locale locale,
			HttpServletRequest request, Model model) {
		form.validate(errors, today()).ifPresent(input -> {
			FundingResult result = calculator.calculate(input, locale);
			model.addAttribute("result", result);
			model.addAttribute("courseHours", input.courseHours());
			model.addAttribute("eligibleCount", count(result, Status.ELIGIBLE));
			model.addAttribute("toBeCheckedCount", count(result, Status.TO_BE_CHECKED));
		});
		model.addAttribute("htmx", Htmx.isHtmxRequest(request));
		addPageModel(model, locale);
		return Htmx.view(request, "funding/calculator", "calculator");
	}

	private void addPageModel(Model model, Locale locale) {
		model.addAttribute("programmes", calculator.programmes(today(), locale));
		model.addAttribute("exampleLink", exampleLink());
	}

	private String exampleLink() {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/foerderrechner");
		for (Map.Entry<String, String> entry : CalculationForm.example(today()).entrySet()) {
			if (!entry.getValue().isEmpty()) {
				link.queryParam(entry.getKey(), entry.getValue());
			}
		}
		return link.fragment("rechner").build().toUriString();
	}

	private static long count(FundingResult result, Status status) {
		return result.programmes().stream().filter(programme -> programme.status() == status).count();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
