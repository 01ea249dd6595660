package de.itas.platform.events;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.mail.OutgoingMail;

/**
 * The mails of registrations, sent through the kernel's {@link Mailer} (after the commit when inside a
 * transaction): confirmation with the ticket (PDF) and the calendar file (with the join link for online
 * participants), waiting-list notice, offer to move up, expired offer, cancellation, cancelled event and the
 * reminder the day before. People without account get links with a token; account holders a link to their
 * registration's page.
 */
@Component
class RegistrationMails {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

	private final Mailer mailer;
	private final EventCalendar calendar;
	private final Tickets tickets;

	RegistrationMails(Mailer mailer, EventCalendar calendar, Tickets tickets) {
		this.mailer = mailer;
		this.calendar = calendar;
		this.tickets = tickets;
	}

	/** After a registration: confirmed (with ticket) or waiting (with the position). */
	void registered(EventView event, RegistrationView registration, int position, @Nullable String token) {
		if (registration.status() == RegistrationStatus.CONFIRMED) {
			confirmed(event, registration, token);
		}
		else {
			Map<String, Object> variables = variables(event, registration, token);
			variables.put("position", position);
			send(registration, "waiting", variables, List.of());
		}
	}

	/**
	 * The confirmation with the ticket. The ticket's PDF is rendered after the commit, when the event's row lock
	 * is released, so that rendering it does not hold up the other registrations of the event.
	 */
	void confirmed(EventView event, RegistrationView registration, @Nullable String token) {
		Map<String, Object> variables = variables(event, registration, token);
		Locale locale = locale();
		afterCommit(() -> send(registration, locale, "confirmed", variables, withTicket(event, registration, locale)));
	}

	/**
	 * Runs the action after the current transaction committed (not at all on rollback), or at once without
	 * one. It runs when the transaction's synchronisations are already cleared, so the mailer sends at once.
	 */
	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					action.run();
				}
			}
		});
	}

	void offered(EventView event, RegistrationView registration, @Nullable String token) {
		Map<String, Object> variables = variables(event, registration, token);
		variables.put("until", registration.offerUntil() == null ? ""
				: TIME.format(registration.offerUntil().atZone(EventStore.BERLIN)));
		send(registration, "offered", variables, List.of());
	}

	void expired(EventView event, RegistrationView registration) {
		send(registration, "expired", variables(event, registration, null), List.of());
	}

	void cancelled(EventView event, RegistrationView registration, boolean byOrganiser) {
		Map<String, Object> variables = variables(event, registration, null);
		variables.put("byOrganiser", byOrganiser);
		send(registration, "cancelled", variables, List.of());
	}

	void eventCancelled(EventView event, RegistrationView registration) {
		Map<String, Object> variables = variables(event, registration, null);
		variables.put("reason", event.cancelReason());
		send(registration, "event-cancelled", variables, List.of(calendarFile(event, false)));
	}

	void reminder(EventView event, RegistrationView registration) {
		send(registration, "reminder", variables(event, registration, null),
				List.of(calendarFile(event, registration.mode() == AttendanceMode.ONLINE)));
	}

	private List<OutgoingMail.Attachment> withTicket(EventView event, RegistrationView registration, Locale locale) {
		List<OutgoingMail.Attachment> attachments = new ArrayList<>();
		attachments.add(new OutgoingMail.Attachment("ticket-" + registration.ticketCode() + ".pdf", "application/pdf",
				tickets.ticket(event, registration, locale)));
		attachments.add(calendarFile(event, registration.mode() == AttendanceMode.ONLINE));
		return attachments;
	}

	private OutgoingMail.Attachment calendarFile(EventView event, boolean withJoinLink) {
		return new OutgoingMail.Attachment("termin.ics", "text/calendar",
				calendar.event(event, withJoinLink).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private Map<String, Object> variables(EventView event, RegistrationView registration, @Nullable String token) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", registration.name());
		variables.put("title", event.title());
		variables.put("start", TIME.format(event.startsAt().atZone(EventStore.BERLIN)));
		variables.put("online", registration.mode() == AttendanceMode.ONLINE);
		variables.put("place", EventCalendar.location(event));
		variables.put("eventPath", Events.path(event));
		variables.put("ticketCode", registration.ticketCode());
		String link;
		if (registration.accountId() != null) {
			link = "/veranstaltungen/anmeldungen/" + registration.id();
		}
		else if (token != null) {
			link = "/veranstaltungen/teilnahme/" + token;
		}
		else {
			link = Events.path(event);
		}
		variables.put("link", link);
		return variables;
	}

	private void send(RegistrationView registration, String kind, Map<String, Object> variables,
			List<OutgoingMail.Attachment> attachments) {
		send(registration, locale(), kind, variables, attachments);
	}

	private void send(RegistrationView registration, Locale locale, String kind, Map<String, Object> variables,
			List<OutgoingMail.Attachment> attachments) {
		if (registration.email().isBlank()) {
			return;
		}
		mailer.send(registration.email(), locale, "events.mail." + kind + ".subject", "events/" + kind, variables,
				attachments);
	}

	/** The language of the request; German for the scheduled jobs. */
	private static Locale locale() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = context == null ? null : context.getLocale();
		return locale == null ? Locale.GERMAN : locale;
	}

}
