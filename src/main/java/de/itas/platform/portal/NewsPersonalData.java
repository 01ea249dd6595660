package de.itas.platform.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the news keep about a person: the articles they wrote, submitted or reviewed, and the corrections they
 * noted. On erasure the articles stay (they are the partner's public statements) without the person: the
 * references and the author's name are removed.
 */
@Component
class NewsPersonalData implements de.itas.platform.shared.privacy.PersonalData {

	private final JdbcClient jdbc;

	NewsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "portal-news";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		List<Map<String, Object>> articles = jdbc.sql("""
				SELECT title, slug, status, author_id = :p AS wrote, submitted_by = :p AS submitted,
				       reviewed_by = :p AS reviewed, author_name, created_at
				FROM portal.news_article
				WHERE author_id = :p OR submitted_by = :p OR reviewed_by = :p ORDER BY created_at""")
			.param("p", person)
			.query((rs, n) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("title", rs.getString("title"));
				entry.put("address", "/aktuelles/" + rs.getString("slug"));
				entry.put("status", rs.getString("status"));
				entry.put("author", rs.getBoolean("wrote"));
				entry.put("authorName", rs.getBoolean("wrote") ? rs.getString("author_name") : "");
				entry.put("submitted", rs.getBoolean("submitted"));
				entry.put("reviewed", rs.getBoolean("reviewed"));
				entry.put("createdAt", rs.getTimestamp("created_at").toInstant().toString());
				return entry;
			})
			.list();
		List<Map<String, Object>> corrections = jdbc.sql("""
				SELECT a.title, c.note, c.noted_at FROM portal.news_correction c
				JOIN portal.news_article a ON a.id = c.article_id WHERE c.noted_by = ? ORDER BY c.noted_at""")
			.param(person)
			.query((rs, n) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("article", rs.getString("title"));
				entry.put("note", rs.getString("note"));
				entry.put("notedAt", rs.getTimestamp("noted_at").toInstant().toString());
				return entry;
			})
			.list();
		return Map.of("articles", articles, "corrections", corrections);
	}

	@Override
	public void erase(UUID person) {
		jdbc.sql("UPDATE portal.news_article SET author_id = NULL, author_name = '' WHERE author_id = ?")
			.param(person)
			.update();
		jdbc.sql("UPDATE portal.news_article SET submitted_by = NULL WHERE submitted_by = ?").param(person).update();
		jdbc.sql("UPDATE portal.news_article SET reviewed_by = NULL WHERE reviewed_by = ?").param(person).update();
		jdbc.sql("UPDATE portal.news_image SET uploaded_by = NULL WHERE uploaded_by = ?").param(person).update();
		jdbc.sql("UPDATE portal.news_correction SET noted_by = NULL WHERE noted_by = ?").param(person).update();
	}

}
