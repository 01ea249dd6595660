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
 * Sections of the charter in the site-wide search: German full-text search over heading and text of the
 * sections of the version in force and of a version in consultation (older versions stay reachable from the
 * charter's pages, not from the search). The charter is public.
 */
@Component
@Order(60)
class CharterSearchContribution implements SearchContribution {

	private static final String DOCUMENT = "to_tsvector('german', t.heading || ' ' || t.body)";

	private final NamedParameterJdbcTemplate jdbc;

	CharterSearchContribution(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return "charter";
	}

	@Override
	public String labelKey() {
		return "governance.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		MapSqlParameterSource params = new MapSqlParameterSource("query", request.allWordsQuery())
			.addValue("limit", request.limit());
		return jdbc.query("SELECT v.number, v.title, t.heading, t.body, s.anchor FROM governance.section_text t "
				+ "JOIN governance.charter_version v ON v.id = t.version_id "
				+ "JOIN governance.charter_section s ON s.id = t.section_id "
				+ "WHERE v.status IN ('ADOPTED', 'CONSULTATION') AND " + DOCUMENT + " @@ to_tsquery('german', :query) "
				+ "ORDER BY ts_rank(" + DOCUMENT + ", to_tsquery('german', :query)) DESC, v.number DESC, t.heading "
				+ "LIMIT :limit", params, (rs, n) -> {
					String body = rs.getString("body").replaceAll("[*_#>`\\[\\]]", "").replaceAll("\\s+", " ").strip();
					String snippet = rs.getString("title") + " · " + (body.length() > 200 ? body.substring(0, 197) + " …" : body);
					return new SearchHit(rs.getString("heading"), snippet,
							"/charta/" + rs.getString("number") + "#" + rs.getString("anchor"));
				});
	}

}
