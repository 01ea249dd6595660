package de.itas.platform.governance;

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
 * What governance counts for the indicators: published inputs of the future forums (per month they were made,
 * district of the forum) and the coordination's decisions on contributions (per month decided; the district of
 * the forum for decisions on forum inputs, none for proposals and topics).
 */
@Component
@Transactional(readOnly = true)
class GovernanceFigureSource implements FigureSource {

	static final String INPUTS = "governance.forum-inputs";
	static final String DECISIONS = "governance.decisions";

	private static final List<FigureDefinition> DEFINITIONS = List.of(
			new FigureDefinition(INPUTS, "governance.figure.forum-inputs", Counted.ITEMS),
			new FigureDefinition(DECISIONS, "governance.figure.decisions", Counted.ITEMS));

	private final JdbcClient jdbc;

	GovernanceFigureSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "governance";
	}

	@Override
	public List<FigureDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
		String sql = switch (key) {
			case INPUTS -> "SELECT " + Months.sqlMonthOf("i.created_at") + " AS month, f.district_code AS district,"
					+ " count(*) AS count FROM governance.forum_input i JOIN governance.forum f ON f.id = i.forum_id"
					+ " WHERE i.published AND i.created_at >= :start AND i.created_at < :end GROUP BY 1, 2";
			case DECISIONS -> "SELECT " + Months.sqlMonthOf("d.decided_at") + " AS month, f.district_code AS district,"
					+ " count(*) AS count FROM governance.decision d"
					+ " LEFT JOIN governance.forum_input i ON d.contribution_kind = 'INPUT' AND i.id = d.contribution_id"
					+ " LEFT JOIN governance.forum f ON f.id = i.forum_id"
					+ " WHERE d.decided_at >= :start AND d.decided_at < :end GROUP BY 1, 2";
			default -> throw new IllegalArgumentException("Governance publishes no figure '" + key + "'");
		};
		return jdbc.sql(sql)
			.param("start", Months.startParameter(from))
			.param("end", Months.endParameter(to))
			.query(FigureRows.of(key))
			.list();
	}

}
