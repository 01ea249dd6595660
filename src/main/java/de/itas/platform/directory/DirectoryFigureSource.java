package de.itas.platform.directory;

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
 * The directory's figure for the governance indicators: company profiles published (first filled in, which
 * puts a company into the directory) per month, in the company's current district.
 */
@Component
@Transactional(readOnly = true)
class DirectoryFigureSource implements FigureSource {

	static final String PUBLISHED = "directory.profiles-published";

	private static final List<FigureDefinition> DEFINITIONS = List
		.of(new FigureDefinition(PUBLISHED, "directory.figure.profiles-published", Counted.COMPANIES));

	private final JdbcClient jdbc;

	DirectoryFigureSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "directory";
	}

	@Override
	public List<FigureDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
		if (!PUBLISHED.equals(key)) {
			throw new IllegalArgumentException("The directory publishes no figure '" + key + "'");
		}
		return jdbc.sql("SELECT " + Months.sqlMonthOf("published_at") + """
				 AS month, district_code AS district, count(*) AS count FROM directory.company_profile
				WHERE published_at >= :start AND published_at < :end GROUP BY 1, 2""")
			.param("start", Months.startParameter(from))
			.param("end", Months.endParameter(to))
			.query(FigureRows.of(key))
			.list();
	}

}
