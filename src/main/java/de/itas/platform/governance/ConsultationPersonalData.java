package de.itas.platform.governance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * The consultation's part of a person's data: their comments, change proposals and supports. On erasure the
 * texts stay (they are part of the charter's public record) without the account and without the name; the
 * supports are removed.
 */
@Component
class ConsultationPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	ConsultationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "governance-consultation";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("comments", jdbc.sql("SELECT c.id, v.number, s.anchor, c.passage, c.body, c.show_name, c.author_name, "
				+ "c.created_at FROM governance.comment c JOIN governance.charter_version v ON v.id = c.version_id "
				+ "JOIN governance.charter_section s ON s.id = c.section_id WHERE c.author_id = ? ORDER BY c.created_at")
			.param(person)
			.query((rs, n) -> {
				Map<String, Object> comment = new LinkedHashMap<>();
				comment.put("comment", rs.getString("id"));
				comment.put("version", rs.getString("number"));
				comment.put("section", rs.getString("anchor"));
				comment.put("passage", rs.getString("passage") == null ? "" : rs.getString("passage"));
				comment.put("text", rs.getString("body"));
				comment.put("nameShown", rs.getBoolean("show_name"));
				comment.put("name", rs.getString("author_name") == null ? "" : rs.getString("author_name"));
				comment.put("createdAt", rs.getTimestamp("created_at").toInstant().toString());
				return comment;
			})
			.list());
		data.put("proposals", jdbc.sql("SELECT code, proposed_body, reason, show_name, author_name, created_at "
				+ "FROM governance.proposal WHERE author_id = ? ORDER BY created_at")
			.param(person)
			.query((rs, n) -> {
				Map<String, Object> proposal = new LinkedHashMap<>();
				proposal.put("code", rs.getString("code"));
				proposal.put("proposedText", rs.getString("proposed_body"));
				proposal.put("reason", rs.getString("reason"));
				proposal.put("nameShown", rs.getBoolean("show_name"));
				proposal.put("name", rs.getString("author_name") == null ? "" : rs.getString("author_name"));
				proposal.put("createdAt", rs.getTimestamp("created_at").toInstant().toString());
				return proposal;
			})
			.list());
		data.put("supports", jdbc.sql("SELECT p.code, s.supported_at FROM governance.proposal_support s "
				+ "JOIN governance.proposal p ON p.id = s.proposal_id WHERE s.person_id = ? ORDER BY s.supported_at")
			.param(person)
			.query((rs, n) -> Map.of("proposal", rs.getString("code"),
					"supportedAt", rs.getTimestamp("supported_at").toInstant().toString()))
			.list());
		return data;
	}

	@Override
	public void erase(UUID person) {
		jdbc.sql("UPDATE governance.comment SET author_id = NULL, show_name = FALSE, author_name = NULL "
				+ "WHERE author_id = ?").param(person).update();
		jdbc.sql("UPDATE governance.proposal SET author_id = NULL, show_name = FALSE, author_name = NULL "
				+ "WHERE author_id = ?").param(person).update();
		jdbc.sql("DELETE FROM governance.proposal_support WHERE person_id = ?").param(person).update();
	}

}
