package de.itas.platform.learning;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Library items in the site-wide search: German full text over title, summary, article text and transcript of
 * published items; drafts and items under review are never found.
 */
@Component
@Order(42)
class LibrarySearchContribution implements SearchContribution {

	private final JdbcClient jdbc;

	LibrarySearchContribution(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return "library";
	}

	@Override
	public String labelKey() {
		return "learning.library.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		return jdbc.sql("""
				SELECT i.slug, i.title, i.summary FROM learning.library_item i
				WHERE i.status = 'PUBLISHED' AND i.search_doc @@ to_tsquery('german', :query)
				ORDER BY ts_rank(i.search_doc, to_tsquery('german', :query)) DESC, i.item_date DESC
				LIMIT :limit""")
			.param("query", request.allWordsQuery())
			.param("limit", request.limit())
			.query((rs, n) -> {
				String summary = rs.getString("summary").replaceAll("\\s+", " ").strip();
				if (summary.length() > 200) {
					summary = summary.substring(0, 197) + " …";
				}
				return new SearchHit(rs.getString("title"), summary, "/wissen/" + rs.getString("slug"));
			})
			.list();
	}

}
