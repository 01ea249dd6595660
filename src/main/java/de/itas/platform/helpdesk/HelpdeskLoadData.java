package de.itas.platform.helpdesk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.AccountSummary;
import de.itas.platform.accounts.Accounts;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.loaddata.GeneratedIds;
import de.itas.platform.shared.loaddata.LoadDataGenerator;
import de.itas.platform.shared.loaddata.LoadDataRun;

/**
 * Load data of the help desk: inquiries of generated persons (half of them for their company) with their case
 * history, routed to the teams that exist (round robin) and, past the status NEW, assigned to the team's first
 * member. Statuses are spread like a working desk: a third closed with an outcome, the rest open in every
 * status. Case numbers come from the module's own sequence, as for a real inquiry.
 */
@Component
class HelpdeskLoadData implements LoadDataGenerator {

	static final long INQUIRIES = 100_000;

	private final JdbcTemplate jdbc;
	private final Accounts accounts;
	private final Region region;

	HelpdeskLoadData(JdbcTemplate jdbc, Accounts accounts, Region region) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.region = region;
	}

	@Override
	public String module() {
		return "helpdesk";
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public void generate(LoadDataRun run) {
		GeneratedIds persons = run.ids("person").orElse(null);
		long inquiries = run.size("inquiries", INQUIRIES);
		List<Map<String, Object>> teams = jdbc.queryForList("""
				SELECT t.code, t.partner_code, (SELECT m.advisor_id FROM helpdesk.team_member m WHERE m.team_code = t.code
				  ORDER BY m.advisor_id LIMIT 1) AS advisor_id FROM helpdesk.team t ORDER BY t.code""");
		if (persons == null || inquiries == 0 || teams.isEmpty()) {
			return;
		}
		GeneratedIds companies = run.ids("company").orElse(null);
		String[] districts = region.districts().stream().map(DistrictSummary::code).toArray(String[]::new);
		jdbc.execute("CREATE TEMP TABLE load_team (n INT, code TEXT, partner_code TEXT, advisor_id UUID, "
				+ "advisor_name TEXT) ON COMMIT DROP");
		for (int i = 0; i < teams.size(); i++) {
			UUID advisor = (UUID) teams.get(i).get("advisor_id");
			String name = advisor == null ? null : accounts.account(advisor).map(AccountSummary::displayName).orElse(null);
			jdbc.update("INSERT INTO load_team VALUES (?, ?, ?, ?, ?)", i, teams.get(i).get("code"),
					teams.get(i).get("partner_code"), name == null ? null : advisor, name);
		}
		long firstId = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM helpdesk.inquiry", Long.class);
		// status by number: 2 of 20 NEW, 3 ASSIGNED, 4 IN_PROGRESS, 1 WAITING_FOR_FEEDBACK, 3 RECOMMENDATION_SENT, 7 CLOSED
		String person = "(g * 13) % " + persons.count();
		run.measure(module(), "inquiries", () -> jdbc.update("""
				INSERT INTO helpdesk.inquiry (case_number, topic, district_code, description, contact_channel, submitter_id,
				  submitter_name, submitter_email, organisation_id, locale, confirmed, status, outcome, partner_code,
				  team_code, assignee_id, assignee_name, submitted_at, first_response_due, first_response_at, closed_at)
				SELECT 'HD-' || extract(year FROM now() - (g %% 700) * interval '1 day') || '-'
				    || nextval('helpdesk.case_number_seq'),
				  (ARRAY['QUALIFICATION_FUNDING','TECHNOLOGY_INNOVATION','STRATEGY_BUSINESS','WORK_EMPLOYMENT',
				    'LOCATION_POLICY','REORIENTATION','OTHER'])[1 + g %% 7],
				  (CAST(? AS text[]))[1 + g %% cardinality(CAST(? AS text[]))],
				  'Synthetisches Anliegen für Lasttests Nr. ' || g || ': Wir suchen Beratung zur Qualifizierung.',
				  (ARRAY['EMAIL','PHONE','VIDEO','IN_PERSON'])[1 + g %% 4], %s, %s, %s,
				  CASE WHEN g %% 2 = 0 THEN %s END, 'de', TRUE, s.status,
				  CASE WHEN s.status = 'CLOSED' THEN (ARRAY['RESOLVED','REFERRED','TRAINING_STARTED','NO_RESPONSE',
				    'WITHDRAWN','OUT_OF_SCOPE'])[1 + g %% 6] END,
				  t.partner_code, t.code,
				  CASE WHEN s.status <> 'NEW' THEN t.advisor_id END, CASE WHEN s.status <> 'NEW' THEN t.advisor_name END,
				  now() - (g %% 700) * interval '1 day', now() - (g %% 700) * interval '1 day' + interval '2 days',
				  CASE WHEN s.status NOT IN ('NEW', 'ASSIGNED') THEN now() - (g %% 700) * interval '1 day' + interval '1 day' END,
				  CASE WHEN s.status = 'CLOSED' THEN now() - (g %% 700) * interval '1 day' + interval '20 days' END
				FROM generate_series(0, ? - 1) g
				JOIN load_team t ON t.n = g %% %d
				CROSS JOIN LATERAL (SELECT CASE WHEN t.advisor_id IS NULL THEN 'NEW'
				  ELSE (ARRAY['NEW','NEW','ASSIGNED','ASSIGNED','ASSIGNED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS',
				    'IN_PROGRESS','WAITING_FOR_FEEDBACK','RECOMMENDATION_SENT','RECOMMENDATION_SENT','RECOMMENDATION_SENT',
				    'CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + (g / 7) %% 20] END AS status) s
				ORDER BY g""".formatted(persons.sql(person), run.personNameSql(person), run.personEmailSql(person),
				companies == null ? "NULL" : companies.sql("(" + person + ") % " + companies.count()), teams.size()),
				districts, districts, inquiries));
		// the history: submitted and routed always, assigned past NEW, the last status change when it moved on
		run.measure(module(), "case events", () -> jdbc.update("""
				INSERT INTO helpdesk.case_event (inquiry_id, at, actor_id, actor_name, kind, detail, text, public)
				SELECT i.id, i.submitted_at, i.submitter_id, i.submitter_name, 'SUBMITTED', i.topic, NULL, TRUE
				FROM helpdesk.inquiry i WHERE i.id > ?
				UNION ALL
				SELECT i.id, i.submitted_at, NULL, 'ITAS-Plattform', 'ROUTED', i.team_code, NULL, FALSE
				FROM helpdesk.inquiry i WHERE i.id > ?
				UNION ALL
				SELECT i.id, i.submitted_at + interval '1 hour', NULL, 'ITAS-Plattform', 'ASSIGNED', i.assignee_name, NULL, FALSE
				FROM helpdesk.inquiry i WHERE i.id > ? AND i.assignee_id IS NOT NULL
				UNION ALL
				SELECT i.id, coalesce(i.closed_at, i.first_response_at), i.assignee_id, i.assignee_name, 'STATUS',
				  i.status || CASE WHEN i.outcome IS NOT NULL THEN ':' || i.outcome ELSE '' END, NULL, TRUE
				FROM helpdesk.inquiry i WHERE i.id > ? AND i.status NOT IN ('NEW', 'ASSIGNED')""", firstId, firstId, firstId,
				firstId));
		jdbc.execute("ANALYZE helpdesk.inquiry");
		jdbc.execute("ANALYZE helpdesk.case_event");
	}

}
