package de.itas.platform.helpdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.helpdesk.CaseDetails;
import de.itas.platform.helpdesk.CaseWork;
import de.itas.platform.helpdesk.InvalidInputException;
import de.itas.platform.helpdesk.RecommendationDraft;
import de.itas.platform.helpdesk.RecommendationKind;
import de.itas.platform.helpdesk.CaseRecommendations;
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
		model.addAttribute("q", q);
		model.addAttribute("options", recommendations.options(q, details.summary().districtCode(), locale));
		return "helpdesk/recommend";
	}

	@PostMapping("/beratung/faelle/{caseNumber}/empfehlung")
	String send(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
			@RequestParam(name = "pick", required = false) List<String> picks, Model model, Locale locale,
			RedirectAttributes redirect) {
		List<RecommendationDraft.Item> items = new ArrayList<>();
		for (String index : picks == null ? List.<String>of() : picks) {
			String kind = form.get("kind_" + index);
			String reference = form.get("ref_" + index);
			if (kind == null || reference == null) {
				continue;
			}
			items.add(new RecommendationDraft.Item(RecommendationKind.valueOf(kind), reference, form.get("title_" + index),
					form.get("url_" + index), form.get("note_" + index)));
		}
		String contentUrl = form.getOrDefault("contentUrl", "").strip();
		if (!contentUrl.isEmpty()) {
			items.add(new RecommendationDraft.Item(RecommendationKind.CONTENT, contentUrl, form.get("contentTitle"), null,
					form.get("contentNote")));
		}
		try {
			recommendations.send(caseNumber, new RecommendationDraft(form.getOrDefault("message", ""), items), locale);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("message", null);
			model.addAttribute("typedMessage", form.getOrDefault("message", ""));
			return compose(caseNumber, form.getOrDefault("q", ""), model, locale);
		}
		redirect.addFlashAttribute("message", "helpdesk.recommend.sent");
		return "redirect:/beratung/faelle/" + caseNumber;
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
