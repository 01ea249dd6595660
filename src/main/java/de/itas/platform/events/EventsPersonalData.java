package de.itas.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * A person's event registrations, for their data export and the erasure of their account: registrations for
 * events that have not started are cancelled (their places move up), the others keep no name, address or
 * account (they stay only as counts).
 */
@Component
class EventsPersonalData implements PersonalData {

	private final EventRegistrations registrations;

	EventsPersonalData(EventRegistrations registrations) {
		this.registrations = registrations;
	}

	@Override
	public String module() {
		return "events";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		List<Map<String, Object>> registered = registrations.ofPerson(person).stream().map(item -> {
			RegistrationView registration = item.registration();
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("event", item.eventTitle());
			entry.put("eventId", registration.eventId().toString());
			entry.put("start", item.startsAt().toString());
			entry.put("mode", registration.mode().name());
			entry.put("status", registration.status().name());
			entry.put("name", registration.name());
			entry.put("email", registration.email());
			entry.put("organisation", registration.organisation());
			entry.put("registeredAt", registration.registeredAt().toString());
			entry.put("checkedInAt", registration.checkedInAt() == null ? "" : registration.checkedInAt().toString());
			Map<String, Object> answers = new LinkedHashMap<>();
			item.answers().forEach((question, value) -> answers.put(String.valueOf(question), value));
			entry.put("answers", answers);
			return entry;
		}).toList();
		return Map.of("registrations", registered);
	}

	@Override
	public void erase(UUID person) {
		registrations.erase(person);
	}

}
