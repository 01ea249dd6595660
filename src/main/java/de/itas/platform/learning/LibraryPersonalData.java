package de.itas.platform.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * What the library keeps about a person: the items they wrote, submitted or reviewed, and the files they
 * uploaded. On erasure the items stay (they are the partners' publications) without the person.
 */
@Component
class LibraryPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	LibraryPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "learning-library";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		List<Map<String, Object>> items = jdbc.sql("""
				SELECT title, slug, status, author_id = :p AS wrote, submitted_by = :p AS submitted,
				       reviewed_by = :p AS reviewed, author_name, created_at
				FROM learning.library_item
				WHERE author_id = :p OR submitted_by = :p OR reviewed_by = :p ORDER BY created_at""")
			.param("p", person)
			.query((rs, n) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("title", rs.getString("title"));
				entry.put("address", "/wissen/" + rs.getString("slug"));
				entry.put("status", rs.getString("status"));
				entry.put("author", rs.getBoolean("wrote"));
				entry.put("authorName", rs.getBoolean("wrote") ? rs.getString("author_name") : "");
				entry.put("submitted", rs.getBoolean("submitted"));
				entry.put("reviewed", rs.getBoolean("reviewed"));
				entry.put("createdAt", rs.getTimestamp("created_at").toInstant().toString());
				return entry;
			})
			.list();
		List<Map<String, Object>> files = jdbc.sql("""
				SELECT i.title, f.file_name, f.uploaded_at FROM learning.library_file f
				JOIN learning.library_item i ON i.id = f.item_id WHERE f.uploaded_by = ? ORDER BY f.uploaded_at""")
			.param(person)
			.query((rs, n) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("item", rs.getString("title"));
				entry.put("file", rs.getString("file_name"));
				entry.put("uploadedAt", rs.getTimestamp("uploaded_at").toInstant().toString());
				return entry;
			})
			.list();
		return Map.of("items", items, "files", files);
	}

	@Override
	public void erase(UUID person) {
		jdbc.sql("UPDATE learning.library_item SET author_id = NULL, author_name = '' WHERE author_id = ?")
			.param(person)
			.update();
		jdbc.sql("UPDATE learning.library_item SET submitted_by = NULL WHERE submitted_by = ?").param(person).update();
		jdbc.sql("UPDATE learning.library_item SET reviewed_by = NULL WHERE reviewed_by = ?").param(person).update();
		jdbc.sql("UPDATE learning.library_file SET uploaded_by = NULL WHERE uploaded_by = ?").param(person).update();
	}

}
