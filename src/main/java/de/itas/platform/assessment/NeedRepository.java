package de.itas.platform.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.cache.ChangeCounters;

/** Reads and writes qualification needs with their skills (plain SQL). */
@Component
class NeedRepository {

	/** One need for aggregation: company, district, occupation group, horizon, skills, head count. */
	record NeedRow(UUID id, UUID organisationId, @Nullable String districtCode, String occupationUri,
			String occupationLabel, @Nullable String occupationGroup, @Nullable String occupationGroupLabel,
			Horizon horizon, Urgency urgency, int employeesAffected, List<NeedDetails.Skill> skills) {
	}

	private final JdbcClient jdbc;
	private final ChangeCounters counters;

	NeedRepository(JdbcClient jdbc, ChangeCounters counters) {
		this.jdbc = jdbc;
		this.counters = counters;
	}

	void insert(UUID id, UUID organisationId, @Nullable String districtCode, String occupationUri, String occupationLabel,
			@Nullable String group, @Nullable String groupLabel, int employees, List<NeedDetails.Skill> skills,
			Horizon horizon, Urgency urgency, Set<TrainingFormat> formats, @Nullable String comment,
			@Nullable UUID recordedBy, Instant at) {
		jdbc.sql("INSERT INTO assessment.qualification_need (id, organisation_id, district_code, occupation_uri, occupation_label, "
				+ "occupation_group, occupation_group_label, employees_affected, horizon, urgency, formats, comment, status, "
				+ "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")
			.params(id, organisationId, districtCode, occupationUri, occupationLabel, group, groupLabel, employees,
					horizon.name(), urgency.name(),
					formats.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), comment, recordedBy,
					Timestamp.from(at))
			.update();
		for (NeedDetails.Skill skill : skills) {
			jdbc.sql("INSERT INTO assessment.qualification_need_skill (need_id, skill_uri, skill_label) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
				.params(id, skill.uri(), skill.label())
				.update();
		}
		// the needs map caches its counts under this counter
		counters.changed(NeedsMap.COUNTER);
	}

	void insertDemo(UUID organisationId, String districtCode, List<DemoNeeds.Template> templates, Instant at) {
		Random random = new Random(organisationId.hashCode());
		for (DemoNeeds.Template template : templates) {
			int employees = template.minEmployees()
					+ random.nextInt(Math.max(1, template.maxEmployees() - template.minEmployees() + 1));
			insert(UUID.randomUUID(), organisationId, districtCode, template.occupation().uri(),
					template.occupation().label(), template.occupation().group(), template.occupation().groupLabel(),
					employees, template.skills(), template.horizon(), template.urgency(), template.formats(),
					template.comment(), null, at);
		}
	}

	List<NeedDetails> ofOrganisation(UUID organisationId) {
		List<NeedDetails> found = jdbc.sql("SELECT * FROM assessment.qualification_need WHERE organisation_id = ? "
				+ "ORDER BY status DESC, recorded_at DESC")
			.param(organisationId)
			.query(NeedRepository::details)
			.list();
		if (found.isEmpty()) {
			return found;
		}
		Map<UUID, List<NeedDetails.Skill>> skills = skills(found.stream().map(NeedDetails::id).toList());
		return found.stream()
			.map(need -> new NeedDetails(need.id(), need.organisationId(), need.occupationUri(), need.occupationLabel(),
					need.occupationGroup(), need.occupationGroupLabel(), need.employeesAffected(),
					skills.getOrDefault(need.id(), List.of()), need.horizon(), need.urgency(), need.formats(),
					need.comment(), need.open(), need.recordedAt()))
			.toList();
	}

	/**
	 * Open needs of all companies with their skills. Reads every open need into memory, so the needs map
	 * does not use it (see {@link #counts}); tests use it to recount the map's figures.
	 */
	List<NeedRow> openNeeds() {
		List<NeedRow> rows = jdbc.sql("SELECT * FROM assessment.qualification_need WHERE status = 'OPEN'")
			.query((rs, n) -> new NeedRow(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
					rs.getString("district_code"), rs.getString("occupation_uri"), rs.getString("occupation_label"),
					rs.getString("occupation_group"), rs.getString("occupation_group_label"),
					Horizon.valueOf(rs.getString("horizon")), Urgency.valueOf(rs.getString("urgency")),
					rs.getInt("employees_affected"), List.of()))
			.list();
		Map<UUID, List<NeedDetails.Skill>> skills = skills(null);
		return rows.stream()
			.map(row -> new NeedRow(row.id(), row.organisationId(), row.districtCode(), row.occupationUri(),
					row.occupationLabel(), row.occupationGroup(), row.occupationGroupLabel(), row.horizon(), row.urgency(),
					row.employeesAffected(), skills.getOrDefault(row.id(), List.of())))
			.toList();
	}

	/** Figures of one table entry: distinct companies, needs and affected employees. */
	record Count(@Nullable String row, @Nullable String column, int companies, int needs, int employees) {
	}

	/** A heading found in the open needs: code and label. */
	record Key(String code, @Nullable String label) {
	}

	/**
	 * Counts open needs per row key and column key in the database, so that the cost of the needs map does
	 * not grow with the number of needs held in memory. Dimensions not grouped by still restrict the needs
	 * to those with a key in that dimension (a district of the region, an occupation group, a skill), as the
	 * table's totals only count needs that appear in some row and some column. A need counts once per
	 * entry: once per skill in a skill column, once in a total however many skills it has.
	 *
	 * @param byRow group by the row dimension (false: the column totals)
	 * @param byColumn group by the column dimension (false: the row totals)
	 */
	List<Count> counts(NeedsMap.Dimension rows, NeedsMap.Dimension columns, boolean byRow, boolean byColumn,
			NeedsMap.Filter filter, List<String> districtCodes) {
		StringBuilder from = new StringBuilder("assessment.qualification_need n");
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		where.add("n.status = 'OPEN'");
		String rowKey = dimension(rows, byRow, from, where, params, districtCodes);
		String columnKey = dimension(columns, byColumn, from, where, params, districtCodes);
		Horizon horizon = filter.horizon();
		if (horizon != null) {
			where.add("n.horizon = ?");
			params.add(horizon.name());
		}
		Urgency urgency = filter.urgency();
		if (urgency != null) {
			where.add("n.urgency = ?");
			params.add(urgency.name());
		}
		List<String> groups = new ArrayList<>();
		if (byRow) {
			groups.add("1");
		}
		if (byColumn) {
			groups.add("2");
		}
		String sql = "SELECT " + (byRow ? rowKey : "CAST(NULL AS VARCHAR)") + " AS row_key, "
				+ (byColumn ? columnKey : "CAST(NULL AS VARCHAR)") + " AS column_key, "
				+ "COUNT(DISTINCT n.organisation_id) AS companies, COUNT(*) AS needs, "
				+ "COALESCE(SUM(n.employees_affected), 0) AS employees FROM " + from + " WHERE "
				+ String.join(" AND ", where) + (groups.isEmpty() ? "" : " GROUP BY " + String.join(", ", groups));
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Count(rs.getString("row_key"), rs.getString("column_key"), rs.getInt("companies"),
					rs.getInt("needs"), rs.getInt("employees")))
			.list();
	}

	/** Adds a dimension's join and restriction; returns its key expression. */
	private static String dimension(NeedsMap.Dimension dimension, boolean grouped, StringBuilder from,
			List<String> where, List<Object> params, List<String> districtCodes) {
		switch (dimension) {
			case DISTRICT -> {
				where.add("n.district_code = ANY(?)");
				params.add(districtCodes.toArray(String[]::new));
				return "n.district_code";
			}
			case OCCUPATION -> {
				where.add("n.occupation_group IS NOT NULL");
				return "n.occupation_group";
			}
			case HORIZON -> {
				return "n.horizon";
			}
			case SKILL -> {
				if (grouped) {
					from.append(" JOIN assessment.qualification_need_skill s ON s.need_id = n.id");
				}
				else {
					where.add("EXISTS (SELECT 1 FROM assessment.qualification_need_skill x WHERE x.need_id = n.id)");
				}
				return "s.skill_uri";
			}
			default -> throw new IllegalArgumentException(dimension.name());
		}
	}

	/** The skills of the open needs (filtered), each with one label. */
	List<Key> openSkillKeys(NeedsMap.Filter filter) {
		return keys("SELECT s.skill_uri AS code, MIN(s.skill_label) AS label FROM assessment.qualification_need_skill s "
				+ "JOIN assessment.qualification_need n ON n.id = s.need_id WHERE n.status = 'OPEN'", "s.skill_uri", filter);
	}

	/** The occupation groups of the open needs (filtered), each with one label. */
	List<Key> openOccupationGroupKeys(NeedsMap.Filter filter) {
		return keys("SELECT n.occupation_group AS code, MIN(n.occupation_group_label) AS label "
				+ "FROM assessment.qualification_need n WHERE n.status = 'OPEN' AND n.occupation_group IS NOT NULL",
				"n.occupation_group", filter);
	}

	private List<Key> keys(String select, String group, NeedsMap.Filter filter) {
		StringBuilder sql = new StringBuilder(select);
		List<Object> params = new ArrayList<>();
		Horizon horizon = filter.horizon();
		if (horizon != null) {
			sql.append(" AND n.horizon = ?");
			params.add(horizon.name());
		}
		Urgency urgency = filter.urgency();
		if (urgency != null) {
			sql.append(" AND n.urgency = ?");
			params.add(urgency.name());
		}
		sql.append(" GROUP BY ").append(group);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Key(rs.getString("code"), rs.getString("label")))
			.list();
	}

	boolean close(UUID needId, UUID organisationId) {
		boolean closed = jdbc.sql("UPDATE assessment.qualification_need SET status = 'CLOSED' WHERE id = ? AND organisation_id = ?")
			.params(needId, organisationId)
			.update() == 1;
		if (closed) {
			counters.changed(NeedsMap.COUNTER);
		}
		return closed;
	}

	@Nullable UUID organisationOf(UUID needId) {
		return jdbc.sql("SELECT organisation_id FROM assessment.qualification_need WHERE id = ?")
			.param(needId)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	/** Skill URIs of the company's open needs. */
	Set<String> openSkills(UUID organisationId) {
		return Set.copyOf(jdbc.sql("SELECT DISTINCT s.skill_uri FROM assessment.qualification_need_skill s "
				+ "JOIN assessment.qualification_need n ON n.id = s.need_id WHERE n.organisation_id = ? AND n.status = 'OPEN'")
			.param(organisationId)
			.query(String.class)
			.list());
	}

	private Map<UUID, List<NeedDetails.Skill>> skills(@Nullable List<UUID> needIds) {
		Map<UUID, List<NeedDetails.Skill>> result = new LinkedHashMap<>();
		var query = needIds == null
				? jdbc.sql("SELECT need_id, skill_uri, skill_label FROM assessment.qualification_need_skill ORDER BY skill_label")
				: jdbc.sql("SELECT need_id, skill_uri, skill_label FROM assessment.qualification_need_skill "
						+ "WHERE need_id = ANY(?) ORDER BY skill_label").param(needIds.toArray(UUID[]::new));
		query.query((ResultSet rs) -> {
			result.computeIfAbsent(rs.getObject("need_id", UUID.class), id -> new ArrayList<>())
				.add(new NeedDetails.Skill(rs.getString("skill_uri"), rs.getString("skill_label")));
		});
		return result;
	}

	private static NeedDetails details(ResultSet rs, int row) throws SQLException {
		String formats = rs.getString("formats");
		Set<TrainingFormat> parsed = EnumSet.noneOf(TrainingFormat.class);
		if (formats != null && !formats.isBlank()) {
			Arrays.stream(formats.split(",")).map(TrainingFormat::valueOf).forEach(parsed::add);
		}
		return new NeedDetails(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("occupation_uri"), rs.getString("occupation_label"), rs.getString("occupation_group"),
				rs.getString("occupation_group_label"), rs.getInt("employees_affected"), List.of(),
				Horizon.valueOf(rs.getString("horizon")), Urgency.valueOf(rs.getString("urgency")), parsed,
				rs.getString("comment"), "OPEN".equals(rs.getString("status")), rs.getTimestamp("recorded_at").toInstant());
	}

}
