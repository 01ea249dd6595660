package de.itas.platform.governance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * A person's forum inputs written while signed in. On erasure the inputs stay as anonymous texts (they are
 * part of the forum's record and of decisions): only the account and the shown name are removed.
 */
@Component
class ForumsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	ForumsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "governance-forums";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("forumInputs", jdbc.sql("SELECT i.code, i.kind, i.body, i.show_name, i.created_at, f.title "
				+ "FROM governance.forum_input i JOIN governance.forum f ON f.id = i.forum_id WHERE i.author_id = ? "
				+ "ORDER BY i.created_at")
			.param(person)
			.query((rs, n) -> {
				Map<String, Object> input = new LinkedHashMap<>();
				input.put("code", rs.getString("code"));
				input.put("forum", rs.getString("title"));
				input.put("kind", rs.getString("kind"));
				input.put("text", rs.getString("body"));
				input.put("nameShown", rs.getBoolean("show_name"));
				input.put("writtenAt", rs.getTimestamp("created_at").toInstant().toString());
				return input;
			})
			.list());
		return data;
	}

	@Override
	public void erase(UUID person) {
		jdbc.sql("UPDATE governance.forum_input SET author_id = NULL, show_name = FALSE, author_name = NULL "
				+ "WHERE author_id = ?")
			.param(person)
			.update();
	}

}
