package de.itas.platform.governance;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Public projects and measures in the site-wide search: German full-text search over title, description and
 * contractors of measures that are public and under public parents only.
 */
@Component
@Order(62)
class MeasuresSearchContribution implements SearchContribution {

	private static final String DOCUMENT = "to_tsvector('german', m.title || ' ' || m.description || ' ' || m.contractors)";

	private final NamedParameterJdbcTemplate jdbc;

	MeasuresSearchContribution(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return Measures.MEASURE_KIND;
	}

	@Override
	public String labelKey() {
		return "governance.measures.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		MapSqlParameterSource params = new MapSqlParameterSource("query", request.allWordsQuery())
			.addValue("limit", request.limit());
		return jdbc.query("""
				WITH RECURSIVE visible AS (
				  SELECT id FROM governance.measure WHERE parent_id IS NULL AND public
				  UNION ALL
				  SELECT c.id FROM governance.measure c JOIN visible v ON c.parent_id = v.id WHERE c.public)
				SELECT m.id, m.title, m.description FROM governance.measure m JOIN visible v ON v.id = m.id
				""" + "WHERE " + DOCUMENT + " @@ to_tsquery('german', :query) ORDER BY ts_rank(" + DOCUMENT
				+ ", to_tsquery('german', :query)) DESC, m.title LIMIT :limit", params, (rs, n) -> {
					String body = rs.getString("description").replaceAll("\\s+", " ").strip();
					String snippet = body.length() > 200 ? body.substring(0, 197) + " …" : body;
					return new SearchHit(rs.getString("title"), snippet, "/massnahmen/" + rs.getObject("id"));
				});
	}

}
