package de.itas.platform.helpdesk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * A person's inquiries, appointments and recommendations for the export; on deletion the inquiries are
 * anonymised (topic, district, partner, dates and status stay for the figures), bookings stay
 * booked without the person, and feedback is kept without the person.
 */
@Component
class HelpdeskPersonalData implements PersonalData {

	private final CaseRepository cases;
	private final JdbcClient jdbc;

	HelpdeskPersonalData(CaseRepository cases, JdbcClient jdbc) {
		this.cases = cases;
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "helpdesk";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> result = new LinkedHashMap<>();
		List<Map<String, Object>> inquiries = cases.bySubmitter(person).stream().map(row -> {
			Map<String, Object> inquiry = new LinkedHashMap<>();
			inquiry.put("caseNumber", row.caseNumber());
			inquiry.put("topic", row.topic().name());
			inquiry.put("district", row.districtCode());
			inquiry.put("description", row.description());
			inquiry.put("contactChannel", row.contactChannel().name());
			inquiry.put("contactTimes", row.contactTimes() == null ? "" : row.contactTimes());
			inquiry.put("phone", row.submitterPhone() == null ? "" : row.submitterPhone());
			inquiry.put("status", row.status().name());
			inquiry.put("submittedAt", row.submittedAt().toString());
			inquiry.put("attachments", cases.attachments(row.id()).stream().map(AttachmentInfo::filename).toList());
			inquiry.put("messages", cases.events(row.id(), true)
				.stream()
				.filter(event -> event.kind() == CaseEvent.Kind.MESSAGE)
				.map(event -> Map.of("at", event.at().toString(), "from", event.actorName(), "text",
						event.text() == null ? "" : event.text()))
				.toList());
			return inquiry;
		}).toList();
		result.put("inquiries", inquiries);
		result.put("appointments", jdbc.sql("SELECT starts_at, minutes, kind FROM helpdesk.slot WHERE booked_by = ? ORDER BY starts_at")
			.param(person)
			.query((rs, n) -> Map.<String, Object>of("start", rs.getTimestamp(1).toInstant().toString(), "minutes",
					rs.getInt(2), "kind", rs.getString(3)))
			.list());
		return result;
	}

	@Override
	public void erase(UUID person) {
		for (Inquiry inquiry : cases.bySubmitter(person)) {
			inquiry.anonymise();
			cases.save(inquiry);
			cases.eraseContent(inquiry.id());
		}
		jdbc.sql("""
				UPDATE helpdesk.slot SET booked_by = NULL, booked_name = '-', booked_email = NULL
				WHERE booked_by = ?""").param(person).update();
	}

}
