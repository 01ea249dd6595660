package de.itas.platform.governance.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
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

import de.itas.platform.governance.ForumView;
import de.itas.platform.governance.Forums;
import de.itas.platform.governance.InputKind;
import de.itas.platform.governance.InputView;
import de.itas.platform.governance.UnknownForumException;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.PageOf;

/**
 * The public pages of the future forums: the forums with an overview by district and action field, one forum
 * with its published inputs (filtered by action field with htmx), and the online input form, which is only
 * offered while the forum's input period runs.
 */
@Controller
class ForumController {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** Inputs per page of a forum. */
	static final int PAGE_SIZE = 24;

	private final Forums forums;
	private final Region region;
	private final Clock clock;

	ForumController(Forums forums, Region region, Clock clock) {
		this.forums = forums;
		this.region = region;
		this.clock = clock;
	}

	@GetMapping("/zukunftsforen")
	String forums(Model model) {
		model.addAttribute("forums", forums.all());
		model.addAttribute("overview", forums.overview());
		model.addAttribute("now", clock.instant());
		names(model);
		return "governance/forums/forums";
	}

	@GetMapping("/zukunftsforen/{id:[0-9a-f-]{36}}")
	String forum(@PathVariable UUID id, @RequestParam(name = "handlungsfeld", required = false) @Nullable String field,
			@RequestParam(name = "seite", defaultValue = "1") String page, HttpServletRequest request, Model model) {
		ForumView forum = forums.forum(id).orElseThrow(() -> new UnknownForumException(id.toString()));
		String actionField = field == null || region.actionField(field).isEmpty() ? null : field;
		PageOf<InputView> inputs = forums.published(id, actionField, pageIndex(page), PAGE_SIZE);
		model.addAttribute("forum", forum);
		model.addAttribute("open", forum.openAt(clock.instant()));
		model.addAttribute("actionField", actionField);
		model.addAttribute("inputs", inputs);
		model.addAttribute("groups", inputs.items().stream()
			.collect(Collectors.groupingBy(InputView::kind, () -> new java.util.EnumMap<>(InputKind.class),
					Collectors.toList())));
		model.addAttribute("previousLink", inputs.hasPrevious() ? link(id, actionField, inputs.number() - 1) : null);
		model.addAttribute("nextLink", inputs.hasNext() ? link(id, actionField, inputs.number() + 1) : null);
		names(model);
		return Htmx.view(request, "governance/forums/forum", "inputs");
	}

	@GetMapping("/zukunftsforen/{id:[0-9a-f-]{36}}/beitrag")
	String inputForm(@PathVariable UUID id, Model model) {
		ForumInputForm form = new ForumInputForm();
		ForumView forum = forums.forum(id).orElseThrow(() -> new UnknownForumException(id.toString()));
		form.setDistrictCode(forum.districtCode());
		model.addAttribute("forumInputForm", form);
		return inputPage(forum, model);
	}

	@PostMapping("/zukunftsforen/{id:[0-9a-f-]{36}}/beitrag")
	String submit(@PathVariable UUID id, @ModelAttribute("forumInputForm") ForumInputForm form, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ForumView forum = forums.forum(id).orElseThrow(() -> new UnknownForumException(id.toString()));
		if (errors.hasErrors()) {
			return inputPage(forum, model);
		}
		try {
			String code = forums.submit(id, form.toRequest(), request.getRemoteAddr());
			redirect.addFlashAttribute("code", code);
			return "redirect:/zukunftsforen/" + id + "/danke";
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return inputPage(forum, model);
		}
	}

	private String inputPage(ForumView forum, Model model) {
		model.addAttribute("forum", forum);
		model.addAttribute("open", forum.openAt(clock.instant()));
		model.addAttribute("kinds", InputKind.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		model.addAttribute("maxBody", Forums.MAX_BODY);
		names(model);
		return "governance/forums/input";
	}

	@GetMapping("/zukunftsforen/{id:[0-9a-f-]{36}}/danke")
	String thanks(@PathVariable UUID id, Model model) {
		ForumView forum = forums.forum(id).orElseThrow(() -> new UnknownForumException(id.toString()));
		if (!model.containsAttribute("code")) {
			return "redirect:/zukunftsforen/" + id;
		}
		model.addAttribute("forum", forum);
		return "governance/forums/thanks";
	}

	/** District and action field names by code, for every forum page. */
	void names(Model model) {
		model.addAttribute("districtList", region.districts());
		model.addAttribute("actionFieldList", region.actionFields());
		model.addAttribute("districtNames", region.districts().stream()
			.collect(Collectors.toMap(DistrictSummary::code, DistrictSummary::name)));
		model.addAttribute("actionFieldNames", actionFieldNames(region));
	}

	static Map<String, ActionFieldSummary> actionFieldNames(Region region) {
		return region.actionFields().stream().collect(Collectors.toMap(ActionFieldSummary::code, field -> field));
	}

	private static String link(UUID id, @Nullable String actionField, int pageNumber) {
		return UriComponentsBuilder.fromPath("/zukunftsforen/" + id)
			.queryParamIfPresent("handlungsfeld", Optional.ofNullable(actionField))
			.queryParam("seite", pageNumber)
			.encode()
			.build()
			.toUriString();
	}

	static int pageIndex(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
