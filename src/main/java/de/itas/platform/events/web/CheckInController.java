package de.itas.platform.events.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.events.EventView;
import de.itas.platform.events.RegistrationItem;
import de.itas.platform.events.RegistrationView;
import de.itas.platform.events.EventRegistrations;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The entrance, on the staff's phones: search by name or ticket code, a list with "Einchecken" buttons, the
 * page a ticket's QR code leads to, and walk-ins. Checking in is idempotent: a second check-in of the same
 * person (by anybody) changes nothing and shows when the first was. Plain forms; a small script retries a
 * check-in whose request failed on a flaky connection.
 */
@Controller
class CheckInController {

	private static final String ID = "{id:[0-9a-f-]{36}}";

	/** Ticket codes are upper case; other words below the entrance are lower case. */
	private static final String CODE = "{code:[A-Z0-9]{6,16}}";

	private static final int LIST_SIZE = 100;

	private final EventRegistrations registrations;
	private final Clock clock;

	CheckInController(EventRegistrations registrations, Clock clock) {
		this.registrations = registrations;
		this.clock = clock;
	}

	@GetMapping("/veranstaltungen/verwaltung/" + ID + "/einlass")
	String list(@PathVariable UUID id, @RequestParam(name = "suche", defaultValue = "") String query,
			@RequestParam(name = "ergebnis", required = false) @Nullable String outcome,
			@RequestParam(name = "code", required = false) @Nullable String shown, Model model) {
		EventView event = registrations.organisedEvent(id);
		if (shown != null && shown.matches("[A-Z0-9]{6,16}")) {
			registrations.ticket(id, shown).ifPresent(registration -> outcome(model, outcome, registration));
		}
		String code = query.strip().toUpperCase(Locale.ROOT);
		if (code.matches("[A-Z0-9]{6,16}") && registrations.ticket(id, code).isPresent()) {
			return "redirect:/veranstaltungen/verwaltung/" + id + "/einlass/" + code;
		}
		model.addAttribute("form", new GroupForm.Row());
		return listPage(event, query, model);
	}

	private String listPage(EventView event, String query, Model model) {
		List<RegistrationItem> confirmed = registrations.forCheckIn(event.id(), query);
		model.addAttribute("event", event);
		model.addAttribute("query", query);
		model.addAttribute("people", confirmed.size() > LIST_SIZE ? confirmed.subList(0, LIST_SIZE) : confirmed);
		model.addAttribute("more", Math.max(0, confirmed.size() - LIST_SIZE));
		model.addAttribute("checkedIn", confirmed.stream().filter(item -> item.registration().checkedIn()).count());
		model.addAttribute("total", confirmed.size());
		return "events/checkin/list";
	}

	@GetMapping("/veranstaltungen/verwaltung/" + ID + "/einlass/" + CODE)
	String person(@PathVariable UUID id, @PathVariable String code,
			@RequestParam(name = "ergebnis", required = false) @Nullable String outcome, Model model) {
		EventView event = registrations.organisedEvent(id);
		RegistrationView registration = registrations.ticket(id, code).orElseThrow(NotFoundException::new);
		outcome(model, outcome, registration);
		model.addAttribute("event", event);
		model.addAttribute("registration", registration);
		model.addAttribute("now", clock.instant());
		return "events/checkin/person";
	}

	@PostMapping("/veranstaltungen/verwaltung/" + ID + "/einlass/" + CODE)
	String checkIn(@PathVariable UUID id, @PathVariable String code,
			@RequestParam(name = "zurueck", required = false) @Nullable String back) {
		EventRegistrations.CheckIn result = registrations.checkIn(id, code);
		if (result.registration() == null) {
			throw new NotFoundException();
		}
		// the outcome travels in the address (not as a flash attribute), so that the check-in script, which
		// follows the redirect itself before it loads the page, still shows it
		String ticket = result.registration().ticketCode();
		if ("liste".equals(back)) {
			return "redirect:/veranstaltungen/verwaltung/" + id + "/einlass?ergebnis=" + result.outcome().name() + "&code="
					+ ticket;
		}
		return "redirect:/veranstaltungen/verwaltung/" + id + "/einlass/" + ticket + "?ergebnis=" + result.outcome().name();
	}

	/** What the last check-in did (from the address), with the person's name and time of check-in. */
	private static void outcome(Model model, @Nullable String outcome, RegistrationView registration) {
		if (outcome != null && OUTCOMES.contains(outcome)) {
			model.addAttribute("outcome", outcome);
			model.addAttribute("outcomeName", registration.name());
			model.addAttribute("outcomeAt", registration.checkedInAt());
		}
	}

	private static final java.util.Set<String> OUTCOMES = java.util.Set.of("CHECKED_IN", "ALREADY", "NOT_CONFIRMED",
			"WALK_IN");

	@PostMapping("/veranstaltungen/verwaltung/" + ID + "/einlass/spontan")
	String walkIn(@PathVariable UUID id, @ModelAttribute("form") GroupForm.Row form, BindingResult errors, Model model,
			HttpServletResponse response) {
		EventView event = registrations.organisedEvent(id);
		try {
			RegistrationView registration = registrations.walkIn(id, form.getName(), form.getEmail(),
					form.getOrganisation());
			return "redirect:/veranstaltungen/verwaltung/" + id + "/einlass?ergebnis=WALK_IN&code="
					+ registration.ticketCode();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
		}
		response.setStatus(422);
		return listPage(event, "", model);
	}

}
