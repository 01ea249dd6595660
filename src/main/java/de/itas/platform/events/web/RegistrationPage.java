package de.itas.platform.events.web;

import java.time.Instant;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

import de.itas.platform.events.AttendanceMode;
import de.itas.platform.events.EventCalendar;
import de.itas.platform.events.EventRules;
import de.itas.platform.events.EventView;
import de.itas.platform.events.RegistrationStatus;
import de.itas.platform.events.RegistrationView;
import de.itas.platform.events.EventRegistrations;
import de.itas.platform.events.Tickets;

/**
 * What the page of one registration shows, for the signed-in person's page and the mail link's page alike:
 * status, mode, waiting position, the ticket with its QR code, the join link close to the start, and what the
 * person may do (cancel, confirm an offer, download ticket, calendar file and certificate).
 */
final class RegistrationPage {

	private RegistrationPage() {
	}

	static void fill(Model model, EventView event, RegistrationView registration, EventRegistrations registrations,
			Tickets tickets, Instant now, String base) {
		model.addAttribute("event", event);
		model.addAttribute("registration", registration);
		model.addAttribute("position", registrations.waitingPosition(registration));
		boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
		model.addAttribute("ticket", confirmed ? tickets.qr(event, registration) : null);
		model.addAttribute("joinLink", confirmed && registration.mode() == AttendanceMode.ONLINE
				&& EventRules.joinLinkVisible(event, now) ? event.onlineUrl() : null);
		model.addAttribute("cancellable", registration.status().active() && now.isBefore(event.endsAt()));
		model.addAttribute("offerOpen", registration.status() == RegistrationStatus.OFFERED
				&& registration.offerUntil() != null && now.isBefore(registration.offerUntil()));
		model.addAttribute("certificate", certificate(event, registration, now));
		model.addAttribute("base", base);
	}

	/** A participation certificate is there for a checked-in person once the event has ended. */
	static boolean certificate(EventView event, RegistrationView registration, Instant now) {
		return registration.checkedIn() && registration.status() == RegistrationStatus.CONFIRMED
				&& !now.isBefore(event.endsAt());
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	static ResponseEntity<String> ics(EventCalendar calendar, EventView event, RegistrationView registration) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(EventCalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("termin.ics").build().toString())
			.body(calendar.event(event, registration.status() == RegistrationStatus.CONFIRMED
					&& registration.mode() == AttendanceMode.ONLINE));
	}

	static String ticketName(RegistrationView registration) {
		return "ticket-" + registration.ticketCode().toLowerCase(Locale.ROOT) + ".pdf";
	}

}
