package de.itas.platform.networking.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.networking.DiscussionViews.SpaceKind;
import de.itas.platform.networking.DiscussionViews.SpaceView;
import de.itas.platform.networking.Discussions;
import de.itas.platform.networking.Moderation;
import de.itas.platform.networking.ModerationViews.Action;
import de.itas.platform.networking.ModerationViews.Appeal;
import de.itas.platform.networking.ModerationViews.Decision;
import de.itas.platform.networking.ModerationViews.Item;
import de.itas.platform.networking.ModerationViews.LogEntry;
import de.itas.platform.networking.ModerationViews.QueueEntry;
import de.itas.platform.networking.ReportCategory;
import de.itas.platform.networking.WatchedWordAction;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.PageOf;

/**
 * Moderation: the report form for members (any kind of item), the queue, an item with its reports and the
 * decision form, the author's appeal and its decision by a second moderator, watched words, mutings, spaces
 * and their members, and the log. Everything but reporting and appealing is for moderators (403 otherwise).
 */
@Controller
class ModerationController {

	private static final String KIND = "{kind:[a-z]+-[a-z-]+}";

	private static final String ID = "{id:[0-9a-f-]{36}}";

	private final Moderation moderation;
	private final Discussions discussions;

	ModerationController(Moderation moderation, Discussions discussions) {
		this.moderation = moderation;
		this.discussions = discussions;
	}

	// ---- reporting (members)

	@GetMapping("/moderation/melden")
	String reportForm(@RequestParam("art") String kind, @RequestParam("id") UUID id, Model model) {
		model.addAttribute("moderationForm", new ModerationForm());
		return reportPage(moderation.reportable(kind, id), model);
	}

	@PostMapping("/moderation/melden")
	String report(@RequestParam("art") String kind, @RequestParam("id") UUID id,
			@ModelAttribute("moderationForm") ModerationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Item item = moderation.reportable(kind, id);
		if (!errors.hasErrors()) {
			try {
				moderation.report(kind, id, form.getCategory(), form.getReason());
				redirect.addFlashAttribute("reported", true);
				return "redirect:" + item.path();
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return reportPage(item, model);
	}

	private String reportPage(Item item, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("categories", ReportCategory.chosen());
		return "networking/moderation/report";
	}

	// ---- appeal (author)

	@GetMapping("/moderation/widerspruch/" + ID)
	String appealForm(@PathVariable UUID id, Model model) {
		model.addAttribute("moderationForm", new ModerationForm());
		model.addAttribute("decision", moderation.appealable(id));
		return "networking/moderation/appeal";
	}

	@PostMapping("/moderation/widerspruch/" + ID)
	String appeal(@PathVariable UUID id, @ModelAttribute("moderationForm") ModerationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Decision decision = moderation.appealable(id);
		try {
			String path = moderation.appeal(id, form.getText());
			// back to the item, where the author sees the appeal is under review (an exchange post is no discussion)
			redirect.addFlashAttribute("appealed", true);
			return "redirect:" + path;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			model.addAttribute("decision", decision);
			return "networking/moderation/appeal";
		}
	}

	// ---- queue and decisions (moderators)

	@GetMapping("/moderation")
	String queue(@RequestParam(name = "seite", defaultValue = "1") String page, Model model) {
		PageOf<QueueEntry> queue = moderation.queue(DiscussionsController.pageIndex(page));
		model.addAttribute("queue", queue);
		model.addAttribute("appeals", moderation.openAppeals());
		model.addAttribute("previousLink", queue.hasPrevious() ? "/moderation?seite=" + queue.page() : null);
		model.addAttribute("nextLink", queue.hasNext() ? "/moderation?seite=" + (queue.number() + 1) : null);
		return "networking/moderation/queue";
	}

	@GetMapping("/moderation/" + KIND + "/" + ID)
	String item(@PathVariable String kind, @PathVariable UUID id, Model model) {
		if (!model.containsAttribute("moderationForm")) {
			model.addAttribute("moderationForm", new ModerationForm());
		}
		return itemPage(kind, id, model);
	}

	private String itemPage(String kind, UUID id, Model model) {
		model.addAttribute("history", moderation.history(kind, id));
		model.addAttribute("actions", Action.values());
		model.addAttribute("rules", Moderation.RULES);
		return "networking/moderation/item";
	}

	@PostMapping("/moderation/" + KIND + "/" + ID + "/entscheiden")
	String decide(@PathVariable String kind, @PathVariable UUID id, @ModelAttribute("moderationForm") ModerationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			moderation.decide(kind, id, form.getAction(), form.getRule(), form.getFacts(), form.getText());
			redirect.addFlashAttribute("decided", true);
			return "redirect:/moderation/" + kind + "/" + id;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return itemPage(kind, id, model);
		}
	}

	@GetMapping("/moderation/widersprueche/" + ID)
	String appealDecisionForm(@PathVariable UUID id, Model model) {
		model.addAttribute("moderationForm", new ModerationForm());
		return appealDecisionPage(id, model);
	}

	private String appealDecisionPage(UUID id, Model model) {
		Appeal appeal = moderation.appealOf(id);
		model.addAttribute("appeal", appeal);
		model.addAttribute("history", moderation.history(appeal.kind(), appeal.itemId()));
		return "networking/moderation/appeal-decision";
	}

	@PostMapping("/moderation/widersprueche/" + ID)
	String decideAppeal(@PathVariable UUID id, @ModelAttribute("moderationForm") ModerationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			moderation.decideAppeal(id, form.getOutcome(), form.getReasons());
			Appeal appeal = moderation.appealOf(id);
			redirect.addFlashAttribute("decided", true);
			return "redirect:/moderation/" + appeal.kind() + "/" + appeal.itemId();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return appealDecisionPage(id, model);
		}
	}

	// ---- watched words

	@GetMapping("/moderation/woerter")
	String words(Model model) {
		model.addAttribute("moderationForm", new ModerationForm());
		return wordsPage(model);
	}

	private String wordsPage(Model model) {
		model.addAttribute("words", moderation.watchedWords());
		model.addAttribute("wordActions", WatchedWordAction.values());
		return "networking/moderation/words";
	}

	@PostMapping("/moderation/woerter")
	String addWord(@ModelAttribute("moderationForm") ModerationForm form, BindingResult errors, Model model) {
		try {
			moderation.addWord(form.getPhrase(), form.getWordAction());
			return "redirect:/moderation/woerter";
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return wordsPage(model);
		}
	}

	@PostMapping("/moderation/woerter/" + ID + "/entfernen")
	String removeWord(@PathVariable UUID id) {
		moderation.removeWord(id);
		return "redirect:/moderation/woerter";
	}

	// ---- muting

	@GetMapping("/moderation/stummschaltungen")
	String mutes(Model model) {
		model.addAttribute("mutes", moderation.mutes());
		return "networking/moderation/mutes";
	}

	@GetMapping("/moderation/stummschalten/" + ID)
	String muteForm(@PathVariable UUID id, Model model) {
		model.addAttribute("moderationForm", new ModerationForm());
		return mutePage(id, model);
	}

	private String mutePage(UUID id, Model model) {
		model.addAttribute("mutes", moderation.mutes());
		model.addAttribute("person", id);
		model.addAttribute("personName", moderation.name(id));
		return "networking/moderation/mute";
	}

	@PostMapping("/moderation/stummschalten/" + ID)
	String mute(@PathVariable UUID id, @ModelAttribute("moderationForm") ModerationForm form, BindingResult errors,
			Model model) {
		if (!errors.hasErrors()) {
			try {
				moderation.mute(id, form.getUntil(), form.getReason());
				return "redirect:/moderation/stummschaltungen";
			}
			catch (FieldProblems ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return mutePage(id, model);
	}

	@PostMapping("/moderation/stummschaltungen/" + ID + "/aufheben")
	String unmute(@PathVariable UUID id) {
		moderation.unmute(id);
		return "redirect:/moderation/stummschaltungen";
	}

	// ---- spaces

	@GetMapping("/moderation/raeume")
	String spaces(Model model) {
		model.addAttribute("moderationForm", new ModerationForm());
		return spacesPage(model);
	}

	private String spacesPage(Model model) {
		moderation.log(0);
		model.addAttribute("spaces", discussions.spaces());
		return "networking/moderation/spaces";
	}

	@PostMapping("/moderation/raeume")
	String createSpace(@ModelAttribute("moderationForm") ModerationForm form, BindingResult errors, Model model) {
		try {
			SpaceView space = discussions.createSpace(form.isPrivateSpace() ? SpaceKind.PRIVATE : SpaceKind.TOPIC,
					form.getTitle(), form.getDescription());
			return space.isPrivate() ? "redirect:/moderation/raeume/" + space.slug() : "redirect:/diskussionen/" + space.slug();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return spacesPage(model);
		}
	}

	@GetMapping("/moderation/raeume/{slug:[a-z0-9-]+}")
	String members(@PathVariable String slug, Model model) {
		model.addAttribute("moderationForm", new ModerationForm());
		return membersPage(slug, model);
	}

	private String membersPage(String slug, Model model) {
		model.addAttribute("space", discussions.space(slug));
		model.addAttribute("members", discussions.members(slug));
		return "networking/moderation/members";
	}

	@PostMapping("/moderation/raeume/{slug:[a-z0-9-]+}")
	String addMember(@PathVariable String slug, @ModelAttribute("moderationForm") ModerationForm form,
			BindingResult errors, Model model) {
		try {
			discussions.addMember(slug, form.getEmail());
			return "redirect:/moderation/raeume/" + slug;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return membersPage(slug, model);
		}
	}

	@PostMapping("/moderation/raeume/{slug:[a-z0-9-]+}/" + ID + "/entfernen")
	String removeMember(@PathVariable String slug, @PathVariable UUID id) {
		discussions.removeMember(slug, id);
		return "redirect:/moderation/raeume/" + slug;
	}

	// ---- log

	@GetMapping("/moderation/protokoll")
	String log(@RequestParam(name = "seite", defaultValue = "1") String page, Model model) {
		PageOf<LogEntry> log = moderation.log(DiscussionsController.pageIndex(page));
		model.addAttribute("log", log);
		model.addAttribute("previousLink", log.hasPrevious() ? "/moderation/protokoll?seite=" + log.page() : null);
		model.addAttribute("nextLink", log.hasNext() ? "/moderation/protokoll?seite=" + (log.number() + 1) : null);
		return "networking/moderation/log";
	}

}
