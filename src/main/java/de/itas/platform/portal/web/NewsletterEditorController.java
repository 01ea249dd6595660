package de.itas.platform.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.events.Events;
import de.itas.platform.events.EventView;
import de.itas.platform.portal.NewsletterAccess;
import de.itas.platform.portal.NewsletterIssues;
import de.itas.platform.portal.NewsletterSubscriptions;
import de.itas.platform.portal.NewsletterTopic;
import de.itas.platform.shared.search.SiteSearch;
import de.itas.platform.shared.search.SiteSearchResult;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The newsletter editor: the issues and the subscribers (with marking an address as undeliverable), composing an
 * issue (subject, intro in Markdown, items picked from the site search — public items only, as a visitor finds
 * them: trainings, library contents, courses, news … — and from the next events, with a preview), giving it its
 * topics (with the number of recipients they give), starting to send it and watching the progress (htmx polling
 * while mails are pending). People who do not edit the newsletter get 404.
 */
@Controller
@RequestMapping("/newsletter/verwaltung")
class NewsletterEditorController {

	static final String BASE = "/newsletter/verwaltung";

	private final NewsletterAccess access;
	private final NewsletterIssues issues;
	private final NewsletterSubscriptions subscriptions;
	private final SiteSearch search;
	private final Events events;

	NewsletterEditorController(NewsletterAccess access, NewsletterIssues issues, NewsletterSubscriptions subscriptions,
			SiteSearch search, Events events) {
		this.access = access;
		this.issues = issues;
		this.subscriptions = subscriptions;
		this.search = search;
		this.events = events;
	}

	private PlatformUser editor() {
		return CurrentUser.get().filter(access::mayEdit).orElseThrow(NotFoundException::new);
	}

	private NewsletterIssues.Issue issue(UUID id) {
		return issues.find(id).orElseThrow(NotFoundException::new);
	}

	@GetMapping
	String list(@RequestParam(name = "adresse", required = false) @Nullable String address, Model model) {
		editor();
		model.addAttribute("issues", issues.all(50));
		model.addAttribute("counts", subscriptions.counts());
		model.addAttribute("address", address);
		model.addAttribute("subscribers", subscriptions.list(address, 0, 50));
		return "portal/newsletter/editor-list";
	}

	@GetMapping("/neu")
	String createPage(Model model) {
		editor();
		model.addAttribute("issueForm", new IssueForm());
		return "portal/newsletter/editor-new";
	}

	@PostMapping("/neu")
	String create(@ModelAttribute("issueForm") IssueForm form, BindingResult errors, RedirectAttributes redirect) {
		PlatformUser me = editor();
		try {
			NewsletterIssues.Issue created = issues.create(form.getSubject(), form.getIntro(), me.id());
			redirect.addFlashAttribute("message", "portal.newsletter.created");
			return "redirect:" + BASE + "/" + created.id();
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return "portal/newsletter/editor-new";
		}
	}

	@GetMapping("/{id}")
	String compose(@PathVariable UUID id, @RequestParam(name = "suche", required = false) @Nullable String text,
			@RequestParam(name = "typ", required = false) @Nullable String type, Model model, Locale locale) {
		editor();
		NewsletterIssues.Issue issue = issue(id);
		if (!issue.draft()) {
			return "redirect:" + BASE + "/" + id + "/versand";
		}
		if (!model.containsAttribute("issueForm")) {
			IssueForm form = new IssueForm();
			form.setSubject(issue.subject());
			form.setIntro(issue.intro());
			form.setVersion(issue.version());
			model.addAttribute("issueForm", form);
		}
		return composePage(issue, text, type, model, locale);
	}

	/** The page; the search can be narrowed to one kind (the ten best of all kinds may hold no course at all). */
	private String composePage(NewsletterIssues.Issue issue, @Nullable String text, @Nullable String type, Model model,
			Locale locale) {
		model.addAttribute("issue", issue);
		model.addAttribute("introHtml", Markdown.toSafeHtml(issue.intro()));
		model.addAttribute("searchText", text == null ? "" : text);
		SiteSearchResult result = text == null || text.isBlank() ? null
				: search.search(text, type, 0, SiteSearch.PAGE_SIZE, null, locale);
		model.addAttribute("result", result);
		model.addAttribute("searchType", result == null || result.type() == null ? "" : result.type());
		List<EventView> upcoming = events.upcoming(5);
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("recipients", issues.recipients(issue.topics()));
		model.addAttribute("issueTopicKeys", issue.topics().stream().sorted().map(NewsletterTopic::labelKey).toList());
		model.addAttribute("topicCounts", subscriptions.confirmedPerTopic());
		return "portal/newsletter/editor-compose";
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("issueForm") IssueForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		editor();
		NewsletterIssues.Issue issue = issue(id);
		try {
			issues.update(id, form.getVersion(), form.getSubject(), form.getIntro());
			redirect.addFlashAttribute("message", "portal.newsletter.saved");
			return "redirect:" + BASE + "/" + id;
		}
		catch (FieldProblems refused) {
			FormErrors.reject(errors, refused);
			return composePage(issue, null, null, model, locale);
		}
	}

	@PostMapping("/{id}/eintraege")
	String addItem(@PathVariable UUID id, @RequestParam String kind, @RequestParam String title,
			@RequestParam(defaultValue = "") String summary, @RequestParam String url,
			@RequestParam(name = "suche", required = false) @Nullable String text,
			@RequestParam(name = "typ", required = false) @Nullable String type, RedirectAttributes redirect) {
		editor();
		issue(id);
		flash(redirect, "portal.newsletter.item.added", () -> issues.addItem(id, kind, title, summary, url));
		redirect.addAttribute("suche", text == null ? "" : text);
		if (type != null && !type.isBlank()) {
			redirect.addAttribute("typ", type);
		}
		return "redirect:" + BASE + "/" + id + "#eintraege";
	}

	@PostMapping("/{id}/eintraege/{position}/entfernen")
	String removeItem(@PathVariable UUID id, @PathVariable int position, RedirectAttributes redirect) {
		editor();
		issue(id);
		flash(redirect, "portal.newsletter.item.removed", () -> issues.removeItem(id, position));
		return "redirect:" + BASE + "/" + id + "#eintraege";
	}

	@PostMapping("/{id}/themen")
	String topics(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(name = "topics", required = false) @Nullable List<String> topics, RedirectAttributes redirect) {
		editor();
		issue(id);
		flash(redirect, "portal.newsletter.topics-saved",
				() -> issues.changeTopics(id, version, NewsletterTopic.parse(topics == null ? "" : String.join(",", topics))));
		return "redirect:" + BASE + "/" + id + "#send-heading";
	}

	/** Does a change of the issue and flashes its message, or the first problem when it is refused. */
	private static void flash(RedirectAttributes redirect, String message, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0).messageKey());
		}
	}

	/** Sends to the recipients of the topics the issue has, as the page counted them for the version it showed. */
	@PostMapping("/{id}/versand")
	String send(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		editor();
		issue(id);
		try {
			issues.startSending(id, version);
			redirect.addFlashAttribute("message", "portal.newsletter.sending-started");
			return "redirect:" + BASE + "/" + id + "/versand";
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0).messageKey());
			return "redirect:" + BASE + "/" + id;
		}
	}

	@GetMapping("/{id}/versand")
	String progress(@PathVariable UUID id, Model model, HttpServletRequest request) {
		editor();
		NewsletterIssues.Issue issue = issue(id);
		if (issue.draft()) {
			return "redirect:" + BASE + "/" + id;
		}
		model.addAttribute("issue", issue);
		model.addAttribute("progress", issues.progress(id));
		return Htmx.view(request, "portal/newsletter/editor-progress", "progress");
	}

	@PostMapping("/{id}/loeschen")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		editor();
		issue(id);
		try {
			issues.deleteDraft(id);
			redirect.addFlashAttribute("message", "portal.newsletter.deleted");
			return "redirect:" + BASE;
		}
		catch (FieldProblems refused) {
			redirect.addFlashAttribute("problem", refused.problems().get(0).messageKey());
			return "redirect:" + BASE + "/" + id;
		}
	}

	@PostMapping("/abonnenten/{id}/unzustellbar")
	String bounced(@PathVariable UUID id, RedirectAttributes redirect) {
		editor();
		subscriptions.find(id).orElseThrow(NotFoundException::new);
		subscriptions.markBounced(id);
		redirect.addFlashAttribute("message", "portal.newsletter.subscriber.bounced");
		return "redirect:" + BASE + "#abonnenten";
	}

	@PostMapping("/abonnenten/{id}/loeschen")
	String erase(@PathVariable UUID id, RedirectAttributes redirect) {
		editor();
		NewsletterSubscriptions.Subscriber subscriber = subscriptions.find(id).orElseThrow(NotFoundException::new);
		subscriptions.erase(subscriber.email());
		redirect.addFlashAttribute("message", "portal.newsletter.subscriber.erased");
		return "redirect:" + BASE + "#abonnenten";
	}

}
