package de.itas.platform.networking.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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

import de.itas.platform.directory.Labelled;
import de.itas.platform.directory.ProductGroup;
import de.itas.platform.networking.Exchange;
import de.itas.platform.networking.Moderation;
import de.itas.platform.networking.ExchangePost;
import de.itas.platform.networking.ExchangeQuery;
import de.itas.platform.networking.ExchangeResult;
import de.itas.platform.networking.MatchView;
import de.itas.platform.networking.Matching;
import de.itas.platform.networking.NameVisibility;
import de.itas.platform.networking.PostDirection;
import de.itas.platform.networking.PostKind;
import de.itas.platform.networking.PostView;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The cooperation exchange's pages: the public list with search and facets (one URL for the page and its htmx
 * fragment, every filter in the URL), a post's page (with the contact form for other organisations' members, and
 * for its owners the matches with their reasons and the contact requests), the editor, and the own posts.
 */
@Controller
class ExchangeController {

	/** The kind under which moderation knows the exchange's posts. */
	static final String EXCHANGE_POST = "exchange-post";

	/** A suggestion with its reasons as sentences in the page's language. */
	record ShownMatch(MatchView match, List<String> reasons) {
	}

	private final Exchange exchange;
	private final Region region;
	private final MessageSource messages;
	private final Moderation moderation;

	ExchangeController(Exchange exchange, Region region, MessageSource messages, Moderation moderation) {
		this.exchange = exchange;
		this.region = region;
		this.messages = messages;
		this.moderation = moderation;
	}

	/** Unknown filter values (an outdated bookmark) are ignored rather than refused. */
	@GetMapping("/kooperationsboerse")
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "art", required = false) @Nullable String kind,
			@RequestParam(name = "richtung", required = false) @Nullable String direction,
			@RequestParam(name = "landkreis", required = false) @Nullable String district,
			@RequestParam(name = "produktgruppe", required = false) @Nullable String productGroup,
			@RequestParam(name = "handlungsfeld", required = false) @Nullable String actionField,
			@RequestParam(name = "seite", defaultValue = "1") String page, HttpServletRequest request, Model model) {
		ExchangeQuery query = new ExchangeQuery(text, parse(PostKind.class, kind), parse(PostDirection.class, direction),
				district, parse(ProductGroup.class, productGroup), actionField, pageIndex(page), ExchangeQuery.DEFAULT_SIZE);
		ExchangeResult result = exchange.search(query);
		ExchangeQuery shown = result.query();
		model.addAttribute("query", shown);
		model.addAttribute("result", result);
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("directions", PostDirection.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("productGroups", ProductGroup.values());
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("previousLink", result.page().hasPrevious() ? link(shown, result.page().number() - 1) : null);
		model.addAttribute("nextLink", result.page().hasNext() ? link(shown, result.page().number() + 1) : null);
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		model.addAttribute("htmx", Htmx.isHtmxRequest(request));
		return Htmx.view(request, "networking/exchange/list", "list");
	}

	@GetMapping("/kooperationsboerse/{id}")
	String post(@PathVariable String id, Model model, Locale locale) {
		PostView post = exchange.view(uuid(id)).orElseThrow(NotFoundException::new);
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", new ContactForm());
		}
		return postPage(post, model, locale);
	}

	private String postPage(PostView post, Model model, Locale locale) {
		model.addAttribute("post", post);
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		// the author's notification of a moderation decision leads here: the statement of reasons belongs on the page
		model.addAttribute("decision", moderation.decisionForAuthor(EXCHANGE_POST, post.id()).orElse(null));
		model.addAttribute("actionField",
				post.actionFieldCode() == null ? null : region.actionField(post.actionFieldCode()).orElse(null));
		if (post.own()) {
			model.addAttribute("matches", exchange.matches(post.id())
				.stream()
				.map(match -> new ShownMatch(match, match.reasons().stream().map(r -> text(r, locale)).toList()))
				.toList());
			model.addAttribute("requests", exchange.requestsTo(post.id()));
		}
		else if (CurrentUser.get().isPresent()) {
			var requesting = exchange.requestingOrganisations(post.id());
			model.addAttribute("requestingOrganisations", requesting);
			// one organisation to ask for: chosen already, so the form asks only for the message
			if (requesting.size() == 1 && model.getAttribute("contactForm") instanceof ContactForm form
					&& form.getOrganisationId().isBlank()) {
				form.setOrganisationId(requesting.get(0).organisationId().toString());
			}
		}
		if (!model.containsAttribute("showContactForm")) {
			model.addAttribute("showContactForm", post.mayRequest());
		}
		return "networking/exchange/post";
	}

	@PostMapping("/kooperationsboerse/{id}/anfrage")
	String requestContact(@PathVariable String id, @ModelAttribute("contactForm") ContactForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		UUID postId = uuid(id);
		try {
			exchange.requestContact(postId, uuidOrNull(form.getOrganisationId()), form.getMessage());
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			refused.problems().stream().filter(FieldProblem::formWide).findFirst()
				.ifPresent(problem -> model.addAttribute("problem", problem.messageKey()));
			model.addAttribute("showContactForm", refused.problems().stream().anyMatch(p -> !p.formWide()));
			PostView post = exchange.view(postId).orElseThrow(NotFoundException::new);
			return postPage(post, model, locale);
		}
		redirect.addFlashAttribute("message", "networking.exchange.post.request-sent");
		return "redirect:/kooperationsboerse/" + postId;
	}

	@GetMapping("/kooperationsboerse/neu")
	String newPost(Model model) {
		requireSignedIn();
		PostForm form = new PostForm();
		var organisations = exchange.postingOrganisations();
		if (organisations.size() == 1) {
			form.setOrganisationId(organisations.get(0).organisationId().toString());
		}
		form.setValidUntil(exchange.today().plusMonths(3).toString());
		return editor(form, null, model);
	}

	@PostMapping("/kooperationsboerse/neu")
	String create(@ModelAttribute("postForm") PostForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireSignedIn();
		try {
			if (!form.validUntilReadable()) {
				throw FieldProblems.of("validUntil", "networking.exchange.error.valid-until-date");
			}
			UUID id = exchange.create(form.draft());
			redirect.addFlashAttribute("message", "networking.exchange.editor.saved");
			return "redirect:/kooperationsboerse/" + id;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return editor(form, null, model);
		}
	}

	@GetMapping("/kooperationsboerse/{id}/bearbeiten")
	String edit(@PathVariable String id, Model model) {
		ExchangePost post = exchange.editable(uuid(id));
		return editor(PostForm.of(post), post, model);
	}

	@PostMapping("/kooperationsboerse/{id}/bearbeiten")
	String change(@PathVariable String id, @ModelAttribute("postForm") PostForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ExchangePost post = exchange.editable(uuid(id));
		try {
			if (!form.validUntilReadable()) {
				throw FieldProblems.of("validUntil", "networking.exchange.error.valid-until-date");
			}
			exchange.change(post.id(), form.getVersion(), form.draft());
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return editor(form, post, model);
		}
		catch (OptimisticLockingFailureException stale) {
			FormErrors.reject(errors, List.of(FieldProblem.ofForm("networking.exchange.error.stale")));
			return editor(form, post, model);
		}
		redirect.addFlashAttribute("message", "networking.exchange.editor.saved");
		return "redirect:/kooperationsboerse/" + post.id();
	}

	private String editor(PostForm form, @Nullable ExchangePost post, Model model) {
		if (!model.containsAttribute("postForm")) {
			model.addAttribute("postForm", form);
		}
		model.addAttribute("post", post);
		model.addAttribute("organisations", exchange.postingOrganisations());
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("directions", PostDirection.values());
		model.addAttribute("visibilities", NameVisibility.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("productGroups", ProductGroup.values());
		model.addAttribute("actionFields", region.actionFields());
		return "networking/exchange/editor";
	}

	@GetMapping("/kooperationsboerse/{id}/zurueckziehen")
	String confirmWithdraw(@PathVariable String id, Model model) {
		model.addAttribute("post", exchange.editable(uuid(id)));
		return "networking/exchange/withdraw";
	}

	@PostMapping("/kooperationsboerse/{id}/zurueckziehen")
	String withdraw(@PathVariable String id, RedirectAttributes redirect) {
		exchange.withdraw(uuid(id));
		redirect.addFlashAttribute("message", "networking.exchange.withdraw.done");
		return "redirect:/kooperationsboerse/meine";
	}

	@PostMapping("/kooperationsboerse/anfragen/{id}/annehmen")
	String accept(@PathVariable String id, RedirectAttributes redirect) {
		UUID requestId = uuid(id);
		UUID post = exchange.request(requestId).postId();
		decide(() -> exchange.accept(requestId), redirect, "networking.exchange.request.accepted");
		return "redirect:/kooperationsboerse/" + post + "#anfragen";
	}

	@PostMapping("/kooperationsboerse/anfragen/{id}/ablehnen")
	String decline(@PathVariable String id, @RequestParam(name = "note", defaultValue = "") String note,
			RedirectAttributes redirect) {
		UUID requestId = uuid(id);
		UUID post = exchange.request(requestId).postId();
		decide(() -> exchange.decline(requestId, note), redirect, "networking.exchange.request.declined");
		return "redirect:/kooperationsboerse/" + post + "#anfragen";
	}

	private static void decide(Runnable decision, RedirectAttributes redirect, String done) {
		try {
			decision.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0).messageKey());
		}
	}

	@GetMapping("/kooperationsboerse/anfragen/{id}/kooperation")
	String confirmCooperation(@PathVariable String id, Model model) {
		model.addAttribute("request", exchange.request(uuid(id)));
		return "networking/exchange/cooperation";
	}

	@PostMapping("/kooperationsboerse/anfragen/{id}/kooperation")
	String agreeCooperation(@PathVariable String id, RedirectAttributes redirect) {
		exchange.agreeCooperation(uuid(id));
		redirect.addFlashAttribute("message", "networking.exchange.cooperation.done");
		return "redirect:/kooperationsboerse/meine";
	}

	@GetMapping("/kooperationsboerse/meine")
	String mine(Model model) {
		requireSignedIn();
		model.addAttribute("posts", exchange.mine());
		model.addAttribute("sent", exchange.requestsSent());
		model.addAttribute("mayPost", !exchange.postingOrganisations().isEmpty());
		return "networking/exchange/mine";
	}

	/** A reason as a sentence: district codes by name, product groups by their labels. */
	String text(Matching.Reason reason, Locale locale) {
		Object[] args = reason.args().stream().map(arg -> argument(arg, locale)).toArray();
		return messages.getMessage(reason.key(), args, locale);
	}

	private Object argument(Object arg, Locale locale) {
		if (arg instanceof Matching.DistrictName district) {
			return exchange.districtName(district.code());
		}
		if (arg instanceof Labelled labelled) {
			return messages.getMessage(labelled.messageKey(), null, locale);
		}
		if (arg instanceof Collection<?> values) {
			return values.stream().map(value -> String.valueOf(argument(value, locale))).collect(Collectors.joining(", "));
		}
		return arg instanceof Number number ? number.toString() : arg;
	}

	private static void requireSignedIn() {
		if (CurrentUser.get().isEmpty()) {
			throw new AccessDeniedException("Sign in to use the exchange");
		}
	}

	private static String link(ExchangeQuery query, int pageNumber) {
		return UriComponentsBuilder.fromPath("/kooperationsboerse")
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.queryParamIfPresent("art", Optional.ofNullable(query.kind()).map(Enum::name))
			.queryParamIfPresent("richtung", Optional.ofNullable(query.direction()).map(Enum::name))
			.queryParamIfPresent("landkreis", Optional.ofNullable(query.district()))
			.queryParamIfPresent("produktgruppe", Optional.ofNullable(query.productGroup()).map(Enum::name))
			.queryParamIfPresent("handlungsfeld", Optional.ofNullable(query.actionField()))
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

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
	}

	private static @Nullable UUID uuidOrNull(String id) {
		try {
			return id.isBlank() ? null : UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
