package de.itas.platform.skills;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.skills.SkillsAcquired;

/**
 * Skills a person acquired elsewhere (a completed course) and agreed to add to their profile: stored when the
 * {@link SkillsAcquired} event arrives (after the publishing transaction committed), shown in „Mein Weg“ as held skills
 * with their source, part of the person's data.
 */
@Component
public class AcquiredSkills {

	/** One acquired skill with where it came from. */
	public record AcquiredSkill(String skillUri, String source, String sourceTitle, java.time.Instant acquiredAt) {
	}

	private final JdbcClient jdbc;

	AcquiredSkills(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(SkillsAcquired event) {
		store(event);
	}

	/** Stores the skills (again: nothing changes). */
	@Transactional
	public void store(SkillsAcquired event) {
		for (String uri : event.skillUris()) {
			jdbc.sql("""
					INSERT INTO skills.acquired_skill (person_id, skill_uri, source, source_title, acquired_at)
					VALUES (:person, :uri, :source, :title, :at) ON CONFLICT DO NOTHING""")
				.param("person", event.person())
				.param("uri", uri)
				.param("source", event.source())
				.param("title", event.sourceTitle())
				.param("at", Timestamp.from(event.at()))
				.update();
		}
	}

	@Transactional(readOnly = true)
	public List<AcquiredSkill> of(UUID person) {
		return jdbc.sql("""
				SELECT skill_uri, source, source_title, acquired_at FROM skills.acquired_skill
				WHERE person_id = :person ORDER BY acquired_at, skill_uri""")
			.param("person", person)
			.query((rs, n) -> new AcquiredSkill(rs.getString("skill_uri"), rs.getString("source"),
					rs.getString("source_title"), rs.getTimestamp("acquired_at").toInstant()))
			.list();
	}

	@Transactional
	void forget(UUID person) {
		jdbc.sql("DELETE FROM skills.acquired_skill WHERE person_id = :person").param("person", person).update();
	}

}
