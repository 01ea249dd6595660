package de.itas.platform.events.web;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.events.EventCalendar;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventView;
import de.itas.platform.events.RegistrationRefused;
import de.itas.platform.events.RegistrationStatus;
import de.itas.platform.events.RegistrationView;
import de.itas.platform.events.EventRegistrations;
import de.itas.platform.events.Tickets;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The page of a registration for a person without account (registered by their company), reached through the
 * link in their mails: ticket, calendar file, cancellation and the confirmation of an offer. Public: the token
 * is the proof.
 */
@Controller
class ParticipationController {

	private static final String TOKEN = "{token:[A-Za-z0-9_-]{20,100}}";

	private final EventStore store;
	private final EventRegistrations registrations;
	private final Tickets tickets;
	private final EventCalendar calendar;
	private final Clock clock;

	ParticipationController(EventStore store, EventRegistrations registrations, Tickets tickets, EventCalendar calendar,
			Clock clock) {
		this.store = store;
		this.registrations = registrations;
		this.tickets = tickets;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/veranstaltungen/teilnahme/" + TOKEN)
	String page(@PathVariable String token, Model model) {
		RegistrationView registration = registration(token);
		RegistrationPage.fill(model, event(registration), registration, registrations, tickets, clock.instant(),
				"/veranstaltungen/teilnahme/" + token);
		return "events/registration/registration";
	}

	@GetMapping("/veranstaltungen/teilnahme/" + TOKEN + "/abmelden")
	String confirmCancel(@PathVariable String token, Model model) {
		RegistrationView registration = registration(token);
		model.addAttribute("event", event(registration));
		model.addAttribute("registration", registration);
		model.addAttribute("action", "/veranstaltungen/teilnahme/" + token + "/abmelden");
		model.addAttribute("back", "/veranstaltungen/teilnahme/" + token);
		return "events/registration/cancel-confirm";
	}

	@PostMapping("/veranstaltungen/teilnahme/" + TOKEN + "/abmelden")
	String cancel(@PathVariable String token,
			@RequestParam(name = MyRegistrationsController.CONFIRMED, required = false) @Nullable String confirmed,
			RedirectAttributes redirect) {
		registration(token);
		if (confirmed == null) {
			return "redirect:/veranstaltungen/teilnahme/" + token + "/abmelden";
		}
		try {
			registrations.cancelByToken(token);
			redirect.addFlashAttribute("message", "events.registration.cancelled");
		}
		catch (RegistrationRefused ex) {
			redirect.addFlashAttribute("message", ex.messageKey());
		}
		return "redirect:/veranstaltungen/teilnahme/" + token;
	}

	@PostMapping("/veranstaltungen/teilnahme/" + TOKEN + "/bestaetigen")
	String confirmOffer(@PathVariable String token, RedirectAttributes redirect) {
		registration(token);
		try {
			registrations.confirmOfferByToken(token);
			redirect.addFlashAttribute("message", "events.registration.offer-confirmed");
			redirect.addFlashAttribute("messageCount", 1);
		}
		catch (RegistrationRefused ex) {
			redirect.addFlashAttribute("message", ex.messageKey());
		}
		return "redirect:/veranstaltungen/teilnahme/" + token;
	}

	@GetMapping("/veranstaltungen/teilnahme/" + TOKEN + "/ticket.pdf")
	ResponseEntity<byte[]> ticket(@PathVariable String token, Locale locale) {
		RegistrationView registration = registration(token);
		if (registration.status() != RegistrationStatus.CONFIRMED) {
			throw new NotFoundException();
		}
		return RegistrationPage.pdf(tickets.ticket(event(registration), registration, locale),
				RegistrationPage.ticketName(registration));
	}

	@GetMapping("/veranstaltungen/teilnahme/" + TOKEN + "/termin.ics")
	ResponseEntity<String> ics(@PathVariable String token) {
		RegistrationView registration = registration(token);
		return RegistrationPage.ics(calendar, event(registration), registration);
	}

	@GetMapping("/veranstaltungen/teilnahme/" + TOKEN + "/bescheinigung.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String token, Locale locale) {
		RegistrationView registration = registration(token);
		EventView event = event(registration);
		if (!RegistrationPage.certificate(event, registration, clock.instant())) {
			throw new NotFoundException();
		}
		return RegistrationPage.pdf(tickets.certificate(event, registration, locale), "teilnahmebescheinigung.pdf");
	}

	private RegistrationView registration(String token) {
		return registrations.byToken(token).orElseThrow(NotFoundException::new);
	}

	private EventView event(RegistrationView registration) {
		return store.find(registration.eventId()).orElseThrow(NotFoundException::new);
	}

}
