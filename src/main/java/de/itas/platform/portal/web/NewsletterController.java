package de.itas.platform.portal.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.portal.NewsletterIssues;
import de.itas.platform.portal.NewsletterSubscriptions;
import de.itas.platform.portal.NewsletterSubscriptions.Confirmation;
import de.itas.platform.portal.NewsletterTopic;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The newsletter for visitors: the sign-up (its answer is the same whatever the address's state), the
 * confirmation link (a click confirms; an expired link offers a new one), the one-click unsubscribe (a mail
 * program posts to it without a session or CSRF token, RFC 8058) and the issues as web pages.
 */
@Controller
@RequestMapping("/newsletter")
class NewsletterController {

	private final NewsletterSubscriptions subscriptions;
	private final NewsletterIssues issues;

	NewsletterController(NewsletterSubscriptions subscriptions, NewsletterIssues issues) {
		this.subscriptions = subscriptions;
		this.issues = issues;
	}

	@GetMapping
	String page(Model model) {
		if (!model.containsAttribute("newsletterForm")) {
			model.addAttribute("newsletterForm", new NewsletterForm());
		}
		return page(model, false);
	}

	private String page(Model model, boolean requested) {
		model.addAttribute("topics", NewsletterTopic.values());
		model.addAttribute("archive", issues.published(12));
		model.addAttribute("requested", requested);
		return "portal/newsletter/signup";
	}

	@PostMapping
	String subscribe(@ModelAttribute("newsletterForm") NewsletterForm form, BindingResult errors, Model model,
			Locale locale) {
		if (!NewsletterSubscriptions.validEmail(form.getEmail())) {
			errors.rejectValue("email", form.getEmail() == null || form.getEmail().isBlank()
					? "portal.newsletter.email.required" : "portal.newsletter.email.invalid");
		}
		if (!form.isConsent()) {
			errors.rejectValue("consent", "portal.newsletter.consent.required");
		}
		Set<NewsletterTopic> topics = EnumSet.noneOf(NewsletterTopic.class);
		form.getTopics()
			.stream()
			.filter(name -> Arrays.stream(NewsletterTopic.values()).anyMatch(topic -> topic.name().equals(name)))
			.forEach(name -> topics.add(NewsletterTopic.valueOf(name)));
		if (topics.isEmpty()) {
			errors.rejectValue("topics", "portal.newsletter.topics.required");
		}
		if (errors.hasErrors()) {
			return page(model, false);
		}
		subscriptions.subscribe(form.getEmail(), topics, locale);
		model.addAttribute("newsletterForm", new NewsletterForm());
		return page(model, true);
	}

	@GetMapping("/bestaetigen")
	String confirmPage(@RequestParam(required = false) @Nullable String token, HttpServletResponse response,
			Model model) {
		Confirmation state = subscriptions.check(token);
		if (state == Confirmation.UNKNOWN) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("token", token);
		model.addAttribute("state", state.name());
		model.addAttribute("done", false);
		return "portal/newsletter/confirm";
	}

	@PostMapping("/bestaetigen")
	String confirm(@RequestParam(required = false) @Nullable String token, HttpServletResponse response,
			Model model) {
		Confirmation state = subscriptions.confirm(token);
		if (state == Confirmation.UNKNOWN) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("token", token);
		model.addAttribute("state", state.name());
		model.addAttribute("done", state == Confirmation.CONFIRMED);
		return "portal/newsletter/confirm";
	}

	/** A new link for an expired one; the answer is the same whether a mail went out or not. */
	@PostMapping("/bestaetigen/neu")
	String renew(@RequestParam(required = false) @Nullable String token, Model model, Locale locale) {
		subscriptions.renew(token, locale);
		model.addAttribute("state", "RENEWED");
		model.addAttribute("done", false);
		return "portal/newsletter/confirm";
	}

	@GetMapping("/abmelden")
	String unsubscribePage(@RequestParam(required = false) @Nullable String token, HttpServletResponse response,
			Model model) {
		var subscriber = subscriptions.byUnsubscribeToken(token);
		if (subscriber.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("token", token);
		model.addAttribute("valid", subscriber.isPresent());
		model.addAttribute("done", false);
		return "portal/newsletter/unsubscribe";
	}

	/** From the page's button, or straight from a mail program's one-click unsubscribe. */
	@PostMapping("/abmelden")
	String unsubscribe(@RequestParam(required = false) @Nullable String token, HttpServletResponse response,
			Model model) {
		var subscriber = subscriptions.unsubscribe(token);
		if (subscriber.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("token", token);
		model.addAttribute("valid", subscriber.isPresent());
		model.addAttribute("done", subscriber.isPresent());
		return "portal/newsletter/unsubscribe";
	}

	@GetMapping("/ausgaben/{id}")
	String issue(@PathVariable String id, Model model) {
		UUID issueId;
		try {
			issueId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
		NewsletterIssues.Issue issue = issues.find(issueId)
			.filter(NewsletterIssues.Issue::published)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("issue", issue);
		model.addAttribute("introHtml", Markdown.toSafeHtml(issue.intro()));
		model.addAttribute("ogDescription", issue.subject());
		return "portal/newsletter/issue";
	}

}
