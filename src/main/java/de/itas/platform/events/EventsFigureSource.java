package de.itas.platform.events;

import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.figures.Counted;
import de.itas.platform.shared.figures.FigureDefinition;
import de.itas.platform.shared.figures.FigureRows;
import de.itas.platform.shared.figures.FigureSource;
import de.itas.platform.shared.figures.FigureValue;
import de.itas.platform.shared.figures.Months;

/**
 * The events module's figures, counted from its own tables without personal data: participants (checked-in
 * people) per month of the event and district of the event, also per event type; registrations per month they
 * were made; events held (not cancelled, ended) per month. The district is the event's (none for online-only
 * events).
 */
@Component
@Transactional(readOnly = true)
class EventsFigureSource implements FigureSource {

	static final String PARTICIPANTS = "events.participants";
	static final String REGISTRATIONS = "events.registrations";
	static final String HELD = "events.events-held";
	static final String PARTICIPANTS_OF = "events.participants-";

	private static final List<FigureDefinition> DEFINITIONS;

	static {
		List<FigureDefinition> definitions = new ArrayList<>();
		definitions.add(new FigureDefinition(PARTICIPANTS, "events.figure.participants", Counted.PERSONS));
		definitions.add(new FigureDefinition(REGISTRATIONS, "events.figure.registrations", Counted.ITEMS));
		definitions.add(new FigureDefinition(HELD, "events.figure.events-held", Counted.ITEMS));
		for (EventType type : EventType.values()) {
			definitions.add(new FigureDefinition(key(type), "events.figure.participants." + type.name(), Counted.PERSONS));
		}
		DEFINITIONS = List.copyOf(definitions);
	}

	private final JdbcClient jdbc;
	private final java.time.Clock clock;

	EventsFigureSource(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String key(EventType type) {
		return PARTICIPANTS_OF + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	@Override
	public String module() {
		return "events";
	}

	@Override
	public List<FigureDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
		String byEvent = "SELECT " + Months.sqlMonthOf("e.starts_at") + " AS month, e.district_code AS district, ";
		String range = " e.starts_at >= :start AND e.starts_at < :end ";
		String participants = " AS count FROM events.registration r JOIN events.event e ON e.id = r.event_id WHERE"
				+ range + "AND r.checked_in_at IS NOT NULL AND e.status <> 'CANCELLED'";
		String sql;
		String type = null;
		if (key.equals(PARTICIPANTS)) {
			sql = byEvent + "count(*)" + participants + " GROUP BY 1, 2";
		}
		else if (key.equals(REGISTRATIONS)) {
			sql = "SELECT " + Months.sqlMonthOf("r.registered_at") + " AS month, e.district_code AS district, count(*)"
					+ " AS count FROM events.registration r JOIN events.event e ON e.id = r.event_id "
					+ "WHERE r.registered_at >= :start AND r.registered_at < :end AND NOT r.walk_in GROUP BY 1, 2";
		}
		else if (key.equals(HELD)) {
			sql = byEvent + "count(*) AS count FROM events.event e WHERE" + range
					+ "AND e.status IN ('OPEN', 'PLANNED') AND e.ends_at <= :now GROUP BY 1, 2";
		}
		else {
			type = java.util.Arrays.stream(EventType.values())
				.filter(candidate -> key(candidate).equals(key))
				.map(Enum::name)
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("The events module publishes no figure '" + key + "'"));
			sql = byEvent + "count(*)" + participants + " AND e.type = :type GROUP BY 1, 2";
		}
		var statement = jdbc.sql(sql)
			.param("start", Months.startParameter(from))
			.param("end", Months.endParameter(to));
		if (sql.contains(":now")) {
			statement = statement.param("now", java.sql.Timestamp.from(clock.instant()));
		}
		if (type != null) {
			statement = statement.param("type", type);
		}
		return statement.query(FigureRows.of(key)).list();
	}

}
