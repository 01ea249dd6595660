package de.itas.platform.skills;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The occupation each person named as their current one on "Mein Weg": remembered when they confirm their
 * skills for it, save a goal from it or choose "remember", and used to pre-fill "Mein Weg". Other modules
 * (e.g. the person profile) may read it to show the job title linked to the taxonomy.
 */
@Service
@Transactional
@NamedInterface("api")
public class CurrentOccupations {

	/** A person's current occupation and when they chose it. */
	public record CurrentOccupation(OccupationSummary occupation, Instant chosenAt) {
	}

	private final JdbcTemplate jdbc;
	private final Occupations occupations;
	private final Clock clock;

	CurrentOccupations(JdbcTemplate jdbc, Occupations occupations, Clock clock) {
		this.jdbc = jdbc;
		this.occupations = occupations;
		this.clock = clock;
	}

	/**
	 * Remembers the occupation as the person's current one, replacing an earlier one.
	 *
	 * @throws UnknownOccupationException when the occupation is not in the taxonomy
	 */
	public void remember(UUID person, String occupationUri) {
		if (occupations.summary(occupationUri).isEmpty()) {
			throw new UnknownOccupationException(occupationUri);
		}
		jdbc.update("""
				INSERT INTO skills.person_occupation (user_id, occupation_uri, chosen_at) VALUES (?, ?, ?)
				ON CONFLICT (user_id) DO UPDATE SET occupation_uri = EXCLUDED.occupation_uri, chosen_at = EXCLUDED.chosen_at
				""", person, occupationUri, Timestamp.from(clock.instant()));
	}

	/** The person's current occupation, if they named one that the taxonomy still contains. */
	@Transactional(readOnly = true)
	public Optional<CurrentOccupation> current(UUID person) {
		return jdbc.query("SELECT occupation_uri, chosen_at FROM skills.person_occupation WHERE user_id = ?",
				(rs, n) -> {
					Instant chosenAt = rs.getTimestamp(2).toInstant();
					return occupations.summary(rs.getString(1))
						.map(summary -> new CurrentOccupation(summary, chosenAt))
						.orElse(null);
				},
				person).stream().filter(Objects::nonNull).findFirst();
	}

	/** The stored occupation URI, also when the taxonomy no longer contains it (for the data export). */
	@Transactional(readOnly = true)
	Optional<String> storedUri(UUID person) {
		return jdbc.queryForList("SELECT occupation_uri FROM skills.person_occupation WHERE user_id = ?", String.class,
				person).stream().findFirst();
	}

	public void forget(UUID person) {
		jdbc.update("DELETE FROM skills.person_occupation WHERE user_id = ?", person);
	}

}
