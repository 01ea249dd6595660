package de.itas.platform.networking;

import java.util.List;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Threads of the public spaces whose title or visible posts match. Hidden, held and deleted posts never count
 * and never show in the snippet; private spaces are left out for everybody (their members find them in the
 * space itself).
 */
@Component
@Order(70)
class DiscussionsSearchContribution implements SearchContribution {

	private final JdbcClient jdbc;

	DiscussionsSearchContribution(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return "discussion";
	}

	@Override
	public String labelKey() {
		return "networking.discussions.search.label";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		return jdbc.sql("SELECT t.id, t.title, s.slug, s.title AS space, (SELECT string_agg(left(p.body, 300), ' ' "
				+ "ORDER BY p.created_at) FROM networking.discussion_post p WHERE p.thread_id = t.id AND NOT p.hidden "
				+ "AND NOT p.held AND NOT p.deleted) AS text FROM networking.discussion_thread t JOIN "
				+ "networking.discussion_space s ON s.id = t.space_id WHERE s.kind <> 'PRIVATE' AND EXISTS (SELECT 1 FROM "
				+ "networking.discussion_post p WHERE p.thread_id = t.id AND NOT p.hidden AND NOT p.held AND NOT p.deleted "
				+ "AND to_tsvector('german', t.title || ' ' || p.body) @@ to_tsquery('german', ?)) "
				+ "ORDER BY t.last_post_at DESC LIMIT ?")
			.params(request.allWordsQuery(), request.limit())
			.query((rs, n) -> new SearchHit(rs.getString("title"),
					rs.getString("space") + ": " + (rs.getString("text") == null ? "" : rs.getString("text")),
					"/diskussionen/" + rs.getString("slug") + "/" + rs.getObject("id", UUID.class)))
			.list();
	}

}
