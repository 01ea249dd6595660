package de.itas.platform.helpdesk.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.helpdesk.CaseDetails;
import de.itas.platform.helpdesk.CaseRecommendations;
import de.itas.platform.helpdesk.CaseWork;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/** Composing a recommendation from a case, and "Meine Empfehlungen" with feedback per item. */
@Controller
class CaseRecommendationController {

	private final CaseRecommendations recommendations;
	private final CaseWork caseWork;

	CaseRecommendationController(CaseRecommendations recommendations, CaseWork caseWork) {
		this.recommendations = recommendations;
		this.caseWork = caseWork;
	}

	@GetMapping("/beratung/faelle/{caseNumber}/empfehlung")
	String compose(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String q, Model model,
			Locale locale) {
		CaseDetails details = caseWork.open(caseNumber).orElseThrow(NotFoundException::new);
		model.addAttribute("inquiry", details);
		model.addAttribute("recommendationForm",
				RecommendationForm.offering(recommendations.options(q, details.summary().districtCode(),
						details.summary().topic(), locale), q));
		return "helpdesk/recommend";
	}

	@PostMapping("/beratung/faelle/{caseNumber}/empfehlung")
	String send(@PathVariable String caseNumber, @ModelAttribute("recommendationForm") RecommendationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				recommendations.send(caseNumber, form.toDraft(), locale);
				redirect.addFlashAttribute("message", "helpdesk.recommend.sent");
				return "redirect:/beratung/faelle/" + caseNumber;
			}
			catch (FieldProblems ex) {
				// the service speaks of the draft's items; on the form they are the offered choices
				FormErrors.reject(errors, ex.problems()
					.stream()
					.map(problem -> "items".equals(problem.field())
							? new FieldProblem(RecommendationForm.CHOICES, problem.messageKey(), problem.arguments())
							: problem)
					.toList());
			}
		}
		// the form comes back as typed: the same options with their picks and notes, link and message
		model.addAttribute("inquiry", caseWork.open(caseNumber).orElseThrow(NotFoundException::new));
		return "helpdesk/recommend";
	}

	@GetMapping("/empfehlungen")
	String mine(Model model) {
		model.addAttribute("recommendations", recommendations.mine());
		return "helpdesk/recommendations";
	}

	@PostMapping("/empfehlungen/{itemId:[0-9]+}/rueckmeldung")
	String feedback(@PathVariable long itemId, @RequestParam boolean helpful, RedirectAttributes redirect) {
		recommendations.feedback(itemId, helpful);
		redirect.addFlashAttribute("message", "helpdesk.feedback.saved");
		return "redirect:/empfehlungen";
	}

}
