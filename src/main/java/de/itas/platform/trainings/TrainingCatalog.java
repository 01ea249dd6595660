package de.itas.platform.trainings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

import de.itas.platform.trainings.search.OfferHit;
import de.itas.platform.trainings.search.SearchQuery;
import de.itas.platform.trainings.search.TrainingSearch;

/**
 * The trainings module's read API for other modules (help desk, assessment): published offers by
 * keyword, by id, and by the skills they teach.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class TrainingCatalog {

	public static final int MAX_LIMIT = 100;

	private final TrainingSearch search;
	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	TrainingCatalog(TrainingSearch search, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.search = search;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Published offers matching the words, best first; all published offers (next start first) for a blank query. */
	public List<OfferSummary> search(String query, int limit) {
		return search.search(SearchQuery.all(clamp(limit)).withText(query))
			.results()
			.stream()
			.map(OfferHit::toSummary)
			.toList();
	}

	/** A published offer. */
	public Optional<OfferSummary> offer(long id) {
		return summaries("o.id = :id", new MapSqlParameterSource("id", id), "o.id", 1).stream().findFirst();
	}

	/**
	 * Published offers teaching any of the skills, those teaching the most of them first, then those in
	 * the district (an upcoming run there), then by next start.
	 */
	public List<OfferSummary> teaching(Collection<String> skillUris, @Nullable String districtCode, int limit) {
		if (skillUris.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("skills", List.copyOf(skillUris)).addValue("district",
				districtCode == null ? "" : districtCode);
		return summaries("o.id IN (SELECT s.offer_id FROM trainings.offer_skill s WHERE s.skill_uri IN (:skills))", params,
				"(SELECT count(*) FROM trainings.offer_skill s WHERE s.offer_id = o.id AND s.skill_uri IN (:skills)) DESC, "
						+ "EXISTS (SELECT 1 FROM trainings.run d WHERE d.offer_id = o.id AND d.district_code = :district "
						+ "AND NOT d.cancelled AND d.start_date >= :today) DESC, next_start ASC NULLS LAST, o.id",
				clamp(limit));
	}

	private List<OfferSummary> summaries(String where, MapSqlParameterSource params, String order, int limit) {
		params.addValue("today", LocalDate.now(clock)).addValue("limit", limit);
		return jdbc.query("SELECT o.id, o.title, o.provider_name, o.fundable, (SELECT min(r.start_date) FROM trainings.run r "
				+ "WHERE r.offer_id = o.id AND NOT r.cancelled AND r.start_date >= :today) AS next_start "
				+ "FROM trainings.offer o WHERE o.status = 'PUBLISHED' AND " + where + " ORDER BY " + order + " LIMIT :limit",
				params, (rs, n) -> new OfferSummary(rs.getLong("id"), rs.getString("title"), rs.getString("provider_name"),
						"/weiterbildung/" + rs.getLong("id"), rs.getObject("next_start", LocalDate.class),
						rs.getBoolean("fundable")));
	}

	private static int clamp(int limit) {
		return Math.min(MAX_LIMIT, Math.max(1, limit));
	}

}
