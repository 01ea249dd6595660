package de.itas.platform.learning;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Attempts and the run-time state of each SCO in an attempt, in SQL. */
@Component
class AttemptStore {

	record AttemptRow(UUID id, UUID packageId, UUID personId, int number, Instant startedAt, Instant updatedAt) {
	}

	record ScoRow(UUID attemptId, String itemId, String cmi, String apiState, @Nullable UUID launchId,
			String lessonStatus, @Nullable BigDecimal scoreRaw, long totalTimeCentiseconds) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	AttemptStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AttemptRow> latest(UUID packageId, UUID personId) {
		return jdbc.query("""
				SELECT * FROM learning.attempt_run WHERE package_id = :package AND person_id = :person
				ORDER BY number DESC LIMIT 1""", new MapSqlParameterSource("package", packageId).addValue("person", personId),
				AttemptStore::attempt).stream().findFirst();
	}

	Optional<AttemptRow> attempt(UUID id) {
		return jdbc.query("SELECT * FROM learning.attempt_run WHERE id = :id", new MapSqlParameterSource("id", id),
				AttemptStore::attempt).stream().findFirst();
	}

	List<AttemptRow> attempts(UUID packageId, UUID personId) {
		return jdbc.query("""
				SELECT * FROM learning.attempt_run WHERE package_id = :package AND person_id = :person
				ORDER BY number DESC""", new MapSqlParameterSource("package", packageId).addValue("person", personId),
				AttemptStore::attempt);
	}

	List<AttemptRow> attemptsOf(UUID personId) {
		return jdbc.query("SELECT * FROM learning.attempt_run WHERE person_id = :person ORDER BY started_at",
				new MapSqlParameterSource("person", personId), AttemptStore::attempt);
	}

	void insertAttempt(UUID id, UUID packageId, UUID personId, int number, Instant now) {
		jdbc.update("""
				INSERT INTO learning.attempt_run (id, package_id, person_id, number, started_at, updated_at)
				VALUES (:id, :package, :person, :number, :now, :now)""",
				new MapSqlParameterSource("id", id).addValue("package", packageId)
					.addValue("person", personId)
					.addValue("number", number)
					.addValue("now", Timestamp.from(now)));
	}

	/** The row locked for the rest of the transaction: one request at a time changes a SCO's state. */
	Optional<ScoRow> scoForUpdate(UUID attemptId, String itemId) {
		return jdbc.query("SELECT * FROM learning.attempt_sco WHERE attempt_id = :attempt AND item_id = :item FOR UPDATE",
				new MapSqlParameterSource("attempt", attemptId).addValue("item", itemId), AttemptStore::sco)
			.stream()
			.findFirst();
	}

	Optional<ScoRow> scoByLaunch(UUID launchId) {
		return jdbc.query("SELECT * FROM learning.attempt_sco WHERE launch_id = :launch",
				new MapSqlParameterSource("launch", launchId), AttemptStore::sco).stream().findFirst();
	}

	List<ScoRow> scos(UUID attemptId) {
		return jdbc.query("SELECT * FROM learning.attempt_sco WHERE attempt_id = :attempt ORDER BY item_id",
				new MapSqlParameterSource("attempt", attemptId), AttemptStore::sco);
	}

	void saveSco(UUID attemptId, String itemId, String cmi, String apiState, @Nullable UUID launchId,
			String lessonStatus, @Nullable BigDecimal scoreRaw, long totalTime, Instant now) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("attempt", attemptId).addValue("item", itemId)
			.addValue("cmi", cmi)
			.addValue("state", apiState)
			.addValue("launch", launchId == null ? null : launchId.toString())
			.addValue("status", lessonStatus)
			.addValue("score", scoreRaw, java.sql.Types.NUMERIC)
			.addValue("time", totalTime)
			.addValue("now", Timestamp.from(now));
		jdbc.update("""
				INSERT INTO learning.attempt_sco (attempt_id, item_id, cmi, api_state, launch_id, lesson_status, score_raw,
				  total_time_cs, updated_at)
				VALUES (:attempt, :item, CAST(:cmi AS jsonb), :state, CAST(:launch AS uuid), :status, :score, :time, :now)
				ON CONFLICT (attempt_id, item_id) DO UPDATE SET cmi = EXCLUDED.cmi, api_state = EXCLUDED.api_state,
				  launch_id = EXCLUDED.launch_id, lesson_status = EXCLUDED.lesson_status, score_raw = EXCLUDED.score_raw,
				  total_time_cs = EXCLUDED.total_time_cs, updated_at = EXCLUDED.updated_at""", parameters);
		jdbc.update("UPDATE learning.attempt_run SET updated_at = :now WHERE id = :attempt", parameters);
	}

	int deleteAttemptsOf(UUID personId) {
		return jdbc.update("DELETE FROM learning.attempt_run WHERE person_id = :person",
				new MapSqlParameterSource("person", personId));
	}

	private static AttemptRow attempt(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AttemptRow(rs.getObject("id", UUID.class), rs.getObject("package_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getInt("number"), rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private static ScoRow sco(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ScoRow(rs.getObject("attempt_id", UUID.class), rs.getString("item_id"), rs.getString("cmi"),
				rs.getString("api_state"), rs.getObject("launch_id", UUID.class), rs.getString("lesson_status"),
				rs.getBigDecimal("score_raw"), rs.getLong("total_time_cs"));
	}

}
