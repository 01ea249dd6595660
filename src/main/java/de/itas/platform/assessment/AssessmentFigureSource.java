package de.itas.platform.assessment;

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
 * The Transformationscheck's figures for the governance indicators, counted from the module's own table:
 * checks completed in a month and the companies that completed one, in the district the company was in when
 * it completed the check (unknown where the company had none).
 */
@Component
@Transactional(readOnly = true)
class AssessmentFigureSource implements FigureSource {

	static final String CHECKS = "assessment.checks-completed";
	static final String COMPANIES = "assessment.companies-checked";

	private static final List<FigureDefinition> DEFINITIONS = List.of(
			new FigureDefinition(CHECKS, "assessment.figure.checks-completed", Counted.ITEMS),
			new FigureDefinition(COMPANIES, "assessment.figure.companies-checked", Counted.COMPANIES));

	private final JdbcClient jdbc;

	AssessmentFigureSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "assessment";
	}

	@Override
	public List<FigureDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
		String counted = switch (key) {
			case CHECKS -> "count(*)";
			case COMPANIES -> "count(DISTINCT organisation_id)";
			default -> throw new IllegalArgumentException("The assessment module publishes no figure '" + key + "'");
		};
		return jdbc.sql("SELECT " + Months.sqlMonthOf("completed_at") + " AS month, district_code AS district, " + counted
				+ """
						 AS count FROM assessment.company_check
						WHERE status = 'COMPLETED' AND completed_at >= :start AND completed_at < :end GROUP BY 1, 2""")
			.param("start", Months.startParameter(from))
			.param("end", Months.endParameter(to))
			.query(FigureRows.of(key))
			.list();
	}

}
