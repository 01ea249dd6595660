package de.itas.platform.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * News in the site-wide search: German full-text search over title, teaser and text of the articles visitors
 * may read (published, publish time reached); drafts and scheduled articles are never found. The snippet
 * starts with the date.
 */
@Component
@Order(38)
class NewsSearchContribution implements SearchContribution {

	private static final String DOCUMENT = "to_tsvector('german', a.title || ' ' || a.teaser || ' ' || a.body)";

	private final JdbcClient jdbc;
	private final Clock clock;

	NewsSearchContribution(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String type() {
		return "news";
	}

	@Override
	public String labelKey() {
		return "portal.news.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		return jdbc.sql("""
				SELECT a.slug, a.title, a.teaser, a.publish_at
				FROM portal.news_article a
				WHERE a.status = 'PUBLISHED' AND a.publish_at <= :now AND %1$s @@ to_tsquery('german', :query)
				ORDER BY ts_rank(%1$s, to_tsquery('german', :query)) DESC, a.publish_at DESC
				LIMIT :limit""".formatted(DOCUMENT))
			.param("query", request.allWordsQuery())
			.param("limit", request.limit())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> {
				String date = rs.getTimestamp("publish_at").toInstant().atZone(NewsArticle.BERLIN).toLocalDate()
					.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
				String teaser = rs.getString("teaser").replaceAll("\\s+", " ").strip();
				String snippet = date + (teaser.isEmpty() ? "" : " – " + teaser);
				if (snippet.length() > 200) {
					snippet = snippet.substring(0, 197) + " …";
				}
				return new SearchHit(rs.getString("title"), snippet, "/aktuelles/" + rs.getString("slug"));
			})
			.list();
	}

}
