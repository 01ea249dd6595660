package de.itas.platform.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Surveys in the site-wide search: German full-text search over title and introduction of the surveys the
 * public list shows (open ones except those for invited people, ended ones with published results; the newest
 * revision of each). Ended ones lead to their results.
 */
@Component
@Order(70)
class SurveySearchContribution implements SearchContribution {

	private static final String DOCUMENT = "to_tsvector('german', s.title || ' ' || s.intro)";

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	SurveySearchContribution(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String type() {
		return "survey";
	}

	@Override
	public String labelKey() {
		return "surveys.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		MapSqlParameterSource params = new MapSqlParameterSource("query", request.allWordsQuery())
			.addValue("limit", request.limit())
			.addValue("now", Timestamp.from(clock.instant()));
		return jdbc.query("""
				SELECT s.slug, s.title, s.intro, s.closes_at IS NOT NULL AND s.closes_at <= :now AS ended
				FROM surveys.survey s
				WHERE s.template_key IS NULL
				  AND s.revision = (SELECT max(r.revision) FROM surveys.survey r WHERE r.family_id = s.family_id)
				  AND s.opens_at IS NOT NULL AND s.opens_at <= :now
				  AND ((s.closes_at IS NULL OR s.closes_at > :now) AND s.audience <> 'INVITED'
				       OR s.closes_at <= :now AND s.publish_results)
				  AND %1$s @@ to_tsquery('german', :query)
				ORDER BY ts_rank(%1$s, to_tsquery('german', :query)) DESC, s.title
				LIMIT :limit""".formatted(DOCUMENT), params, (rs, n) -> {
			String intro = rs.getString("intro").replaceAll("\\s+", " ").strip();
			String snippet = intro.length() > 200 ? intro.substring(0, 197) + " …" : intro;
			String path = "/umfragen/" + rs.getString("slug") + (rs.getBoolean("ended") ? "/ergebnisse" : "");
			return new SearchHit(rs.getString("title"), snippet, path);
		});
	}

}
