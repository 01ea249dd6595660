package de.itas.platform.events.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.events.Attendance;
import de.itas.platform.events.EventView;
import de.itas.platform.events.RegistrationItem;
import de.itas.platform.events.RegistrationRefused;
import de.itas.platform.events.RegistrationView;
import de.itas.platform.events.EventRegistrations;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * An event's attendance list for its organisers: a paged table with search, the CSV and XLSX exports (each
 * view and export audited), and the cancellation of one registration after a confirmation page.
 */
@Controller
class AttendanceController {

	private static final int PAGE_SIZE = 25;

	private static final String ID = "{id:[0-9a-f-]{36}}";

	private final Attendance attendance;
	private final EventRegistrations registrations;

	AttendanceController(Attendance attendance, EventRegistrations registrations) {
		this.attendance = attendance;
		this.registrations = registrations;
	}

	@GetMapping("/veranstaltungen/verwaltung/" + ID + "/teilnehmende")
	String list(@PathVariable UUID id, @RequestParam(name = "suche", defaultValue = "") String query,
			@RequestParam(name = "seite", defaultValue = "1") String page, Model model) {
		EventView event = registrations.organisedEvent(id);
		PageOf<RegistrationItem> items = attendance.page(id, query, number(page), PAGE_SIZE);
		model.addAttribute("event", event);
		model.addAttribute("items", items);
		model.addAttribute("query", query);
		model.addAttribute("questions", attendance.questions(id));
		model.addAttribute("previousLink", items.hasPrevious() ? link(id, query, items.page()) : null);
		model.addAttribute("nextLink", items.hasNext() ? link(id, query, items.page() + 2) : null);
		return "events/registration/attendance";
	}

	private static String link(UUID id, String query, int page) {
		return UriComponentsBuilder.fromPath("/veranstaltungen/verwaltung/{id}/teilnehmende")
			.queryParamIfPresent("suche", java.util.Optional.ofNullable(query.isBlank() ? null : query))
			.queryParam("seite", page)
			.buildAndExpand(id)
			.encode()
			.toUriString();
	}

	static int number(String page) {
		try {
			return Math.max(0, Integer.parseInt(page) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	@GetMapping("/veranstaltungen/verwaltung/" + ID + "/teilnehmende.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
		return file(attendance.csv(id, locale), "teilnehmende.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/veranstaltungen/verwaltung/" + ID + "/teilnehmende.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
		return file(attendance.xlsx(id, locale), "teilnehmende.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	private static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	@GetMapping("/veranstaltungen/verwaltung/" + ID + "/teilnehmende/{registrationId:[0-9]+}/abmelden")
	String confirmCancel(@PathVariable UUID id, @PathVariable long registrationId, Model model) {
		EventView event = registrations.organisedEvent(id);
		RegistrationView registration = registrations.registration(registrationId)
			.filter(r -> r.eventId().equals(id))
			.orElseThrow(NotFoundException::new);
		model.addAttribute("event", event);
		model.addAttribute("registration", registration);
		model.addAttribute("organiser", true);
		model.addAttribute("action", "/veranstaltungen/verwaltung/" + id + "/teilnehmende/" + registrationId + "/abmelden");
		model.addAttribute("back", "/veranstaltungen/verwaltung/" + id + "/teilnehmende");
		return "events/registration/cancel-confirm";
	}

	@PostMapping("/veranstaltungen/verwaltung/" + ID + "/teilnehmende/{registrationId:[0-9]+}/abmelden")
	String cancel(@PathVariable UUID id, @PathVariable long registrationId,
			@RequestParam(name = MyRegistrationsController.CONFIRMED, required = false) @Nullable String confirmed,
			RedirectAttributes redirect) {
		registrations.organisedEvent(id);
		if (confirmed == null) {
			return "redirect:/veranstaltungen/verwaltung/" + id + "/teilnehmende/" + registrationId + "/abmelden";
		}
		try {
			registrations.cancelByOrganiser(id, registrationId);
			redirect.addFlashAttribute("message", "events.attendance.cancelled");
		}
		catch (RegistrationRefused ex) {
			redirect.addFlashAttribute("message", ex.messageKey());
		}
		return "redirect:/veranstaltungen/verwaltung/" + id + "/teilnehmende";
	}

}
