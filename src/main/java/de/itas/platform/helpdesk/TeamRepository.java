package de.itas.platform.helpdesk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams, their members and the routing rules. */
@Repository
class TeamRepository {

	private final JdbcClient jdbc;

	TeamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<TeamSummary> teams() {
		return jdbc.sql("SELECT code, partner_code, name, desk_code FROM helpdesk.team ORDER BY partner_code, name")
			.query((rs, n) -> new TeamSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	Optional<TeamSummary> team(String code) {
		return teams().stream().filter(team -> team.code().equals(code)).findFirst();
	}

	void ensureTeam(TeamSummary team) {
		jdbc.sql("INSERT INTO helpdesk.team (code, partner_code, name, desk_code) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(team.code(), team.partnerCode(), team.name(), team.deskCode())
			.update();
	}

	void addMember(String team, UUID advisor) {
		jdbc.sql("INSERT INTO helpdesk.team_member (team_code, advisor_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(team, advisor)
			.update();
	}

	void removeMember(String team, UUID advisor) {
		jdbc.sql("DELETE FROM helpdesk.team_member WHERE team_code = ? AND advisor_id = ?").params(team, advisor).update();
	}

	List<String> teamsOf(UUID advisor) {
		return jdbc.sql("SELECT team_code FROM helpdesk.team_member WHERE advisor_id = ? ORDER BY team_code")
			.param(advisor)
			.query(String.class)
			.list();
	}

	List<UUID> members(String team) {
		return jdbc.sql("SELECT advisor_id FROM helpdesk.team_member WHERE team_code = ?")
			.param(team)
			.query(UUID.class)
			.list();
	}

	boolean isMember(String team, UUID advisor) {
		return jdbc.sql("SELECT count(*) FROM helpdesk.team_member WHERE team_code = ? AND advisor_id = ?")
			.params(team, advisor)
			.query(Long.class)
			.single() > 0;
	}

	List<RoutingRule> rules() {
		return jdbc.sql("""
				SELECT id, topic, district_code, partner_code, team_code FROM helpdesk.routing_rule
				ORDER BY topic NULLS LAST, district_code NULLS LAST""")
			.query((rs, n) -> new RoutingRule(rs.getLong(1),
					rs.getString(2) == null ? null : Topic.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** Adds the rule or replaces the one for the same topic and district. */
	void saveRule(@Nullable Topic topic, @Nullable String district, String partner, String team) {
		jdbc.sql("""
				INSERT INTO helpdesk.routing_rule (topic, district_code, partner_code, team_code) VALUES (?, ?, ?, ?)
				ON CONFLICT (topic, district_code) DO UPDATE SET partner_code = EXCLUDED.partner_code,
				  team_code = EXCLUDED.team_code""")
			.params(topic == null ? null : topic.name(), district, partner, team)
			.update();
	}

	void deleteRule(long id) {
		jdbc.sql("DELETE FROM helpdesk.routing_rule WHERE id = ?").param(id).update();
	}

}
