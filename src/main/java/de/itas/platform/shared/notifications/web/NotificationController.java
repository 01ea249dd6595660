package de.itas.platform.shared.notifications.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.shared.notifications.Delivery;
import de.itas.platform.shared.notifications.NotificationInbox;
import de.itas.platform.shared.notifications.NotificationPreferences;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The person's notifications: the count in the header (an htmx fragment), the list with marking as read,
 * the mail settings per kind, and the unsubscribe page of mail links (open to visitors: the signed link is
 * the permission).
 */
@Controller
@RequestMapping("/benachrichtigungen")
class NotificationController {

	/** The event htmx raises after a change, so that the header's count reloads. */
	static final String CHANGED_EVENT = "notifications-changed";

	private final NotificationInbox inbox;
	private final NotificationPreferences preferences;

	NotificationController(NotificationInbox inbox, NotificationPreferences preferences) {
		this.inbox = inbox;
		this.preferences = preferences;
	}

	private static PlatformUser me() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("inbox", inbox.page(me().id(), page, locale));
		return Htmx.view(request, "notifications/list", "list");
	}

	/** The header's link with the unread count; loaded by htmx on every page. */
	@GetMapping("/kopf")
	String header(HttpServletRequest request, Model model) {
		if (!Htmx.isHtmxRequest(request)) {
			return "redirect:/benachrichtigungen";
		}
		model.addAttribute("unread", inbox.unread(me().id()));
		return "notifications/header :: link";
	}

	@PostMapping("/{id:[0-9]+}/gelesen")
	String markRead(@PathVariable long id, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		if (!inbox.markRead(me().id(), id)) {
			throw new NotFoundException();
		}
		return afterChange(page, "notifications.list.marked", request, response, locale, model, redirect);
	}

	@PostMapping("/gelesen")
	String markAllRead(@RequestParam(defaultValue = "0") int page, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		inbox.markAllRead(me().id());
		return afterChange(page, "notifications.list.marked-all", request, response, locale, model, redirect);
	}

	private String afterChange(int page, String messageKey, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model, RedirectAttributes redirect) {
		if (Htmx.isHtmxRequest(request)) {
			response.setHeader("HX-Trigger", CHANGED_EVENT);
			model.addAttribute("inbox", inbox.page(me().id(), page, locale));
			model.addAttribute("status", messageKey);
			return "notifications/list :: list";
		}
		redirect.addFlashAttribute("message", messageKey);
		return "redirect:/benachrichtigungen" + (page > 0 ? "?page=" + page : "");
	}

	@GetMapping("/einstellungen")
	String settings(Model model) {
		PlatformUser me = me();
		model.addAttribute("settings", preferences.settings(me.id(), me.roles()));
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("invalid", Set.of());
		return "notifications/settings";
	}

	@PostMapping("/einstellungen")
	String saveSettings(HttpServletRequest request, Model model, RedirectAttributes redirect) {
		PlatformUser me = me();
		Map<String, Delivery> choices = new LinkedHashMap<>();
		List<String> invalid = new ArrayList<>();
		List<NotificationPreferences.Setting> shown = new ArrayList<>();
		for (NotificationPreferences.Setting setting : preferences.settings(me.id(), me.roles())) {
			String value = request.getParameter(setting.kind());
			Optional<Delivery> chosen = parse(value);
			if (value != null && chosen.isEmpty()) {
				invalid.add(setting.kind());
			}
			chosen.ifPresent(delivery -> choices.put(setting.kind(), delivery));
			shown.add(new NotificationPreferences.Setting(setting.kind(), setting.labelKey(),
					chosen.orElse(setting.delivery())));
		}
		if (!invalid.isEmpty()) {
			// nothing is saved; every other choice stays as the person made it
			model.addAttribute("settings", shown);
			model.addAttribute("deliveries", Delivery.values());
			model.addAttribute("invalid", Set.copyOf(invalid));
			return "notifications/settings";
		}
		preferences.choose(me.id(), choices);
		redirect.addFlashAttribute("message", "notifications.settings.saved");
		return "redirect:/benachrichtigungen/einstellungen";
	}

	private static Optional<Delivery> parse(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Delivery.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The page a mail's unsubscribe link opens: it asks to confirm, because mail scanners open links. */
	@GetMapping("/abbestellen")
	String unsubscribePage(@RequestParam(required = false) @Nullable String token, HttpServletResponse response,
			Model model) {
		Optional<NotificationPreferences.Unsubscription> target = preferences.unsubscription(token);
		if (target.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("token", token);
		model.addAttribute("target", target.orElse(null));
		model.addAttribute("done", false);
		return "notifications/unsubscribe";
	}

	/**
	 * Switches off what the link names: from the confirming page, or directly from a mail program's one-click
	 * unsubscribe (RFC 8058), which posts to the link without a session or CSRF token.
	 */
	@PostMapping("/abbestellen")
	String unsubscribe(@RequestParam(required = false) @Nullable String token, HttpServletResponse response,
			Model model) {
		Optional<NotificationPreferences.Unsubscription> done = preferences.unsubscribe(token);
		if (done.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("token", token);
		model.addAttribute("target", done.orElse(null));
		model.addAttribute("done", done.isPresent());
		return "notifications/unsubscribe";
	}

}
