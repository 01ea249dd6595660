package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.region.Region;

/**
 * Reads survey revisions with their pages, questions and options. The options of a district question are the
 * region's districts, read when the survey is read, so that a survey always offers the region it runs in.
 */
@Component
public class SurveyStore {

	private final JdbcClient jdbc;
	private final Region region;

	SurveyStore(JdbcClient jdbc, Region region) {
		this.jdbc = jdbc;
		this.region = region;
	}

	public Optional<SurveyDefinition> find(UUID id) {
		return jdbc.sql("SELECT * FROM surveys.survey WHERE id = ?").param(id).query(this::header).optional()
			.map(this::complete);
	}

	/** The newest revision of the survey with this address. */
	public Optional<SurveyDefinition> current(String slug) {
		return jdbc.sql("SELECT * FROM surveys.survey WHERE slug = ? ORDER BY revision DESC LIMIT 1")
			.param(slug)
			.query(this::header)
			.optional()
			.map(this::complete);
	}

	public Optional<SurveyDefinition> revision(String slug, int revision) {
		return jdbc.sql("SELECT * FROM surveys.survey WHERE slug = ? AND revision = ?")
			.param(slug)
			.param(revision)
			.query(this::header)
			.optional()
			.map(this::complete);
	}

	/** The revision numbers of a survey, oldest first. */
	public List<Integer> revisions(UUID familyId) {
		return jdbc.sql("SELECT revision FROM surveys.survey WHERE family_id = ? ORDER BY revision")
			.param(familyId)
			.query(Integer.class)
			.list();
	}

	/**
	 * Whether the revision has any answer, submitted or in progress: from then on its questions are locked and
	 * changes need a new revision.
	 */
	public boolean locked(UUID surveyId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM surveys.response WHERE survey_id = :id)
				    OR EXISTS (SELECT 1 FROM surveys.participation p JOIN surveys.draft_answer d ON d.participation_id = p.id
				               WHERE p.survey_id = :id)
				""").param("id", surveyId).query(Boolean.class).single();
	}

	/** Submitted responses of a revision. */
	public int responses(UUID surveyId) {
		return jdbc.sql("SELECT count(*) FROM surveys.response WHERE survey_id = ?").param(surveyId).query(Integer.class)
			.single();
	}

	/** A survey as the public list shows it: the newest revision of each survey. */
	public record Listed(UUID id, String slug, int revision, String title, String intro, SurveyAudience audience,
			@Nullable Instant opensAt, @Nullable Instant closesAt, boolean publishResults) {

		public SurveyPhase phase(Instant now) {
			if (opensAt == null || now.isBefore(opensAt)) {
				return SurveyPhase.NOT_OPEN;
			}
			return closesAt != null && !now.isBefore(closesAt) ? SurveyPhase.CLOSED : SurveyPhase.OPEN;
		}

	}

	/**
	 * The surveys a visitor may find: open ones (except those for invited people only) and ended ones with
	 * published results, open ones first, then by end of period.
	 */
	public de.itas.platform.shared.web.PageOf<Listed> listed(Instant now, int page, int size) {
		String where = """
				FROM surveys.survey s
				WHERE s.template_key IS NULL
				  AND s.revision = (SELECT max(r.revision) FROM surveys.survey r WHERE r.family_id = s.family_id)
				  AND s.opens_at IS NOT NULL AND s.opens_at <= :now
				  AND ((s.closes_at IS NULL OR s.closes_at > :now) AND s.audience <> 'INVITED'
				       OR s.closes_at <= :now AND s.publish_results)
				""";
		Timestamp at = Timestamp.from(now);
		long total = jdbc.sql("SELECT count(*) " + where).param("now", at).query(Long.class).single();
		int shown = de.itas.platform.shared.web.PageOf.clamp(page, size, total);
		return new de.itas.platform.shared.web.PageOf<>(jdbc
			.sql("SELECT s.* " + where + """
					ORDER BY (s.closes_at IS NOT NULL AND s.closes_at <= :now), s.closes_at NULLS LAST, s.title
					OFFSET :offset LIMIT :limit""")
			.param("now", at)
			.param("offset", shown * size)
			.param("limit", size)
			.query((rs, row) -> new Listed(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getInt("revision"),
					rs.getString("title"), rs.getString("intro"), SurveyAudience.valueOf(rs.getString("audience")),
					instant(rs.getTimestamp("opens_at")), instant(rs.getTimestamp("closes_at")),
					rs.getBoolean("publish_results")))
			.list(), shown, size, total);
	}

	private SurveyDefinition header(ResultSet rs, int row) throws SQLException {
		String subjectModule = rs.getString("subject_module");
		SurveySubject subject = subjectModule == null ? null
				: new SurveySubject(subjectModule, rs.getString("subject_type"), rs.getString("subject_id"));
		return new SurveyDefinition(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
				rs.getInt("revision"), rs.getString("slug"), rs.getString("title"), rs.getString("intro"),
				SurveyAudience.valueOf(rs.getString("audience")), rs.getString("audience_value"),
				rs.getBoolean("anonymous"), instant(rs.getTimestamp("opens_at")), instant(rs.getTimestamp("closes_at")),
				rs.getBoolean("publish_results"), rs.getString("template_key"), subject,
				rs.getObject("owner_id", UUID.class), rs.getObject("owner_organisation", UUID.class),
				rs.getTimestamp("created_at").toInstant(), List.of());
	}

	private SurveyDefinition complete(SurveyDefinition header) {
		UUID id = header.id();
		Map<UUID, List<Choice>> options = new LinkedHashMap<>();
		Map<UUID, List<Choice>> rows = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT c.question_id, c.kind, c.code, c.label FROM surveys.choice c
				JOIN surveys.question q ON q.id = c.question_id
				WHERE q.survey_id = ? ORDER BY c.question_id, c.kind, c.position
				""").param(id).query(rs -> {
			UUID question = rs.getObject("question_id", UUID.class);
			Map<UUID, List<Choice>> target = "ROW".equals(rs.getString("kind")) ? rows : options;
			target.computeIfAbsent(question, key -> new ArrayList<>())
				.add(new Choice(rs.getString("code"), rs.getString("label")));
		});
		List<Choice> districts = region.districts().stream()
			.map(district -> new Choice(district.code(), district.name()))
			.toList();
		Map<UUID, String> codes = new LinkedHashMap<>();
		jdbc.sql("SELECT id, code FROM surveys.question WHERE survey_id = ?").param(id)
			.query(rs -> {
				codes.put(rs.getObject("id", UUID.class), rs.getString("code"));
			});
		List<Question> questions = jdbc.sql("SELECT * FROM surveys.question WHERE survey_id = ? ORDER BY position")
			.param(id)
			.query((rs, row) -> {
				UUID questionId = rs.getObject("id", UUID.class);
				QuestionKind kind = QuestionKind.valueOf(rs.getString("kind"));
				UUID conditionQuestion = rs.getObject("condition_question_id", UUID.class);
				Condition condition = conditionQuestion == null ? null
						: new Condition(conditionQuestion, codes.getOrDefault(conditionQuestion, "?"),
								strings(rs.getArray("condition_values")));
				return new Question(questionId, rs.getObject("section_id", UUID.class), rs.getInt("position"),
						rs.getString("code"), kind, rs.getString("text"), rs.getString("help"), rs.getBoolean("required"),
						rs.getBoolean("dont_know"), integer(rs, "min_choices"), integer(rs, "max_choices"),
						integer(rs, "scale_min"), integer(rs, "scale_max"), rs.getString("scale_min_label"),
						rs.getString("scale_max_label"), rs.getBoolean("long_text"), integer(rs, "max_length"),
						rs.getObject("number_min", BigDecimal.class), rs.getObject("number_max", BigDecimal.class),
						kind == QuestionKind.DISTRICT ? districts : options.getOrDefault(questionId, List.of()),
						rows.getOrDefault(questionId, List.of()), condition);
			})
			.list();
		List<Section> sections = jdbc.sql("SELECT * FROM surveys.section WHERE survey_id = ? ORDER BY position")
			.param(id)
			.query((rs, row) -> {
				UUID sectionId = rs.getObject("id", UUID.class);
				return new Section(sectionId, rs.getInt("position"), rs.getString("title"), rs.getString("intro"),
						questions.stream().filter(question -> question.sectionId().equals(sectionId)).toList());
			})
			.list();
		return new SurveyDefinition(header.id(), header.familyId(), header.revision(), header.slug(), header.title(),
				header.intro(), header.audience(), header.audienceValue(), header.anonymous(), header.opensAt(),
				header.closesAt(), header.publishResults(), header.templateKey(), header.subject(), header.ownerId(),
				header.ownerOrganisation(), header.createdAt(), sections);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
