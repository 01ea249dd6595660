package de.itas.platform.networking.web;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.networking.DiscussionViews.PostView;
import de.itas.platform.networking.DiscussionViews.Posted;
import de.itas.platform.networking.DiscussionViews.SpaceView;
import de.itas.platform.networking.DiscussionViews.ThreadView;
import de.itas.platform.networking.Discussions;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * The discussion pages: spaces, a space's threads, a thread with its posts and the reply form, a new thread,
 * editing and deleting one's own post, following, and the htmx suggestions of people to mention.
 */
@Controller
class DiscussionsController {

	private static final String SLUG = "{slug:[a-z0-9-]+}";

	private static final String ID = "{id:[0-9a-f-]{36}}";

	private final Discussions discussions;
	DiscussionsController(Discussions discussions) {
		this.discussions = discussions;
	}

	@GetMapping("/diskussionen")
	String spaces(Model model) {
		model.addAttribute("spaces", discussions.spaces());
		return "networking/discussions/spaces";
	}

	@GetMapping("/diskussionen/regeln")
	String rules() {
		return "networking/discussions/rules";
	}

	@GetMapping("/diskussionen/" + SLUG)
	String space(@PathVariable String slug, @RequestParam(name = "seite", defaultValue = "1") String page,
			HttpServletRequest request, Model model) {
		SpaceView space = discussions.space(slug);
		PageOf<ThreadView> threads = discussions.threads(space, pageIndex(page));
		model.addAttribute("space", space);
		model.addAttribute("threads", threads);
		model.addAttribute("previousLink", threads.hasPrevious() ? "/diskussionen/" + slug + "?seite=" + threads.page() : null);
		model.addAttribute("nextLink", threads.hasNext() ? "/diskussionen/" + slug + "?seite=" + (threads.number() + 1) : null);
		model.addAttribute("following", CurrentUser.get()
			.map(user -> discussions.follows(user.id(), null, space.id())).orElse(false));
		return Htmx.view(request, "networking/discussions/space", "threads");
	}

	@PostMapping("/diskussionen/" + SLUG + "/folgen")
	String followSpace(@PathVariable String slug, @RequestParam(defaultValue = "true") boolean follow) {
		SpaceView space = discussions.space(slug);
		UUID person = CurrentUser.get().orElseThrow().id();
		if (follow) {
			discussions.follow(person, null, space.id());
		}
		else {
			discussions.unfollow(person, null, space.id());
		}
		return "redirect:/diskussionen/" + slug;
	}

	@GetMapping("/diskussionen/" + SLUG + "/neu")
	String newThread(@PathVariable String slug, Model model) {
		model.addAttribute("postForm", new DiscussionPostForm());
		return newThreadPage(discussions.space(slug), model);
	}

	@PostMapping("/diskussionen/" + SLUG + "/neu")
	String startThread(@PathVariable String slug, @ModelAttribute("postForm") DiscussionPostForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		SpaceView space = discussions.space(slug);
		try {
			Posted posted = discussions.startThread(slug, form.getTitle(), form.getBody(), form.getMentions());
			redirect.addFlashAttribute("held", posted.held());
			return "redirect:/diskussionen/" + slug + "/" + posted.threadId();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return newThreadPage(space, model);
		}
	}

	private String newThreadPage(SpaceView space, Model model) {
		model.addAttribute("space", space);
		model.addAttribute("participants", List.of());
		return "networking/discussions/new-thread";
	}

	@GetMapping("/diskussionen/" + SLUG + "/" + ID)
	String thread(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(name = "seite", defaultValue = "1") String page, HttpServletRequest request, Model model) {
		if (!model.containsAttribute("postForm")) {
			model.addAttribute("postForm", new DiscussionPostForm());
		}
		return threadPage(slug, id, pageIndex(page), request, model);
	}

	private String threadPage(String slug, UUID id, int page, HttpServletRequest request, Model model) {
		SpaceView space = discussions.space(slug);
		ThreadView thread = discussions.thread(space, id);
		PageOf<PostView> posts = discussions.posts(thread, page);
		String base = "/diskussionen/" + slug + "/" + id;
		model.addAttribute("space", space);
		model.addAttribute("thread", thread);
		model.addAttribute("posts", posts);
		model.addAttribute("previousLink", posts.hasPrevious() ? base + "?seite=" + posts.page() : null);
		model.addAttribute("nextLink", posts.hasNext() ? base + "?seite=" + (posts.number() + 1) : null);
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		model.addAttribute("following", CurrentUser.get()
			.map(user -> discussions.follows(user.id(), thread.id(), null)).orElse(false));
		model.addAttribute("participants", List.of());
		return Htmx.view(request, "networking/discussions/thread", "posts");
	}

	@PostMapping("/diskussionen/" + SLUG + "/" + ID + "/antworten")
	String reply(@PathVariable String slug, @PathVariable UUID id, @ModelAttribute("postForm") DiscussionPostForm form,
			BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			Posted posted = discussions.reply(slug, id, form.getBody(), form.getMentions());
			redirect.addFlashAttribute("held", posted.held());
			return "redirect:" + discussions.post(posted.postId())
				.map(post -> "/diskussionen/" + slug + "/" + id + "#beitrag-" + post.id())
				.orElse("/diskussionen/" + slug + "/" + id);
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return threadPage(slug, id, Integer.MAX_VALUE, request, model);
		}
	}

	@PostMapping("/diskussionen/" + SLUG + "/" + ID + "/folgen")
	String followThread(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(defaultValue = "true") boolean follow) {
		ThreadView thread = discussions.thread(discussions.space(slug), id);
		UUID person = CurrentUser.get().orElseThrow().id();
		if (follow) {
			discussions.follow(person, thread.id(), null);
		}
		else {
			discussions.unfollow(person, thread.id(), null);
		}
		return "redirect:/diskussionen/" + slug + "/" + id;
	}

	/** People of the space whose name contains the typed text, as checkboxes (htmx); the chosen ones stay. */
	@GetMapping("/diskussionen/" + SLUG + "/teilnehmende")
	String participants(@PathVariable String slug, @RequestParam(name = "name", required = false) @Nullable String name,
			@RequestParam(name = "mentions", required = false) @Nullable List<UUID> chosen, Model model) {
		List<UUID> mentions = chosen == null ? List.of() : chosen;
		model.addAttribute("participants", discussions.participants(slug, name, mentions));
		model.addAttribute("chosen", mentions);
		return "networking/discussions/mentions :: list";
	}

	@GetMapping("/diskussionen/beitrag/" + ID + "/bearbeiten")
	String editForm(@PathVariable UUID id, Model model) {
		PostView post = discussions.ownPost(id);
		DiscussionPostForm form = new DiscussionPostForm();
		form.setBody(post.body());
		form.setVersion(post.version());
		model.addAttribute("postForm", form);
		model.addAttribute("post", post);
		return "networking/discussions/edit";
	}

	@PostMapping("/diskussionen/beitrag/" + ID + "/bearbeiten")
	String edit(@PathVariable UUID id, @ModelAttribute("postForm") DiscussionPostForm form, BindingResult errors, Model model) {
		PostView post = discussions.ownPost(id);
		try {
			discussions.edit(id, form.getBody(), form.getVersion());
			return "redirect:" + link(post);
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			model.addAttribute("post", post);
			return "networking/discussions/edit";
		}
	}

	@GetMapping("/diskussionen/beitrag/" + ID + "/loeschen")
	String deleteForm(@PathVariable UUID id, Model model) {
		model.addAttribute("post", discussions.ownPost(id));
		return "networking/discussions/delete";
	}

	@PostMapping("/diskussionen/beitrag/" + ID + "/loeschen")
	String delete(@PathVariable UUID id) {
		PostView post = discussions.ownPost(id);
		String link = link(post);
		discussions.delete(id);
		return "redirect:" + link;
	}

	private String link(PostView post) {
		return discussions.postPath(post.id()).orElseThrow(NotFoundException::new);
	}

	static int pageIndex(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	static @Nullable PlatformUser user() {
		return CurrentUser.get().orElse(null);
	}

}
