package de.itas.platform.helpdesk;

import java.time.Clock;
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
 * The help desk's figures for the governance indicators, counted from its own tables. Only confirmed
 * inquiries count; anonymised ones (of deleted accounts) still do, as their month and district stay. An
 * inquiry's district is the one it was submitted for; an appointment's is its inquiry's, unknown when it
 * was booked without one.
 */
@Component
@Transactional(readOnly = true)
class HelpdeskFigureSource implements FigureSource {

	static final String RECEIVED = "helpdesk.inquiries-received";
	static final String ANSWERED = "helpdesk.inquiries-answered";
	static final String APPOINTMENTS = "helpdesk.appointments-held";
	static final String COMPANIES = "helpdesk.companies-advised";

	private static final List<FigureDefinition> DEFINITIONS = List.of(
			new FigureDefinition(RECEIVED, "helpdesk.figure.inquiries-received", Counted.ITEMS),
			new FigureDefinition(ANSWERED, "helpdesk.figure.inquiries-answered", Counted.ITEMS),
			new FigureDefinition(APPOINTMENTS, "helpdesk.figure.appointments-held", Counted.ITEMS),
			new FigureDefinition(COMPANIES, "helpdesk.figure.companies-advised", Counted.COMPANIES));

	private final JdbcClient jdbc;
	private final Clock clock;

	HelpdeskFigureSource(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String module() {
		return "helpdesk";
	}

	@Override
	public List<FigureDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
		String sql = switch (key) {
			// inquiries submitted in the month
			case RECEIVED -> "SELECT " + Months.sqlMonthOf("submitted_at") + """
					 AS month, district_code AS district, count(*) AS count FROM helpdesk.inquiry
					WHERE confirmed AND submitted_at >= :start AND submitted_at < :end GROUP BY 1, 2""";
			// inquiries whose first response to the submitter was given in the month
			case ANSWERED -> "SELECT " + Months.sqlMonthOf("first_response_at") + """
					 AS month, district_code AS district, count(*) AS count FROM helpdesk.inquiry
					WHERE confirmed AND first_response_at >= :start AND first_response_at < :end GROUP BY 1, 2""";
			// booked appointments that began in the month, up to now
			case APPOINTMENTS -> "SELECT " + Months.sqlMonthOf("s.starts_at") + """
					 AS month, i.district_code AS district, count(*) AS count
					FROM helpdesk.slot s LEFT JOIN helpdesk.inquiry i ON i.id = s.inquiry_id
					WHERE s.booked_at IS NOT NULL AND s.starts_at >= :start AND s.starts_at < :end AND s.starts_at < :now
					GROUP BY 1, 2""";
			// distinct organisations that submitted an inquiry in the month
			case COMPANIES -> "SELECT " + Months.sqlMonthOf("submitted_at") + """
					 AS month, district_code AS district, count(DISTINCT organisation_id) AS count
					FROM helpdesk.inquiry
					WHERE confirmed AND organisation_id IS NOT NULL AND submitted_at >= :start AND submitted_at < :end
					GROUP BY 1, 2""";
			default -> throw new IllegalArgumentException("The help desk publishes no figure '" + key + "'");
		};
		return jdbc.sql(sql)
			.param("start", Months.startParameter(from))
			.param("end", Months.endParameter(to))
			.param("now", clock.instant().atZone(Months.ZONE).toOffsetDateTime())
			.query(FigureRows.of(key))
			.list();
	}

}
