package de.itas.platform.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * What the SCORM part keeps about a person: their attempts at e-learning packages with each unit's status, score,
 * bookmark and time, and the packages they uploaded. Erasure deletes the attempts with all run-time data (which
 * may hold answers and comments) and removes the person as uploader; an uploaded package stays with its
 * organisation.
 */
@Component
class PackagesPersonalData implements PersonalData {

	private final NamedParameterJdbcTemplate jdbc;
	private final AttemptStore attempts;

	PackagesPersonalData(NamedParameterJdbcTemplate jdbc, AttemptStore attempts) {
		this.jdbc = jdbc;
		this.attempts = attempts;
	}

	@Override
	public String module() {
		return "learning-packages";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("person", person);
		List<Map<String, Object>> runs = new ArrayList<>();
		jdbc.query("""
				SELECT p.title, r.id, r.number, r.started_at, r.updated_at
				FROM learning.attempt_run r JOIN learning.package_upload p ON p.id = r.package_id
				WHERE r.person_id = :person ORDER BY r.started_at, r.number""", parameters, rs -> {
			Map<String, Object> run = new LinkedHashMap<>();
			run.put("package", rs.getString("title"));
			run.put("attempt", rs.getInt("number"));
			run.put("startedAt", rs.getTimestamp("started_at").toInstant().toString());
			run.put("updatedAt", rs.getTimestamp("updated_at").toInstant().toString());
			run.put("units", jdbc.queryForList("""
					SELECT item_id AS "unit", lesson_status AS "status", score_raw AS "score",
					       total_time_cs AS "totalTimeCentiseconds", cmi AS "runTimeData"
					FROM learning.attempt_sco WHERE attempt_id = :attempt ORDER BY item_id""",
					new MapSqlParameterSource("attempt", rs.getObject("id", UUID.class)))
				.stream()
				.map(row -> {
					Map<String, Object> unit = new LinkedHashMap<>(row);
					unit.computeIfPresent("runTimeData", (key, value) -> value.toString());
					unit.values().removeIf(java.util.Objects::isNull);
					return unit;
				})
				.toList());
			runs.add(run);
		});
		List<String> uploaded = jdbc.queryForList(
				"SELECT title FROM learning.package_upload WHERE uploaded_by = :person ORDER BY created_at", parameters,
				String.class);
		if (runs.isEmpty() && uploaded.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("attempts", runs);
		data.put("uploadedPackages", uploaded);
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID person) {
		attempts.deleteAttemptsOf(person);
		jdbc.update("UPDATE learning.package_upload SET uploaded_by = NULL WHERE uploaded_by = :person",
				new MapSqlParameterSource("person", person));
	}

}
