package de.itas.platform.skills;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/** The goals people save on "Mein Weg": one per person, replaced when they choose another. */
@Service
@Transactional
@NamedInterface("api")
public class PersonalGoals {

	private final JdbcTemplate jdbc;
	private final Occupations occupations;
	private final Clock clock;

	PersonalGoals(JdbcTemplate jdbc, Occupations occupations, Clock clock) {
		this.jdbc = jdbc;
		this.occupations = occupations;
		this.clock = clock;
	}

	/** Saves the goal; both occupations must be in the taxonomy. */
	public void save(UUID person, String fromUri, String targetUri, List<String> skillUris) {
		for (String uri : List.of(fromUri, targetUri)) {
			if (occupations.summary(uri).isEmpty()) {
				throw new UnknownOccupationException(uri);
			}
		}
		jdbc.update("""
				INSERT INTO skills.person_goal (user_id, from_uri, target_uri, skill_uris, saved_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (user_id) DO UPDATE SET from_uri = EXCLUDED.from_uri, target_uri = EXCLUDED.target_uri,
				  skill_uris = EXCLUDED.skill_uris, saved_at = EXCLUDED.saved_at
				""", person, fromUri, targetUri, String.join("\n", skillUris), Timestamp.from(clock.instant()));
	}

	@Transactional(readOnly = true)
	public Optional<SavedGoal> goal(UUID person) {
		return jdbc.query("SELECT from_uri, target_uri, skill_uris, saved_at FROM skills.person_goal WHERE user_id = ?",
				(rs, n) -> {
					Optional<OccupationSummary> from = occupations.summary(rs.getString(1));
					Optional<OccupationSummary> target = occupations.summary(rs.getString(2));
					if (from.isEmpty() || target.isEmpty()) {
						return null;
					}
					String skills = rs.getString(3);
					return new SavedGoal(from.get(), target.get(),
							skills.isEmpty() ? List.of() : Arrays.asList(skills.split("\n")),
							rs.getTimestamp(4).toInstant());
				}, person).stream().filter(java.util.Objects::nonNull).findFirst();
	}

	public void delete(UUID person) {
		jdbc.update("DELETE FROM skills.person_goal WHERE user_id = ?", person);
	}

}
