package de.itas.platform.governance.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.governance.CardView;
import de.itas.platform.governance.ContributionKind;
import de.itas.platform.governance.InputView;
import de.itas.platform.governance.Provenance;
import de.itas.platform.governance.TopicView;
import de.itas.platform.governance.Triage;
import de.itas.platform.governance.Forums;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.NotFoundException;

/** "Was wurde aus meinem Beitrag?": the lookup by code and the page of one input or paper card. */
@Controller
class ForumCardController {

	private final Forums forums;
	private final Region region;
	private final Provenance provenance;
	private final Triage triage;

	ForumCardController(Forums forums, Region region, Provenance provenance, Triage triage) {
		this.forums = forums;
		this.region = region;
		this.provenance = provenance;
		this.triage = triage;
	}

	@GetMapping("/karte")
	String lookup(@RequestParam(name = "code", required = false) @Nullable String code, Model model) {
		if (code != null && !code.isBlank()) {
			var card = forums.card(code);
			if (card.isPresent()) {
				return "redirect:/karte/" + card.get().input().code();
			}
			model.addAttribute("unknown", true);
		}
		model.addAttribute("code", code == null ? "" : code.strip());
		return "governance/forums/lookup";
	}

	@GetMapping("/karte/{code}")
	String card(@PathVariable String code, Model model) {
		CardView card = forums.card(code).orElseThrow(NotFoundException::new);
		model.addAttribute("card", card);
		model.addAttribute("trace", provenance.whatBecameOf(ContributionKind.INPUT, card.input().id()));
		model.addAttribute("districtNames", region.districts().stream()
			.collect(java.util.stream.Collectors.toMap(d -> d.code(), d -> d.name())));
		model.addAttribute("actionFieldNames", ForumController.actionFieldNames(region));
		return "governance/forums/card";
	}

	/** A topic of forum inputs as the public sees it: its inputs, the decision and where it led in the charter. */
	@GetMapping("/zukunftsforen/themen/{id:[0-9a-f-]{36}}")
	String topic(@PathVariable UUID id, Model model) {
		TopicView topic = forums.topic(id).orElseThrow(NotFoundException::new);
		model.addAttribute("topic", topic);
		model.addAttribute("inputs", triage.inputsOf(id).stream().filter(InputView::published).toList());
		model.addAttribute("trace", provenance.whatBecameOf(ContributionKind.TOPIC, id));
		model.addAttribute("actionFieldNames", ForumController.actionFieldNames(region));
		return "governance/forums/topic";
	}

}
