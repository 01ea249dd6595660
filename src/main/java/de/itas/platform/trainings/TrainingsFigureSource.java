package de.itas.platform.trainings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

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
 * The training catalogue's figures for the governance indicators, counted from its own tables. The district
 * is the run's (unknown for online runs). A run is completed when it was not cancelled, its last day is
 * over and at least one participant held a place; registrations count when they are made, whatever became
 * of them (a registration of a deleted account is gone with it).
 */
@Component
@Transactional(readOnly = true)
class TrainingsFigureSource implements FigureSource {

	static final String REGISTRATIONS = "trainings.registrations";
	static final String PERSONS = "trainings.persons-registered";
	static final String RUNS = "trainings.runs-completed";
	static final String PARTICIPANTS = "trainings.participants";

	private static final List<FigureDefinition> DEFINITIONS = List.of(
			new FigureDefinition(REGISTRATIONS, "trainings.figure.registrations", Counted.ITEMS),
			new FigureDefinition(PERSONS, "trainings.figure.persons-registered", Counted.PERSONS),
			new FigureDefinition(RUNS, "trainings.figure.runs-completed", Counted.ITEMS),
			new FigureDefinition(PARTICIPANTS, "trainings.figure.participants", Counted.PERSONS));

	/** Runs that took place: not cancelled, over before today, with a participant. */
	private static final String COMPLETED = """
			NOT u.cancelled AND u.end_date >= :firstDay AND u.end_date < :dayAfter AND u.end_date < :today
			AND g.status = 'CONFIRMED'""";

	private final JdbcClient jdbc;
	private final Clock clock;

	TrainingsFigureSource(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String module() {
		return "trainings";
	}

	@Override
	public List<FigureDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
		String registered = "SELECT " + Months.sqlMonthOf("g.registered_at") + " AS month, u.district_code AS district, ";
		String registeredFrom = """
				 AS count FROM trainings.registration g JOIN trainings.run u ON u.id = g.run_id
				WHERE g.registered_at >= :start AND g.registered_at < :end GROUP BY 1, 2""";
		String ended = "SELECT " + Months.sqlMonthOfDate("u.end_date") + " AS month, u.district_code AS district, ";
		String endedFrom = " AS count FROM trainings.run u JOIN trainings.registration g ON g.run_id = u.id WHERE "
				+ COMPLETED + " GROUP BY 1, 2";
		String sql = switch (key) {
			case REGISTRATIONS -> registered + "count(*)" + registeredFrom;
			case PERSONS -> registered + "count(DISTINCT g.person_id)" + registeredFrom;
			case RUNS -> ended + "count(DISTINCT u.id)" + endedFrom;
			case PARTICIPANTS -> ended + "count(DISTINCT g.person_id)" + endedFrom;
			default -> throw new IllegalArgumentException("The training catalogue publishes no figure '" + key + "'");
		};
		return jdbc.sql(sql)
			.param("start", Months.startParameter(from))
			.param("end", Months.endParameter(to))
			.param("firstDay", Months.firstDay(from))
			.param("dayAfter", Months.dayAfter(to))
			.param("today", LocalDate.now(clock.withZone(Months.ZONE)))
			.query(FigureRows.of(key))
			.list();
	}

}
