package de.itas.platform.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes checks (plain SQL: answers and scores are JSON documents in text columns). */
@Component
class CheckRepository {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, organisation_id, questionnaire_version, status, answers, current_step, "
			+ "started_by, started_at, changed_at, completed_at, district_code, size_class, value_chain_position, scores";

	private final JdbcClient jdbc;

	CheckRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CompanyCheck> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.company_check WHERE id = ?")
			.param(id)
			.query(CheckRepository::map)
			.optional();
	}

	/** The check, locked until the end of the transaction, so that two saves never lose each other's answers. */
	Optional<CompanyCheck> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.company_check WHERE id = ? FOR UPDATE")
			.param(id)
			.query(CheckRepository::map)
			.optional();
	}

	List<CompanyCheck> ofOrganisation(UUID organisationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.company_check WHERE organisation_id = ? ORDER BY started_at DESC")
			.param(organisationId)
			.query(CheckRepository::map)
			.list();
	}

	Optional<CompanyCheck> open(UUID organisationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.company_check WHERE organisation_id = ? AND status = 'IN_PROGRESS'")
			.param(organisationId)
			.query(CheckRepository::map)
			.optional();
	}

	/** Each company's latest completed check (one per company). */
	List<CompanyCheck> latestCompleted() {
		return jdbc.sql("SELECT DISTINCT ON (organisation_id) " + COLUMNS + " FROM assessment.company_check "
				+ "WHERE status = 'COMPLETED' ORDER BY organisation_id, completed_at DESC")
			.query(CheckRepository::map)
			.list();
	}

	List<CompanyCheck> allCompleted() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.company_check WHERE status = 'COMPLETED' ORDER BY completed_at")
			.query(CheckRepository::map)
			.list();
	}

	/** Inserts a new open check; answers false when the company has one open already. */
	boolean insert(CompanyCheck check) {
		return jdbc.sql("INSERT INTO assessment.company_check (id, organisation_id, questionnaire_version, status, answers, "
				+ "current_step, started_by, started_at, changed_at) VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(check.id(), check.organisationId(), check.questionnaireVersion(), json(check.answers()),
					check.currentStep(), check.startedBy(), ts(check.startedAt()), ts(check.changedAt()))
			.update() == 1;
	}

	void saveAnswers(UUID id, Map<String, String> answers, int currentStep, Instant now) {
		jdbc.sql("UPDATE assessment.company_check SET answers = ?, current_step = ?, changed_at = ?, version = version + 1 WHERE id = ?")
			.params(json(answers), currentStep, ts(now), id)
			.update();
	}

	void complete(UUID id, Scores scores, Instant now, @Nullable String districtCode, @Nullable String sizeClass,
			@Nullable String position) {
		jdbc.sql("UPDATE assessment.company_check SET status = 'COMPLETED', scores = ?, completed_at = ?, changed_at = ?, "
				+ "district_code = ?, size_class = ?, value_chain_position = ?, version = version + 1 WHERE id = ?")
			.params(json(scores), ts(now), ts(now), districtCode, sizeClass, position, id)
			.update();
	}

	/** Inserts a completed check as it was (demo data). */
	void insertCompleted(CompanyCheck check) {
		jdbc.sql("INSERT INTO assessment.company_check (" + COLUMNS + ") VALUES (?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(check.id(), check.organisationId(), check.questionnaireVersion(), json(check.answers()),
					check.currentStep(), check.startedBy(), ts(check.startedAt()), ts(check.changedAt()),
					ts(check.completedAt()), check.districtCode(), check.sizeClass(), check.valueChainPosition(),
					json(check.scores()))
			.update();
	}

	boolean anyFor(UUID organisationId) {
		return jdbc.sql("SELECT count(*) FROM assessment.company_check WHERE organisation_id = ?")
			.param(organisationId)
			.query(Long.class)
			.single() > 0;
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static String json(@Nullable Object value) {
		return JSON.writeValueAsString(value);
	}

	private static CompanyCheck map(ResultSet rs, int row) throws SQLException {
		String scores = rs.getString("scores");
		Timestamp completed = rs.getTimestamp("completed_at");
		String startedBy = rs.getString("started_by");
		return new CompanyCheck(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getInt("questionnaire_version"), CheckStatus.valueOf(rs.getString("status")),
				JSON.readValue(rs.getString("answers"), new TypeReference<LinkedHashMap<String, String>>() {
				}), rs.getInt("current_step"), startedBy == null ? null : UUID.fromString(startedBy),
				rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("changed_at").toInstant(),
				completed == null ? null : completed.toInstant(), rs.getString("district_code"), rs.getString("size_class"),
				rs.getString("value_chain_position"), scores == null ? null : JSON.readValue(scores, Scores.class));
	}

}
