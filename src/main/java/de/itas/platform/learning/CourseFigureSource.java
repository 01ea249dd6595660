package de.itas.platform.learning;

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
 * Course enrolments per month of enrolment and completions per month of completion, by the learner's district as
 * their profile named it then (none: region-wide). Counted from the enrolments, which stay as counts after a
 * learner's erasure.
 */
@Component
@Transactional(readOnly = true)
class CourseFigureSource implements FigureSource {

	static final String ENROLMENTS = "learning.enrolments";
	static final String COMPLETIONS = "learning.completions";

	private final JdbcClient jdbc;

	CourseFigureSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "learning";
	}

	@Override
	public List<FigureDefinition> definitions() {
		return List.of(new FigureDefinition(ENROLMENTS, "learning.course.figure.enrolments", Counted.ITEMS),
				new FigureDefinition(COMPLETIONS, "learning.course.figure.completions", Counted.ITEMS));
	}

	@Override
	public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
		String column = switch (key) {
			case ENROLMENTS -> "enrolled_at";
			case COMPLETIONS -> "completed_at";
			default -> throw new IllegalArgumentException("The learning module publishes no figure '" + key + "'");
		};
		return jdbc.sql("SELECT " + Months.sqlMonthOf(column) + " AS month, district_code AS district, count(*) AS count "
				+ "FROM learning.course_enrolment WHERE " + column + " >= :start AND " + column + " < :end GROUP BY 1, 2")
			.param("start", Months.startParameter(from))
			.param("end", Months.endParameter(to))
			.query(FigureRows.of(key))
			.list();
	}

}
