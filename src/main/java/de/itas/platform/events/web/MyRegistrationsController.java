package de.itas.platform.events.web;

import java.time.Clock;
import java.util.List;
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
import de.itas.platform.events.RegistrationItem;
import de.itas.platform.events.RegistrationRefused;
import de.itas.platform.events.RegistrationView;
import de.itas.platform.events.EventRegistrations;
import de.itas.platform.events.Tickets;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The signed-in person's registrations: their own and those they made for others (a company admin's group),
 * one registration's page with ticket, calendar file, certificate, cancellation (after a confirmation page) and
 * the confirmation of an offer to move up.
 */
@Controller
class MyRegistrationsController {

	/** The parameter the confirming button sends; a POST without it only leads to the confirmation page. */
	static final String CONFIRMED = "verbindlich";

	private final EventStore store;
	private final EventRegistrations registrations;
	private final Tickets tickets;
	private final EventCalendar calendar;
	private final Clock clock;

	MyRegistrationsController(EventStore store, EventRegistrations registrations, Tickets tickets, EventCalendar calendar,
			Clock clock) {
		this.store = store;
		this.registrations = registrations;
		this.tickets = tickets;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/veranstaltungen/meine-anmeldungen")
	String mine(Model model) {
		List<RegistrationItem> items = registrations.mine();
		var me = CurrentUser.get().orElseThrow().id();
		model.addAttribute("own", items.stream().filter(item -> me.equals(item.registration().accountId())).toList());
		model.addAttribute("others", items.stream().filter(item -> !me.equals(item.registration().accountId())).toList());
		return "events/registration/mine";
	}

	@GetMapping("/veranstaltungen/anmeldungen/{id:[0-9]+}")
	String registration(@PathVariable long id, Model model) {
		RegistrationView registration = registrations.visible(id);
		RegistrationPage.fill(model, event(registration), registration, registrations, tickets, clock.instant(),
				"/veranstaltungen/anmeldungen/" + id);
		return "events/registration/registration";
	}

	@GetMapping("/veranstaltungen/anmeldungen/{id:[0-9]+}/abmelden")
	String confirmCancel(@PathVariable long id, Model model) {
		RegistrationView registration = registrations.visible(id);
		model.addAttribute("event", event(registration));
		model.addAttribute("registration", registration);
		model.addAttribute("action", "/veranstaltungen/anmeldungen/" + id + "/abmelden");
		model.addAttribute("back", "/veranstaltungen/anmeldungen/" + id);
		return "events/registration/cancel-confirm";
	}

	@PostMapping("/veranstaltungen/anmeldungen/{id:[0-9]+}/abmelden")
	String cancel(@PathVariable long id, @RequestParam(name = CONFIRMED, required = false) @Nullable String confirmed,
			RedirectAttributes redirect) {
		registrations.visible(id);
		if (confirmed == null) {
			return "redirect:/veranstaltungen/anmeldungen/" + id + "/abmelden";
		}
		try {
			registrations.cancel(id);
			redirect.addFlashAttribute("message", "events.registration.cancelled");
		}
		catch (RegistrationRefused ex) {
			redirect.addFlashAttribute("message", ex.messageKey());
		}
		return "redirect:/veranstaltungen/anmeldungen/" + id;
	}

	@PostMapping("/veranstaltungen/anmeldungen/{id:[0-9]+}/bestaetigen")
	String confirmOffer(@PathVariable long id, RedirectAttributes redirect) {
		registrations.visible(id);
		try {
			List<RegistrationView> confirmed = registrations.confirmOffer(id);
			redirect.addFlashAttribute("message", "events.registration.offer-confirmed");
			redirect.addFlashAttribute("messageCount", confirmed.size());
		}
		catch (RegistrationRefused ex) {
			redirect.addFlashAttribute("message", ex.messageKey());
		}
		return "redirect:/veranstaltungen/anmeldungen/" + id;
	}

	@GetMapping("/veranstaltungen/anmeldungen/{id:[0-9]+}/ticket.pdf")
	ResponseEntity<byte[]> ticket(@PathVariable long id, Locale locale) {
		RegistrationView registration = registrations.visible(id);
		if (registration.status() != de.itas.platform.events.RegistrationStatus.CONFIRMED) {
			throw new NotFoundException();
		}
		return RegistrationPage.pdf(tickets.ticket(event(registration), registration, locale),
				RegistrationPage.ticketName(registration));
	}

	@GetMapping("/veranstaltungen/anmeldungen/{id:[0-9]+}/termin.ics")
	ResponseEntity<String> ics(@PathVariable long id) {
		RegistrationView registration = registrations.visible(id);
		return RegistrationPage.ics(calendar, event(registration), registration);
	}

	@GetMapping("/veranstaltungen/anmeldungen/{id:[0-9]+}/bescheinigung.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id, Locale locale) {
		RegistrationView registration = registrations.visible(id);
		EventView event = event(registration);
		if (!RegistrationPage.certificate(event, registration, clock.instant())) {
			throw new NotFoundException();
		}
		return RegistrationPage.pdf(tickets.certificate(event, registration, locale), "teilnahmebescheinigung.pdf");
	}

	private EventView event(RegistrationView registration) {
		return store.find(registration.eventId()).orElseThrow(NotFoundException::new);
	}

}
