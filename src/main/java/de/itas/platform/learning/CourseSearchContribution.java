package de.itas.platform.learning;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/** Published courses in the site search: German full text over title and summary. */
@Component
@Order(44)
class CourseSearchContribution implements SearchContribution {

	private static final String DOCUMENT = "to_tsvector('german', c.title || ' ' || c.summary)";

	private final NamedParameterJdbcTemplate jdbc;

	CourseSearchContribution(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return "course";
	}

	@Override
	public String labelKey() {
		return "learning.course.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		MapSqlParameterSource params = new MapSqlParameterSource("query", request.allWordsQuery())
			.addValue("limit", request.limit());
		return jdbc.query("""
				SELECT c.slug, c.title, c.summary FROM learning.course c
				WHERE c.status = 'PUBLISHED' AND %1$s @@ to_tsquery('german', :query)
				ORDER BY ts_rank(%1$s, to_tsquery('german', :query)) DESC, c.title
				LIMIT :limit""".formatted(DOCUMENT), params, (rs, n) -> {
			String snippet = rs.getString("summary").replaceAll("\\s+", " ").strip();
			if (snippet.length() > 200) {
				snippet = snippet.substring(0, 197) + " …";
			}
			return new SearchHit(rs.getString("title"), snippet, "/lernen/kurse/" + rs.getString("slug"));
		});
	}

}
