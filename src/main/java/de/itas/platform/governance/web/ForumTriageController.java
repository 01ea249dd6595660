package de.itas.platform.governance.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.governance.Charter;
import de.itas.platform.governance.ContributionKind;
import de.itas.platform.governance.Forums;
import de.itas.platform.governance.InputKind;
import de.itas.platform.governance.InputView;
import de.itas.platform.governance.Outcome;
import de.itas.platform.governance.TopicView;
import de.itas.platform.governance.Triage;
import de.itas.platform.governance.TriageFilter;
import de.itas.platform.governance.UnknownForumException;
import de.itas.platform.governance.VersionSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.PageOf;

/**
 * The coordination's triage of forum inputs: the filtered list (htmx replaces it when a filter changes), new
 * topics, inputs put into a topic several at once, and the page of one input or topic with its duplicate
 * mark, links to charter sections and proposals, and the decision.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ForumTriageController {

	static final int PAGE_SIZE = 25;

	/** The outcomes offered here: "merged" is what a topic or a duplicate mark expresses. */
	static final List<Outcome> OUTCOMES = List.of(Outcome.ADOPTED, Outcome.PARTLY_ADOPTED, Outcome.REJECTED);

	private final Triage triage;
	private final Forums forums;
	private final Charter charter;
	private final Region region;

	ForumTriageController(Triage triage, Forums forums, Charter charter, Region region) {
		this.triage = triage;
		this.forums = forums;
		this.charter = charter;
		this.region = region;
	}

	@GetMapping("/zukunftsforen/sichtung")
	String list(@RequestParam(name = "forum", required = false) @Nullable String forum,
			@RequestParam(name = "landkreis", required = false) @Nullable String district,
			@RequestParam(name = "handlungsfeld", required = false) @Nullable String field,
			@RequestParam(name = "art", required = false) @Nullable String kind,
			@RequestParam(name = "ohneThema", required = false) @Nullable String withoutTopic,
			@RequestParam(name = "seite", defaultValue = "1") String page, HttpServletRequest request, Model model) {
		TriageFilter filter = new TriageFilter(uuid(forum).orElse(null),
				district != null && region.district(district).isPresent() ? district : null,
				field != null && region.actionField(field).isPresent() ? field : null, InputKind.parse(kind).orElse(null),
				"true".equals(withoutTopic));
		PageOf<InputView> inputs = triage.inputs(filter, ForumController.pageIndex(page), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("inputs", inputs);
		model.addAttribute("inputDecisions",
				triage.decisions(ContributionKind.INPUT, inputs.items().stream().map(InputView::id).toList()));
		model.addAttribute("previousLink", inputs.hasPrevious() ? link(filter, inputs.number() - 1) : null);
		model.addAttribute("nextLink", inputs.hasNext() ? link(filter, inputs.number() + 1) : null);
		model.addAttribute("selfLink", link(filter, inputs.number()));
		if (!model.containsAttribute("topicForm")) {
			model.addAttribute("topicForm", new ForumTriageForms.TopicForm());
		}
		if (!model.containsAttribute("assignForm")) {
			model.addAttribute("assignForm", new ForumTriageForms.AssignForm());
		}
		common(model);
		return Htmx.view(request, "governance/forums/triage", "list");
	}

	@PostMapping("/zukunftsforen/sichtung/themen")
	String createTopic(@ModelAttribute("topicForm") ForumTriageForms.TopicForm form, BindingResult errors,
			@RequestParam(name = "back", defaultValue = "/zukunftsforen/sichtung") String back,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				triage.createTopic(form.getTitle(), form.getDescription(), form.getActionFieldCode(), me());
				redirect.addFlashAttribute("done", "governance.topic.created");
				return "redirect:" + safe(back);
			}
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		return list(null, null, null, null, null, "1", request, model);
	}

	@PostMapping("/zukunftsforen/sichtung/zuordnen")
	String assign(@ModelAttribute("assignForm") ForumTriageForms.AssignForm form, BindingResult errors,
			@RequestParam(name = "back", defaultValue = "/zukunftsforen/sichtung") String back,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			if (!errors.hasErrors()) {
				int moved = triage.assign(form.getInputs(), form.getTopic());
				redirect.addFlashAttribute("done", "governance.topic.assigned");
				redirect.addFlashAttribute("doneCount", moved);
				return "redirect:" + safe(back);
			}
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		return list(null, null, null, null, null, "1", request, model);
	}

	// ---- one input or topic

	@GetMapping("/zukunftsforen/sichtung/{kind:beitrag|thema}/{id:[0-9a-f-]{36}}")
	String item(@PathVariable String kind, @PathVariable UUID id,
			@RequestParam(name = "fassung", required = false) @Nullable String version, Model model) {
		ContributionKind contribution = kind(kind);
		if (contribution == ContributionKind.INPUT) {
			InputView input = triage.input(id);
			model.addAttribute("input", input);
			model.addAttribute("forum", forums.forum(input.forumId()).orElseThrow());
		}
		else {
			TopicView topic = forums.topic(id).orElseThrow(() -> new UnknownForumException(id.toString()));
			model.addAttribute("topic", topic);
			model.addAttribute("topicInputs", triage.inputsOf(id));
		}
		model.addAttribute("kind", kind);
		model.addAttribute("decision", triage.decisions(contribution, List.of(id)).get(id));
		model.addAttribute("targets", forums.targets(contribution, id));
		Optional<VersionSummary> shown = version == null ? Optional.empty() : charter.version(version);
		if (shown.isEmpty()) {
			List<VersionSummary> versions = charter.versions();
			shown = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
		}
		model.addAttribute("versions", charter.versions());
		model.addAttribute("version", shown.orElse(null));
		model.addAttribute("sections", shown.map(v -> charter.sections(v.id())).orElse(List.of()));
		model.addAttribute("outcomes", OUTCOMES);
		for (String name : List.of("duplicateForm", "sectionForm", "proposalForm", "decisionForm")) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, switch (name) {
					case "duplicateForm" -> new ForumTriageForms.DuplicateForm();
					case "sectionForm" -> new ForumTriageForms.SectionForm();
					case "proposalForm" -> new ForumTriageForms.ProposalForm();
					default -> new DecisionForm();
				});
			}
		}
		common(model);
		return "governance/forums/triage-item";
	}

	@PostMapping("/zukunftsforen/sichtung/beitrag/{id:[0-9a-f-]{36}}/duplikat")
	String duplicate(@PathVariable UUID id, @ModelAttribute("duplicateForm") ForumTriageForms.DuplicateForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act("beitrag", id, errors, model, redirect, () -> triage.markDuplicate(id, form.getOriginal()));
	}

	@PostMapping("/zukunftsforen/sichtung/{kind:beitrag|thema}/{id:[0-9a-f-]{36}}/abschnitt")
	String linkSection(@PathVariable String kind, @PathVariable UUID id,
			@ModelAttribute("sectionForm") ForumTriageForms.SectionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(kind, id, errors, model, redirect,
				() -> triage.linkSection(kind(kind), id, form.getVersionNumber(), form.getSection(), me()));
	}

	@PostMapping("/zukunftsforen/sichtung/{kind:beitrag|thema}/{id:[0-9a-f-]{36}}/vorschlag")
	String linkProposal(@PathVariable String kind, @PathVariable UUID id,
			@ModelAttribute("proposalForm") ForumTriageForms.ProposalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(kind, id, errors, model, redirect,
				() -> triage.linkProposal(kind(kind), id, form.getProposal(), me()));
	}

	@PostMapping("/zukunftsforen/sichtung/{kind:beitrag|thema}/{id:[0-9a-f-]{36}}/entscheidung")
	String decide(@PathVariable String kind, @PathVariable UUID id,
			@ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(kind, id, errors, model, redirect, () -> {
			if (form.getOutcome() == null || !OUTCOMES.contains(form.getOutcome())) {
				throw new FieldProblems(FieldProblem.of("outcome", "governance.topic.decide.outcome.required"));
			}
			triage.decide(kind(kind), id, form.getOutcome(), form.getReason(), me());
		});
	}

	private String act(String kind, UUID id, BindingResult errors, Model model, RedirectAttributes redirect,
			Runnable action) {
		if (!errors.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("done", "governance.topic.saved");
				return "redirect:/zukunftsforen/sichtung/" + kind + "/" + id;
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return item(kind, id, null, model);
	}

	private void common(Model model) {
		model.addAttribute("forums", forums.all());
		model.addAttribute("topics", triage.topics());
		model.addAttribute("kinds", InputKind.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("districtNames", region.districts().stream()
			.collect(Collectors.toMap(d -> d.code(), d -> d.name())));
		Map<String, ?> fields = ForumController.actionFieldNames(region);
		model.addAttribute("actionFieldNames", fields);
	}

	private static ContributionKind kind(String kind) {
		return "thema".equals(kind) ? ContributionKind.TOPIC : ContributionKind.INPUT;
	}

	private static UUID me() {
		return CurrentUser.get().orElseThrow().id();
	}

	/** Only a path of the triage itself is a place to go back to (never another site). */
	private static String safe(String back) {
		return back.startsWith("/zukunftsforen/sichtung") && !back.contains("//") ? back : "/zukunftsforen/sichtung";
	}

	private static Optional<UUID> uuid(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String link(TriageFilter filter, int pageNumber) {
		return UriComponentsBuilder.fromPath("/zukunftsforen/sichtung")
			.queryParamIfPresent("forum", Optional.ofNullable(filter.forumId()))
			.queryParamIfPresent("landkreis", Optional.ofNullable(filter.districtCode()))
			.queryParamIfPresent("handlungsfeld", Optional.ofNullable(filter.actionFieldCode()))
			.queryParamIfPresent("art", Optional.ofNullable(filter.kind()).map(Enum::name))
			.queryParamIfPresent("ohneThema", filter.withoutTopic() ? Optional.of("true") : Optional.empty())
			.queryParam("seite", pageNumber)
			.encode()
			.build()
			.toUriString();
	}

}
