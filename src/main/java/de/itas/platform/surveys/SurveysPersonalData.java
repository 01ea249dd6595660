package de.itas.platform.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * A person's part of the surveys: the surveys they took part in (for anonymous ones only that fact, since
 * their answers cannot be found again) and their answers to surveys that are not anonymous. Erasure removes
 * the participations with any answers in progress and unlinks submitted answers from the account; the counts
 * stay.
 */
@Component
class SurveysPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	SurveysPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "surveys";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		List<Map<String, Object>> participations = jdbc.sql("""
				SELECT s.title, s.revision, s.anonymous, p.state, p.answered_on FROM surveys.participation p
				JOIN surveys.survey s ON s.id = p.survey_id WHERE p.account_id = ? ORDER BY s.title
				""").param(person).query((rs, row) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("survey", rs.getString("title"));
			entry.put("revision", rs.getInt("revision"));
			entry.put("anonymous", rs.getBoolean("anonymous"));
			entry.put("state", rs.getString("state"));
			entry.put("answeredOn", rs.getDate("answered_on") == null ? null : rs.getDate("answered_on").toString());
			return entry;
		}).list();
		List<Map<String, Object>> answers = jdbc.sql("""
				SELECT s.title, q.code, q.text, a.item, a.choice, a.number, a.text AS answer_text, a.date, a.dont_know
				FROM surveys.response r JOIN surveys.survey s ON s.id = r.survey_id
				JOIN surveys.answer a ON a.response_id = r.id JOIN surveys.question q ON q.id = a.question_id
				WHERE r.account_id = ? ORDER BY s.title, q.position
				""").param(person).query((rs, row) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("survey", rs.getString("title"));
			entry.put("question", rs.getString("code") + " " + rs.getString("text"));
			entry.put("item", rs.getString("item"));
			entry.put("choice", rs.getString("choice"));
			entry.put("number", rs.getBigDecimal("number") == null ? null : rs.getBigDecimal("number").toPlainString());
			entry.put("text", rs.getString("answer_text"));
			entry.put("date", rs.getDate("date") == null ? null : rs.getDate("date").toString());
			entry.put("dontKnow", rs.getBoolean("dont_know"));
			return entry;
		}).list();
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("participations", participations);
		export.put("answers", answers);
		return export;
	}

	@Override
	public void erase(UUID person) {
		jdbc.sql("DELETE FROM surveys.participation WHERE account_id = ?").param(person).update();
		jdbc.sql("UPDATE surveys.response SET account_id = NULL, submitted_at = NULL WHERE account_id = ?")
			.param(person)
			.update();
	}

}
