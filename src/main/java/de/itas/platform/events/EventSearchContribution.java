package de.itas.platform.events;

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
 * Events in the site-wide search: German full-text search over title, summary and description of announced
 * events (not drafts) that have not ended, and of past ones whose documentation is published; the snippet
 * starts with the date.
 */
@Component
@Order(35)
class EventSearchContribution implements SearchContribution {

	// the expression of the index event_search_idx (migration V202612080210): change both together
	private static final String DOCUMENT = "to_tsvector('german', e.title || ' ' || e.summary || ' ' || e.description)";

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	EventSearchContribution(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String type() {
		return "event";
	}

	@Override
	public String labelKey() {
		return "events.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		MapSqlParameterSource params = new MapSqlParameterSource("query", request.allWordsQuery())
			.addValue("limit", request.limit())
			.addValue("now", Timestamp.from(clock.instant()));
		return jdbc.query("""
				SELECT e.slug, e.title, e.summary, e.starts_at
				FROM events.event e
				WHERE e.status <> 'DRAFT' AND (e.ends_at > :now OR e.documented_at IS NOT NULL)
				  AND %1$s @@ to_tsquery('german', :query)
				ORDER BY ts_rank(%1$s, to_tsquery('german', :query)) DESC, e.starts_at DESC
				LIMIT :limit""".formatted(DOCUMENT), params, (rs, n) -> {
			String date = rs.getTimestamp("starts_at").toInstant().atZone(EventStore.BERLIN).toLocalDate()
				.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
			String summary = rs.getString("summary").replaceAll("\\s+", " ").strip();
			String snippet = date + (summary.isEmpty() ? "" : " – " + summary);
			if (snippet.length() > 200) {
				snippet = snippet.substring(0, 197) + " …";
			}
			return new SearchHit(rs.getString("title"), snippet, "/veranstaltungen/" + rs.getString("slug"));
		});
	}

}
