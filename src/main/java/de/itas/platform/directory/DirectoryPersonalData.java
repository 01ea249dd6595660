package de.itas.platform.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * A person's contact requests to companies and the answers they gave for their company, for their data
 * export and for the erasure of their account: their requests are deleted, their name is removed from their
 * answers (which stay for the sender they were written to).
 */
@Component
class DirectoryPersonalData implements PersonalData {

	private final CompanyContact contact;
	private final CompanyProfileRepository profiles;

	DirectoryPersonalData(CompanyContact contact, CompanyProfileRepository profiles) {
		this.contact = contact;
		this.profiles = profiles;
	}

	@Override
	public String module() {
		return "directory";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID person) {
		List<Map<String, Object>> sent = contact.sentBy(person).stream().map(request -> {
			Map<String, Object> entry = entry(request);
			entry.put("message", request.message());
			if (request.reply() != null) {
				entry.put("reply", request.reply());
				entry.put("repliedAt", String.valueOf(request.repliedAt()));
			}
			return entry;
		}).toList();
		List<Map<String, Object>> answered = contact.answeredBy(person).stream().map(request -> {
			Map<String, Object> entry = entry(request);
			entry.put("reply", request.reply());
			entry.put("repliedAt", String.valueOf(request.repliedAt()));
			return entry;
		}).toList();
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("contactRequestsSent", sent);
		export.put("contactRequestsAnswered", answered);
		return export;
	}

	private Map<String, Object> entry(ContactRequest request) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("company", profiles.findById(request.companyId()).map(CompanyProfile::name).orElse(""));
		entry.put("subject", request.subject());
		entry.put("sentAt", request.sentAt().toString());
		ContactContext context = request.context();
		if (context != null && context.title() != null) {
			entry.put("about", context.title());
		}
		return entry;
	}

	@Override
	public void erase(UUID person) {
		contact.erase(person);
	}

}
