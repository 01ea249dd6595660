package de.itas.platform.helpdesk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.AccountSummary;
import de.itas.platform.accounts.Accounts;
import de.itas.platform.shared.privacy.PersonalData;

/**
 * A person's inquiries (also those sent as a visitor from the account's verified address), with their
 * messages, recommendations and the person's feedback on them, and the person's appointments, for the
 * export. On deletion the inquiries are anonymised (topic, district, partner, dates and status stay for the
 * figures), unconfirmed ones from the address are deleted, the history no longer names the person as actor,
 * bookings stay booked without the person and without the reason they gave, and feedback is kept without the person. An advisor's free slots
 * are deleted; their booked slots and sent recommendations stay under a random id no account has.
 */
@Component
class HelpdeskPersonalData implements PersonalData {

	/** What replaces a name in the history. */
	private static final String ERASED = "-";

	private final CaseRepository cases;
	private final Accounts accounts;
	private final JdbcClient jdbc;

	HelpdeskPersonalData(CaseRepository cases, Accounts accounts, JdbcClient jdbc) {
		this.cases = cases;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "helpdesk";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> result = new LinkedHashMap<>();
		List<Map<String, Object>> inquiries = inquiriesOf(person, true).stream().map(row -> {
			Map<String, Object> inquiry = new LinkedHashMap<>();
			inquiry.put("caseNumber", row.caseNumber());
			inquiry.put("submittedAs", row.submitterId() == null ? "visitor" : "account");
			inquiry.put("name", row.submitterName());
			inquiry.put("email", row.submitterEmail() == null ? "" : row.submitterEmail());
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
			inquiry.put("recommendations", recommendations(row.id()));
			return inquiry;
		}).toList();
		result.put("inquiries", inquiries);
		result.put("appointments", jdbc.sql("""
				SELECT starts_at, minutes, kind, booked_name, booked_email, reason FROM helpdesk.slot WHERE booked_by = ?
				ORDER BY starts_at""")
			.param(person)
			.query((rs, n) -> Map.<String, Object>of("start", rs.getTimestamp(1).toInstant().toString(), "minutes",
					rs.getInt(2), "kind", rs.getString(3), "name", nullToEmpty(rs.getString(4)), "email",
					nullToEmpty(rs.getString(5)), "reason", nullToEmpty(rs.getString(6))))
			.list());
		return result;
	}

	/** The recommendations sent on an inquiry, with the submitter's feedback on each item. */
	private List<Map<String, Object>> recommendations(long inquiryId) {
		List<Map<String, Object>> recommendations = new ArrayList<>();
		List<Long> ids = jdbc.sql("SELECT id FROM helpdesk.recommendation WHERE inquiry_id = ? ORDER BY sent_at, id")
			.param(inquiryId)
			.query(Long.class)
			.list();
		for (long id : ids) {
			Map<String, Object> recommendation = jdbc.sql(
					"SELECT advisor_name, message, sent_at FROM helpdesk.recommendation WHERE id = ?")
				.param(id)
				.query((rs, n) -> {
					Map<String, Object> values = new LinkedHashMap<>();
					values.put("from", rs.getString("advisor_name"));
					values.put("message", rs.getString("message"));
					values.put("sentAt", rs.getTimestamp("sent_at").toInstant().toString());
					return values;
				})
				.single();
			recommendation.put("items", jdbc.sql("""
					SELECT kind, title, url, note, helpful FROM helpdesk.recommendation_item
					WHERE recommendation_id = ? ORDER BY id""")
				.param(id)
				.query((rs, n) -> Map.<String, Object>of("kind", rs.getString("kind"), "title", rs.getString("title"),
						"url", nullToEmpty(rs.getString("url")), "note", nullToEmpty(rs.getString("note")), "feedback",
						rs.getObject("helpful") == null ? "" : rs.getBoolean("helpful") ? "helpful" : "not helpful"))
				.list());
			recommendations.add(recommendation);
		}
		return recommendations;
	}

	@Override
	public void erase(UUID person) {
		Optional<AccountSummary> account = accounts.account(person);
		for (Inquiry inquiry : inquiriesOf(person, false)) {
			String name = inquiry.submitterName();
			if (!inquiry.confirmed()) {
				// never confirmed, so never worked on or counted: nothing to keep
				cases.delete(inquiry.id());
				continue;
			}
			inquiry.anonymise();
			cases.save(inquiry);
			cases.eraseContent(inquiry.id());
			// the submitter's own entries (submitted, confirmed as a visitor) carry the name without an id
			jdbc.sql("UPDATE helpdesk.case_event SET actor_id = NULL, actor_name = ? WHERE inquiry_id = ? AND actor_name = ?")
				.params(ERASED, inquiry.id(), name)
				.update();
		}
		// what the person did on any case, also as staff: assignments name the advisor in their detail
		account.ifPresent(summary -> jdbc.sql("""
				UPDATE helpdesk.case_event SET detail = ? WHERE kind = 'ASSIGNED' AND detail = ? AND inquiry_id IN (
				  SELECT id FROM helpdesk.inquiry WHERE assignee_id = ?
				  UNION SELECT inquiry_id FROM helpdesk.case_event WHERE actor_id = ?)""")
			.params(ERASED, summary.displayName(), person, person)
			.update());
		jdbc.sql("UPDATE helpdesk.case_event SET actor_id = NULL, actor_name = ? WHERE actor_id = ?")
			.params(ERASED, person)
			.update();
		jdbc.sql("UPDATE helpdesk.inquiry SET assignee_id = NULL, assignee_name = NULL WHERE assignee_id = ?")
			.param(person)
			.update();
		jdbc.sql("DELETE FROM helpdesk.team_member WHERE advisor_id = ?").param(person).update();
		// an advisor's free slots go; booked and past ones and sent recommendations stay for the people and the
		// figures, under an id of their own that no account has
		jdbc.sql("DELETE FROM helpdesk.slot WHERE advisor_id = ? AND booked_at IS NULL").param(person).update();
		UUID pseudonym = UUID.randomUUID();
		jdbc.sql("UPDATE helpdesk.slot SET advisor_id = ?, advisor_name = ? WHERE advisor_id = ?")
			.params(pseudonym, ERASED, person)
			.update();
		jdbc.sql("UPDATE helpdesk.slot_series SET advisor_id = ? WHERE advisor_id = ?").params(pseudonym, person).update();
		jdbc.sql("UPDATE helpdesk.recommendation SET advisor_id = ?, advisor_name = ? WHERE advisor_id = ?")
			.params(pseudonym, ERASED, person)
			.update();
		jdbc.sql("""
				UPDATE helpdesk.slot SET booked_by = NULL, booked_name = ?, booked_email = NULL, reason = NULL
				WHERE booked_by = ?""").params(ERASED, person).update();
	}

	/**
	 * The person's inquiries: those submitted signed in, and those submitted as a visitor from the address the
	 * account has verified ({@code confirmedOnly}: only those whose link was followed).
	 */
	private List<Inquiry> inquiriesOf(UUID person, boolean confirmedOnly) {
		List<Inquiry> inquiries = new ArrayList<>(cases.bySubmitter(person));
		accounts.verifiedEmail(person)
			.ifPresent(email -> cases.byVisitorEmail(email)
				.stream()
				.filter(row -> row.confirmed() || !confirmedOnly)
				.forEach(inquiries::add));
		return inquiries;
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

}
