package de.itas.platform.governance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the indicator register: indicators with their yearly targets, entered values and the snapshots
 * of computed values. The data rules (ranges, life, four eyes) and access rules are the callers'; the database
 * refuses a sign-off by the person who entered a value as well.
 */
@Component
public class IndicatorStore {

	private final JdbcClient jdbc;
	private final Clock clock;

	IndicatorStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ---- indicators

	/** All indicators, by action field, position and title. */
	@Transactional(readOnly = true)
	public List<IndicatorView> all() {
		return withTargets(jdbc.sql("SELECT * FROM governance.indicator ORDER BY action_field_code, position, title")
			.query(IndicatorStore::indicator)
			.list());
	}

	@Transactional(readOnly = true)
	public Optional<IndicatorView> find(String key) {
		return withTargets(jdbc.sql("SELECT * FROM governance.indicator WHERE key = :key")
			.param("key", key)
			.query(IndicatorStore::indicator)
			.list()).stream().findFirst();
	}

	/** Inserts an indicator (version 0) with its targets; the key must be new. */
	@Transactional
	public IndicatorView insert(IndicatorView indicator) {
		jdbc.sql("""
				INSERT INTO governance.indicator (key, title, definition, unit, decimals, min_value, max_value, direction,
				  counted, baseline_value, baseline_year, responsible_partner_code, action_field_code, source, figure_key,
				  period_kind, first_year, last_year, public, position, version, created_at)
				VALUES (:key, :title, :definition, :unit, :decimals, :minValue, :maxValue, :direction, :counted,
				  :baselineValue, :baselineYear, :partner, :field, :source, :figureKey, :periodKind, :firstYear,
				  :lastYear, :public, :position, 0, :now)""")
			.paramSource(params(indicator).addValue("now", clock.instant().atOffset(ZoneOffset.UTC)))
			.update();
		writeTargets(indicator.key(), indicator.targets());
		return find(indicator.key()).orElseThrow();
	}

	/**
	 * Changes an indicator (all but its key) and replaces its targets, if it is still at the version of the given
	 * view.
	 *
	 * @return whether it changed (false: someone else changed it meanwhile)
	 */
	@Transactional
	public boolean update(IndicatorView indicator) {
		int changed = jdbc.sql("""
				UPDATE governance.indicator SET title = :title, definition = :definition, unit = :unit,
				  decimals = :decimals, min_value = :minValue, max_value = :maxValue, direction = :direction,
				  counted = :counted, baseline_value = :baselineValue, baseline_year = :baselineYear,
				  responsible_partner_code = :partner, action_field_code = :field, source = :source,
				  figure_key = :figureKey, period_kind = :periodKind, first_year = :firstYear, last_year = :lastYear,
				  public = :public, position = :position, version = version + 1
				WHERE key = :key AND version = :version""")
			.paramSource(params(indicator).addValue("version", indicator.version()))
			.update();
		if (changed == 1) {
			jdbc.sql("DELETE FROM governance.indicator_target WHERE indicator_key = :key")
				.param("key", indicator.key())
				.update();
			writeTargets(indicator.key(), indicator.targets());
		}
		return changed == 1;
	}

	private void writeTargets(String key, SortedMap<Integer, BigDecimal> targets) {
		targets.forEach((year, value) -> jdbc
			.sql("INSERT INTO governance.indicator_target (indicator_key, year, value) VALUES (:key, :year, :value)")
			.param("key", key)
			.param("year", year)
			.param("value", value)
			.update());
	}

	private static MapSqlParameterSource params(IndicatorView indicator) {
		return new MapSqlParameterSource().addValue("key", indicator.key())
			.addValue("title", indicator.title())
			.addValue("definition", indicator.definition())
			.addValue("unit", indicator.unit())
			.addValue("decimals", indicator.decimals())
			.addValue("minValue", indicator.minValue(), Types.NUMERIC)
			.addValue("maxValue", indicator.maxValue(), Types.NUMERIC)
			.addValue("direction", indicator.direction().name())
			.addValue("counted", indicator.counted().name())
			.addValue("baselineValue", indicator.baselineValue(), Types.NUMERIC)
			.addValue("baselineYear", indicator.baselineYear(), Types.INTEGER)
			.addValue("partner", indicator.responsiblePartnerCode())
			.addValue("field", indicator.actionFieldCode())
			.addValue("source", indicator.source().name())
			.addValue("figureKey", indicator.figureKey(), Types.VARCHAR)
			.addValue("periodKind", indicator.periodKind().name())
			.addValue("firstYear", indicator.firstYear())
			.addValue("lastYear", indicator.lastYear())
			.addValue("public", indicator.isPublic())
			.addValue("position", indicator.position());
	}

	private List<IndicatorView> withTargets(List<IndicatorView> indicators) {
		if (indicators.isEmpty()) {
			return indicators;
		}
		Map<String, SortedMap<Integer, BigDecimal>> targets = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM governance.indicator_target WHERE indicator_key IN (:keys) ORDER BY year")
			.param("keys", indicators.stream().map(IndicatorView::key).toList())
			.query(rs -> {
				targets.computeIfAbsent(rs.getString("indicator_key"), key -> new TreeMap<>())
					.put(rs.getInt("year"), rs.getBigDecimal("value"));
			});
		return indicators.stream()
			.map(i -> new IndicatorView(i.key(), i.title(), i.definition(), i.unit(), i.decimals(), i.minValue(),
					i.maxValue(), i.direction(), i.counted(), i.baselineValue(), i.baselineYear(),
					i.responsiblePartnerCode(), i.actionFieldCode(), i.source(), i.figureKey(), i.periodKind(),
					i.firstYear(), i.lastYear(), i.isPublic(), i.position(), i.version(),
					targets.getOrDefault(i.key(), new TreeMap<>())))
			.toList();
	}

	// ---- entered values

	/**
	 * The entered values of an indicator whose periods start from {@code from} (inclusive) to {@code to}
	 * (exclusive), all districts and the region, by period and district (region first).
	 */
	@Transactional(readOnly = true)
	public List<IndicatorValueView> values(String key, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT * FROM governance.indicator_value
				WHERE indicator_key = :key AND period_start >= :from AND period_start < :to
				ORDER BY period_start, district_code NULLS FIRST""")
			.param("key", key)
			.param("from", from)
			.param("to", to)
			.query(IndicatorStore::value)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<IndicatorValueView> value(UUID id) {
		return jdbc.sql("SELECT * FROM governance.indicator_value WHERE id = :id")
			.param("id", id)
			.query(IndicatorStore::value)
			.optional();
	}

	/** The value of one period and district ({@code null}: the region), if entered. */
	@Transactional(readOnly = true)
	public Optional<IndicatorValueView> value(String key, Period period, @Nullable String districtCode) {
		return jdbc.sql("""
				SELECT * FROM governance.indicator_value WHERE indicator_key = :key AND period_kind = :kind
				  AND period_start = :start AND district_code IS NOT DISTINCT FROM CAST(:district AS VARCHAR)""")
			.param("key", key)
			.param("kind", period.kind().name())
			.param("start", period.start())
			.param("district", districtCode)
			.query(IndicatorStore::value)
			.optional();
	}

	/** Enters a new value (provisional). The cell must be empty (the database refuses a second value of a cell). */
	@Transactional
	public IndicatorValueView enter(String key, Period period, @Nullable String districtCode, BigDecimal value,
			String sourceNote, UUID by, String byName) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO governance.indicator_value (id, indicator_key, period_kind, period_start, district_code, value,
				  source_note, entered_by, entered_by_name, entered_at, version)
				VALUES (:id, :key, :kind, :start, :district, :value, :note, :by, :byName, :now, 0)""")
			.param("id", id)
			.param("key", key)
			.param("kind", period.kind().name())
			.param("start", period.start())
			.param("district", districtCode)
			.param("value", value)
			.param("note", sourceNote)
			.param("by", by)
			.param("byName", byName)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return value(id).orElseThrow();
	}

	/**
	 * Corrects a value if it is still at the given version: the person correcting becomes the one who entered it,
	 * and the value is provisional again.
	 *
	 * @return whether it changed
	 */
	@Transactional
	public boolean correct(UUID id, long basedOnVersion, BigDecimal value, String sourceNote, UUID by, String byName) {
		return jdbc.sql("""
				UPDATE governance.indicator_value SET value = :value, source_note = :note, entered_by = :by,
				  entered_by_name = :byName, entered_at = :now, signed_off_by = NULL, signed_off_by_name = NULL,
				  signed_off_at = NULL, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("id", id)
			.param("version", basedOnVersion)
			.param("value", value)
			.param("note", sourceNote)
			.param("by", by)
			.param("byName", byName)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/**
	 * Signs a provisional value off if it is still at the given version and was entered by someone else.
	 *
	 * @return whether it was signed off
	 */
	@Transactional
	public boolean signOff(UUID id, long basedOnVersion, UUID by, String byName) {
		return jdbc.sql("""
				UPDATE governance.indicator_value SET signed_off_by = :by, signed_off_by_name = :byName,
				  signed_off_at = :now, version = version + 1
				WHERE id = :id AND version = :version AND signed_off_at IS NULL
				  AND (entered_by IS NULL OR entered_by <> :by)""")
			.param("id", id)
			.param("version", basedOnVersion)
			.param("by", by)
			.param("byName", byName)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Provisional values of the given indicators, oldest first (the sign-off queue). */
	@Transactional(readOnly = true)
	public List<IndicatorValueView> provisional(List<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM governance.indicator_value WHERE indicator_key IN (:keys) AND signed_off_at IS NULL
				ORDER BY entered_at""")
			.param("keys", keys)
			.query(IndicatorStore::value)
			.list();
	}

	// ---- snapshots of computed values

	/**
	 * Keeps the counted values of one year as a new snapshot.
	 *
	 * @param values the figure's values of the year's months
	 */
	@Transactional
	public SnapshotView snapshot(String key, int year, String figureKey, String byName, List<SnapshotView.Value> values) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO governance.indicator_snapshot (id, indicator_key, year, figure_key, computed_at, computed_by_name)
				VALUES (:id, :key, :year, :figure, :now, :byName)""")
			.param("id", id)
			.param("key", key)
			.param("year", year)
			.param("figure", figureKey)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("byName", byName)
			.update();
		for (SnapshotView.Value value : values) {
			if (value.month().getYear() != year) {
				throw new IllegalArgumentException("Month " + value.month() + " is not in " + year);
			}
			jdbc.sql("""
					INSERT INTO governance.indicator_snapshot_value (snapshot_id, month, district_code, count)
					VALUES (:id, :month, :district, :count)""")
				.param("id", id)
				.param("month", value.month().atDay(1))
				.param("district", value.districtCode())
				.param("count", value.count())
				.update();
		}
		return snapshotById(id).orElseThrow();
	}

	/** Signs a snapshot off unless it was signed already; answers whether it did. */
	@Transactional
	public boolean signOffSnapshot(UUID id, UUID by, String byName) {
		return jdbc.sql("""
				UPDATE governance.indicator_snapshot SET signed_off_by = :by, signed_off_by_name = :byName,
				  signed_off_at = :now WHERE id = :id AND signed_off_at IS NULL""")
			.param("id", id)
			.param("by", by)
			.param("byName", byName)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public Optional<SnapshotView> snapshotById(UUID id) {
		return snapshots("s.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** The snapshots of one year of an indicator, newest first. */
	@Transactional(readOnly = true)
	public List<SnapshotView> snapshots(String key, int year) {
		return snapshots("s.indicator_key = :key AND s.year = :year", Map.of("key", key, "year", year));
	}

	/**
	 * The snapshot that stands for the year: the newest signed-off one, else the newest.
	 */
	@Transactional(readOnly = true)
	public Optional<SnapshotView> current(String key, int year) {
		List<SnapshotView> all = snapshots(key, year);
		return all.stream().filter(SnapshotView::signedOff).findFirst().or(() -> all.stream().findFirst());
	}

	private List<SnapshotView> snapshots(String where, Map<String, Object> params) {
		List<SnapshotView> heads = jdbc.sql("SELECT s.* FROM governance.indicator_snapshot s WHERE " + where
				+ " ORDER BY s.computed_at DESC, s.id")
			.params(params)
			.query((rs, row) -> new SnapshotView(rs.getObject("id", UUID.class), rs.getString("indicator_key"),
					rs.getInt("year"), rs.getString("figure_key"), MeasureStore.instant(rs, "computed_at"),
					rs.getString("computed_by_name"), rs.getString("signed_off_by_name"),
					rs.getObject("signed_off_at", OffsetDateTime.class) == null ? null
							: rs.getObject("signed_off_at", OffsetDateTime.class).toInstant(),
					new ArrayList<>()))
			.list();
		if (heads.isEmpty()) {
			return heads;
		}
		Map<UUID, SnapshotView> byId = new LinkedHashMap<>();
		heads.forEach(head -> byId.put(head.id(), head));
		jdbc.sql("""
				SELECT * FROM governance.indicator_snapshot_value WHERE snapshot_id IN (:ids)
				ORDER BY month, district_code NULLS LAST""")
			.param("ids", List.copyOf(byId.keySet()))
			.query(rs -> {
				byId.get(rs.getObject("snapshot_id", UUID.class))
					.values()
					.add(new SnapshotView.Value(YearMonth.from(rs.getObject("month", LocalDate.class)),
							rs.getString("district_code"), rs.getLong("count")));
			});
		return heads.stream()
			.map(head -> new SnapshotView(head.id(), head.indicatorKey(), head.year(), head.figureKey(),
					head.computedAt(), head.computedByName(), head.signedOffByName(), head.signedOffAt(),
					List.copyOf(head.values())))
			.toList();
	}

	// ---- personal data

	/** Values entered or signed off by the person (for export). */
	@Transactional(readOnly = true)
	public List<IndicatorValueView> valuesBy(UUID person) {
		return jdbc.sql("""
				SELECT * FROM governance.indicator_value WHERE entered_by = :person OR signed_off_by = :person
				ORDER BY entered_at""")
			.param("person", person)
			.query(IndicatorStore::value)
			.list();
	}

	/** On erasure of an account: the values stay, without the link to the account and with a neutral name. */
	@Transactional
	public void forget(UUID person, String replacementName) {
		jdbc.sql("UPDATE governance.indicator_value SET entered_by = NULL, entered_by_name = :name WHERE entered_by = :person")
			.param("person", person)
			.param("name", replacementName)
			.update();
		jdbc.sql("""
				UPDATE governance.indicator_value SET signed_off_by = NULL, signed_off_by_name = :name
				WHERE signed_off_by = :person""")
			.param("person", person)
			.param("name", replacementName)
			.update();
	}

	// ---- rows

	private static IndicatorView indicator(ResultSet rs, int row) throws SQLException {
		int baselineYear = rs.getInt("baseline_year");
		Integer baseline = rs.wasNull() ? null : baselineYear;
		return new IndicatorView(rs.getString("key"), rs.getString("title"), rs.getString("definition"),
				rs.getString("unit"), rs.getInt("decimals"), rs.getBigDecimal("min_value"),
				rs.getBigDecimal("max_value"), Direction.valueOf(rs.getString("direction")),
				IndicatorCounted.valueOf(rs.getString("counted")), rs.getBigDecimal("baseline_value"), baseline,
				rs.getString("responsible_partner_code"), rs.getString("action_field_code"),
				IndicatorSource.valueOf(rs.getString("source")), rs.getString("figure_key"),
				PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("first_year"), rs.getInt("last_year"),
				rs.getBoolean("public"), rs.getInt("position"), rs.getLong("version"), new TreeMap<>());
	}

	private static IndicatorValueView value(ResultSet rs, int row) throws SQLException {
		OffsetDateTime signedOffAt = rs.getObject("signed_off_at", OffsetDateTime.class);
		Instant signed = signedOffAt == null ? null : signedOffAt.toInstant();
		return new IndicatorValueView(rs.getObject("id", UUID.class), rs.getString("indicator_key"),
				Period.startingOn(PeriodKind.valueOf(rs.getString("period_kind")),
						rs.getObject("period_start", LocalDate.class)),
				rs.getString("district_code"), rs.getBigDecimal("value"), rs.getString("source_note"),
				rs.getObject("entered_by", UUID.class), rs.getString("entered_by_name"),
				MeasureStore.instant(rs, "entered_at"), rs.getObject("signed_off_by", UUID.class),
				rs.getString("signed_off_by_name"), signed, rs.getLong("version"));
	}

}
