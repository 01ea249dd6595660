package de.itas.platform.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.CsvExport;
import de.itas.platform.shared.web.PageOf;

/**
 * An event's attendance list for its organisers: every registration with name, organisation, mode, status,
 * check-in and the answers to the organiser's questions, as a paged table and as CSV or XLSX (text that a
 * spreadsheet would run as a formula is neutralised in both). Every view and export is written to the audit
 * log, per person shown.
 */
@Service
@Transactional(readOnly = true)
public class Attendance {

	private final EventRegistrations registrations;
	private final EventStore store;
	private final AccessAudit audit;
	private final MessageSource messages;

	Attendance(EventRegistrations registrations, EventStore store, AccessAudit audit, MessageSource messages) {
		this.registrations = registrations;
		this.store = store;
		this.audit = audit;
		this.messages = messages;
	}

	/** One page of the list (404 for people who do not organise the event); the people shown are audited. */
	public PageOf<RegistrationItem> page(UUID eventId, String query, int page, int size) {
		EventView event = registrations.organisedEvent(eventId);
		List<RegistrationItem> all = registrations.ofEvent(eventId, query);
		int shown = PageOf.clamp(page, size, all.size());
		List<RegistrationItem> items = all.subList(Math.min(all.size(), shown * size),
				Math.min(all.size(), (shown + 1) * size));
		audited(event, items, "events.audit.attendance");
		return new PageOf<>(items, shown, size, all.size());
	}

	public List<RegistrationQuestion> questions(UUID eventId) {
		registrations.organisedEvent(eventId);
		return store.questions(eventId);
	}

	public byte[] csv(UUID eventId, Locale locale) {
		EventView event = registrations.organisedEvent(eventId);
		List<RegistrationQuestion> questions = store.questions(eventId);
		List<RegistrationItem> items = registrations.ofEvent(eventId, "");
		audited(event, items, "events.audit.attendance-export");
		List<List<?>> rows = new ArrayList<>();
		for (RegistrationItem item : items) {
			rows.add(row(item, questions, locale));
		}
		return CsvExport.file(header(questions, locale), rows);
	}

	public byte[] xlsx(UUID eventId, Locale locale) {
		EventView event = registrations.organisedEvent(eventId);
		List<RegistrationQuestion> questions = store.questions(eventId);
		List<RegistrationItem> items = registrations.ofEvent(eventId, "");
		audited(event, items, "events.audit.attendance-export");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "ITAS-Plattform", "1.0");
			Worksheet sheet = workbook.newWorksheet(message("events.attendance.sheet", locale));
			List<String> header = header(questions, locale);
			for (int column = 0; column < header.size(); column++) {
				sheet.value(0, column, header.get(column));
				sheet.style(0, column).bold().set();
			}
			int row = 1;
			for (RegistrationItem item : items) {
				List<Object> cells = row(item, questions, locale);
				for (int column = 0; column < cells.size(); column++) {
					Object cell = CsvExport.cell(cells.get(column));
					if (cell instanceof Number number) {
						sheet.value(row, column, number);
					}
					else {
						sheet.value(row, column, cell.toString());
					}
				}
				row++;
			}
			sheet.finish();
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private List<String> header(List<RegistrationQuestion> questions, Locale locale) {
		List<String> header = new ArrayList<>();
		for (String key : List.of("events.attendance.name", "events.attendance.email", "events.attendance.organisation",
				"events.attendance.mode", "events.attendance.status", "events.attendance.checked-in",
				"events.attendance.walk-in")) {
			header.add(message(key, locale));
		}
		questions.forEach(question -> header.add(question.label()));
		return header;
	}

	private List<Object> row(RegistrationItem item, List<RegistrationQuestion> questions, Locale locale) {
		RegistrationView registration = item.registration();
		List<Object> row = new ArrayList<>();
		row.add(registration.name());
		row.add(registration.email());
		row.add(registration.organisation());
		row.add(message(registration.mode().messageKey(), locale));
		row.add(message(registration.status().messageKey(), locale));
		row.add(registration.checkedInAt() == null ? "" : registration.checkedInAt());
		row.add(message(registration.walkIn() ? "events.attendance.yes" : "events.attendance.no", locale));
		for (RegistrationQuestion question : questions) {
			row.add(item.answers().getOrDefault(question.id(), ""));
		}
		return row;
	}

	private void audited(EventView event, List<RegistrationItem> items, String key) {
		UUID viewer = CurrentUser.get().map(user -> user.id()).orElse(null);
		for (RegistrationItem item : items) {
			RegistrationView registration = item.registration();
			if (registration.accountId() != null) {
				if (!registration.accountId().equals(viewer)) {
					audit.personalDataViewed(registration.accountId(), key, event.title());
				}
			}
			else if (!registration.email().isBlank()) {
				audit.personalDataViewedByEmail(registration.email(), key, event.title());
			}
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
