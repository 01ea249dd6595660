package de.itas.platform.trainings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * A person's registrations for runs, for their data export and for the erasure of their account; these include
 * registrations a company made by the account's verified address before they were linked to it. (An invitee
 * without account has no export; their name and address go when the invitation is declined, expires or is
 * cancelled, and otherwise stay with the registration like anybody's.)
 */
@Component
class TrainingsPersonalData implements PersonalData {

	private final Registrations registrations;

	TrainingsPersonalData(Registrations registrations) {
		this.registrations = registrations;
	}

	@Override
	public String module() {
		return "trainings";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		List<Map<String, Object>> registered = registrations.ofPerson(person).stream().map(registration -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("offer", registration.offerTitle());
			entry.put("offerId", registration.offerId());
			entry.put("runId", registration.runId());
			entry.put("start", registration.startDate().toString());
			entry.put("end", registration.endDate().toString());
			entry.put("status", registration.status().name());
			entry.put("name", registration.personName());
			entry.put("email", registration.personEmail());
			entry.put("registeredAt", registration.registeredAt().toString());
			entry.put("registeredByCompanyAdmin", !registration.registeredBy().equals(person));
			return entry;
		}).toList();
		return Map.of("registrations", registered);
	}

	@Override
	public void erase(UUID person) {
		registrations.erase(person);
	}

}
