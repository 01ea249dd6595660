package de.itas.platform.networking;

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
 * What the cooperation exchange counts: posts published (per month of publication), contact requests accepted
 * (per month of acceptance) and cooperations agreed (per month of agreement), each in the post's main district
 * (its first), so that a post with several districts counts once.
 */
@Component
@Transactional(readOnly = true)
class ExchangeFigureSource implements FigureSource {

	static final String POSTS = "networking.posts";
	static final String CONTACTS = "networking.contacts";
	static final String COOPERATIONS = "networking.cooperations";

	private static final List<FigureDefinition> DEFINITIONS = List.of(
			new FigureDefinition(POSTS, "networking.exchange.figure.posts", Counted.ITEMS),
			new FigureDefinition(CONTACTS, "networking.exchange.figure.contacts", Counted.ITEMS),
			new FigureDefinition(COOPERATIONS, "networking.exchange.figure.cooperations", Counted.ITEMS));

	private final JdbcClient jdbc;

	ExchangeFigureSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "networking";
	}

	@Override
	public List<FigureDefinition> definitions() {
		return DEFINITIONS;
	}

	@Override
	public List<FigureValue> values(String key, YearMonth from, YearMonth to) {
		String sql = switch (key) {
			case POSTS -> "SELECT " + Months.sqlMonthOf("p.created_at") + " AS month, p.districts[1] AS district,"
					+ " count(*) AS count FROM networking.exchange_post p"
					+ " WHERE p.created_at >= :start AND p.created_at < :end GROUP BY 1, 2";
			case CONTACTS -> "SELECT " + Months.sqlMonthOf("r.decided_at") + " AS month, p.districts[1] AS district,"
					+ " count(*) AS count FROM networking.exchange_contact_request r"
					+ " JOIN networking.exchange_post p ON p.id = r.post_id WHERE r.status = 'ACCEPTED'"
					+ " AND r.decided_at >= :start AND r.decided_at < :end GROUP BY 1, 2";
			case COOPERATIONS -> "SELECT " + Months.sqlMonthOf("r.cooperation_agreed_at") + " AS month,"
					+ " p.districts[1] AS district, count(*) AS count FROM networking.exchange_contact_request r"
					+ " JOIN networking.exchange_post p ON p.id = r.post_id"
					+ " WHERE r.cooperation_agreed_at >= :start AND r.cooperation_agreed_at < :end GROUP BY 1, 2";
			default -> throw new IllegalArgumentException("Networking publishes no figure '" + key + "'");
		};
		return jdbc.sql(sql)
			.param("start", Months.startParameter(from))
			.param("end", Months.endParameter(to))
			.query(FigureRows.of(key))
			.list();
	}

}
