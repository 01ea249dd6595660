package de.itas.platform.assessment.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import de.itas.platform.assessment.QualificationNeeds;
import de.itas.platform.assessment.CheckDetails;
import de.itas.platform.assessment.CheckReports;
import de.itas.platform.assessment.CheckResult;
import de.itas.platform.assessment.CheckSummary;
import de.itas.platform.assessment.Checks;
import de.itas.platform.assessment.IncompleteCheckException;
import de.itas.platform.assessment.HistoryPoint;
import de.itas.platform.assessment.Light;
import de.itas.platform.assessment.Questionnaire;
import de.itas.platform.shared.search.RelatedContents;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The Transformationscheck pages: the overview of the person's companies and checks, one page per step
 * (dimension) that saves on every move, the completion, the result with comparison and development, the PDF
 * report and the method page. Plain forms with redirects: everything works without JavaScript.
 */
@Controller
@RequestMapping("/transformationscheck")
class CheckController {

	static final String ANSWER_PREFIX = "q.";

	private final Checks checks;
	private final CheckReports reports;
	private final QualificationNeeds needs;
	private final RelatedContents relatedContents;

	/** How many learning contents the result suggests. */
	static final int RELATED = 5;

	CheckController(Checks checks, CheckReports reports, QualificationNeeds needs, RelatedContents relatedContents) {
		this.checks = checks;
		this.reports = reports;
		this.needs = needs;
		this.relatedContents = relatedContents;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("companies", checks.companies());
		return "assessment/overview";
	}

	@GetMapping("/methode")
	String method(Model model) {
		model.addAttribute("questionnaire", checks.currentQuestionnaire());
		model.addAttribute("greenFrom", Light.GREEN_FROM);
		model.addAttribute("yellowFrom", Light.YELLOW_FROM);
		return "assessment/method";
	}

	@PostMapping("/start")
	String start(@RequestParam UUID organisation) {
		CheckSummary check = checks.start(organisation);
		return "redirect:/transformationscheck/" + check.id() + "/schritt/" + (Math.min(check.currentStep(),
				checks.details(check.id()).orElseThrow().questionnaire().dimensions().size() - 1) + 1);
	}

	@PostMapping("/einwilligung")
	String consent(@RequestParam UUID organisation, @RequestParam boolean grant, RedirectAttributes redirect) {
		if (grant) {
			checks.grantAdvisorConsent(organisation);
			redirect.addFlashAttribute("message", "assessment.overview.consent.granted");
		}
		else {
			checks.withdrawAdvisorConsent(organisation);
			redirect.addFlashAttribute("message", "assessment.overview.consent.withdrawn");
		}
		return "redirect:/transformationscheck";
	}

	@GetMapping("/{id}/schritt/{step}")
	String step(@PathVariable UUID id, @PathVariable int step, Model model) {
		CheckDetails details = openCheck(id);
		if (details.check().completed()) {
			return "redirect:/transformationscheck/" + id;
		}
		addStep(model, details, step, List.of());
		return "assessment/step";
	}

	@PostMapping("/{id}/schritt/{step}")
	String saveStep(@PathVariable UUID id, @PathVariable int step, @RequestParam Map<String, String> parameters,
			@RequestParam(defaultValue = "next") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CheckDetails details = openCheck(id);
		if (details.check().completed()) {
			return "redirect:/transformationscheck/" + id;
		}
		int steps = details.questionnaire().dimensions().size();
		checkStep(step, steps);
		Map<String, String> answers = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(ANSWER_PREFIX)) {
				answers.put(name.substring(ANSWER_PREFIX.length()), value);
			}
		});
		int next = switch (action) {
			case "back" -> Math.max(1, step - 1);
			case "pause" -> step;
			default -> action.startsWith("step-") ? target(action, step, steps) : step + 1;
		};
		try {
			checks.saveStep(id, step - 1, answers, next - 1);
		}
		catch (FieldProblems ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			addStep(model, new CheckDetails(details.check(), details.organisationName(), details.questionnaire(),
					merge(details.answers(), answers)), step, ex.fields());
			return "assessment/step";
		}
		if ("pause".equals(action)) {
			redirect.addFlashAttribute("message", "assessment.step.paused");
			return "redirect:/transformationscheck";
		}
		if (next > steps) {
			return "redirect:/transformationscheck/" + id + "/abschluss";
		}
		return "redirect:/transformationscheck/" + id + "/schritt/" + next;
	}

	@GetMapping("/{id}/abschluss")
	String summary(@PathVariable UUID id, Model model) {
		CheckDetails details = openCheck(id);
		if (details.check().completed()) {
			return "redirect:/transformationscheck/" + id;
		}
		model.addAttribute("details", details);
		return "assessment/summary";
	}

	@PostMapping("/{id}/abschluss")
	String complete(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CheckDetails details = openCheck(id);
		try {
			checks.complete(id);
		}
		catch (IncompleteCheckException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("details", details);
			model.addAttribute("incomplete", true);
			return "assessment/summary";
		}
		redirect.addFlashAttribute("message", "assessment.result.completed");
		return "redirect:/transformationscheck/" + id;
	}

	@GetMapping("/{id}")
	String result(@PathVariable UUID id, Model model, Locale locale) {
		CheckDetails details = openCheck(id);
		if (!details.check().completed()) {
			int steps = details.questionnaire().dimensions().size();
			return details.check().currentStep() >= steps ? "redirect:/transformationscheck/" + id + "/abschluss"
					: "redirect:/transformationscheck/" + id + "/schritt/" + (details.check().currentStep() + 1);
		}
		CheckResult result = checks.result(id).orElseThrow(NotFoundException::new);
		model.addAttribute("result", result);
		// learning contents for the skills of the company's open qualification needs, from whichever module offers them
		model.addAttribute("related", relatedContents.related(
				List.copyOf(needs.skillsNeededBy(details.check().organisationId())), List.of(), RELATED, locale));
		model.addAttribute("comparison", checks.comparison(id).orElseThrow(NotFoundException::new));
		List<HistoryPoint> history = checks.history(details.check().organisationId());
		model.addAttribute("history", history);
		addChart(model, result, history, locale);
		return "assessment/result";
	}

	@GetMapping("/{id}/bericht.pdf")
	ResponseEntity<byte[]> report(@PathVariable UUID id, Locale locale) {
		byte[] pdf = reports.pdf(id, locale).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("transformationscheck-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	/** The chart's data as attributes: dates, one series per dimension, values per series ("-" for none). */
	private static void addChart(Model model, CheckResult result, List<HistoryPoint> history, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.of("Europe/Berlin"));
		model.addAttribute("chartLabels",
				history.stream().map(point -> date.format(point.completedAt())).collect(Collectors.joining("|")));
		model.addAttribute("chartSeries", result.questionnaire()
			.dimensions()
			.stream()
			.map(dimension -> dimension.label().in(locale))
			.collect(Collectors.joining("|")));
		model.addAttribute("chartValues", result.questionnaire()
			.dimensions()
			.stream()
			.map(dimension -> history.stream()
				.map(point -> String.valueOf(Objects.requireNonNullElse(point.scores().score(dimension.key()), "-")))
				.collect(Collectors.joining(",")))
			.collect(Collectors.joining("|")));
	}

	/** The step a step button leads to ("step-3"); the current one for anything else. */
	private static int target(String action, int step, int steps) {
		try {
			int target = Integer.parseInt(action.substring("step-".length()));
			return target >= 1 && target <= steps ? target : step;
		}
		catch (NumberFormatException ex) {
			return step;
		}
	}

	private CheckDetails openCheck(UUID id) {
		return checks.details(id).orElseThrow(NotFoundException::new);
	}

	private static void checkStep(int step, int steps) {
		if (step < 1 || step > steps) {
			throw new NotFoundException();
		}
	}

	private static Map<String, String> merge(Map<String, String> stored, Map<String, String> entered) {
		Map<String, String> merged = new LinkedHashMap<>(stored);
		merged.putAll(entered);
		return merged;
	}

	private static void addStep(Model model, CheckDetails details, int step, List<String> invalid) {
		int steps = details.questionnaire().dimensions().size();
		checkStep(step, steps);
		Questionnaire.Dimension dimension = details.questionnaire().dimensions().get(step - 1);
		model.addAttribute("details", details);
		model.addAttribute("dimension", dimension);
		model.addAttribute("step", step);
		model.addAttribute("steps", steps);
		model.addAttribute("invalid", invalid);
		model.addAttribute("unknown", Questionnaire.UNKNOWN);
	}

}
