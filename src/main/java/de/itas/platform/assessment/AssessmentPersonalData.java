package de.itas.platform.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * The assessment module's part of a person's data: which checks the person started, which needs they
 * recorded and which advisor consents they gave. The checks, needs and consents belong to the company and
 * stay when the person's account is deleted; only the reference to the person is removed.
 */
@Component
class AssessmentPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	AssessmentPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "assessment";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("checksStarted", jdbc.sql("SELECT id, organisation_id, started_at FROM assessment.company_check "
				+ "WHERE started_by = ? ORDER BY started_at")
			.param(person)
			.query((rs, n) -> Map.of("check", rs.getString("id"), "organisation", rs.getString("organisation_id"),
					"startedAt", rs.getTimestamp("started_at").toInstant().toString()))
			.list());
		data.put("needsRecorded", jdbc.sql("SELECT id, organisation_id, occupation_label, recorded_at FROM "
				+ "assessment.qualification_need WHERE recorded_by = ? ORDER BY recorded_at")
			.param(person)
			.query((rs, n) -> Map.of("need", rs.getString("id"), "organisation", rs.getString("organisation_id"),
					"occupation", rs.getString("occupation_label"),
					"recordedAt", rs.getTimestamp("recorded_at").toInstant().toString()))
			.list());
		data.put("advisorConsentsGiven", jdbc.sql("SELECT organisation_id, granted_at FROM assessment.advisor_consent "
				+ "WHERE granted_by = ?")
			.param(person)
			.query((rs, n) -> Map.of("organisation", rs.getString("organisation_id"),
					"grantedAt", rs.getTimestamp("granted_at").toInstant().toString()))
			.list());
		return data;
	}

	@Override
	public void erase(UUID person) {
		jdbc.sql("UPDATE assessment.company_check SET started_by = NULL WHERE started_by = ?").param(person).update();
		jdbc.sql("UPDATE assessment.qualification_need SET recorded_by = NULL WHERE recorded_by = ?").param(person).update();
		jdbc.sql("UPDATE assessment.advisor_consent SET granted_by = NULL WHERE granted_by = ?").param(person).update();
	}

}
