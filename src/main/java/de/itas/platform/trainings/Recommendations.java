package de.itas.platform.trainings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.PersonProfileDetails;
import de.itas.platform.accounts.PersonProfiles;
import de.itas.platform.assessment.QualificationNeeds;
import de.itas.platform.directory.CompanyProfiles;
import de.itas.platform.directory.CompanyView;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.skills.CurrentOccupations;
import de.itas.platform.skills.InvalidQueryException;
import de.itas.platform.skills.OccupationDetails;
import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.PersonalGoals;
import de.itas.platform.skills.SavedGoal;
import de.itas.platform.skills.SkillRequirement;
import de.itas.platform.trainings.search.Places;

/**
 * Recommendations that explain themselves. For a person: offers teaching the skills missing for the goal
 * saved on „Mein Weg“ (the target's essential skills they neither have from their current occupation nor
 * confirmed), or else the essential skills of their current occupation; for a company: offers that teach
 * the skills of its reported qualification needs, or else what its capabilities and products need. Best coverage first, then nearby, then soonest.
 */
@Service
@Transactional(readOnly = true)
public class Recommendations {

	public static final int DEFAULT_LIMIT = 10;

	/** What the recommendations are for, so that the page can say it. */
	public record Basis(Kind kind, @Nullable String label, List<String> missingSkills, @Nullable String districtName) {

		public enum Kind {
			GOAL, OCCUPATION, COMPANY, NEEDS, NONE
		}

	}

	public record Result(Basis basis, List<Recommendation> recommendations) {
	}

	private final NamedParameterJdbcTemplate jdbc;
	private final PersonalGoals goals;
	private final PersonProfiles profiles;
	private final CompanyProfiles companies;
	private final QualificationNeeds needs;
	private final CurrentOccupations currentOccupations;
	private final Occupations taxonomy;
	private final Region region;
	private final Places places;
	private final Fundability fundability;
	private final MessageSource messages;
	private final Clock clock;

	Recommendations(NamedParameterJdbcTemplate jdbc, PersonalGoals goals, PersonProfiles profiles,
			CompanyProfiles companies, QualificationNeeds needs, CurrentOccupations currentOccupations,
			Occupations taxonomy, Region region, Places places, Fundability fundability, MessageSource messages,
			Clock clock) {
		this.jdbc = jdbc;
		this.goals = goals;
		this.profiles = profiles;
		this.companies = companies;
		this.needs = needs;
		this.currentOccupations = currentOccupations;
		this.taxonomy = taxonomy;
		this.region = region;
		this.places = places;
		this.fundability = fundability;
		this.messages = messages;
		this.clock = clock;
	}

	/** For a person (normally the signed-in one). */
	public Result forPerson(UUID person, Locale locale, int limit) {
		PersonProfileDetails profile = profiles.own(person).details();
		String district = profile.districtCode();
		Optional<SavedGoal> goal = goals.goal(person);
		Map<String, String> missing = new LinkedHashMap<>();
		Basis.Kind kind = Basis.Kind.NONE;
		String label = null;
		if (goal.isPresent()) {
			Set<String> have = new LinkedHashSet<>(goal.get().skillUris());
			taxonomy.occupation(goal.get().from().uri())
				.ifPresent(from -> from.skills().forEach(skill -> have.add(skill.uri())));
			Optional<OccupationDetails> target = taxonomy.occupation(goal.get().target().uri());
			target.ifPresent(details -> details.essentialSkills()
				.stream()
				.filter(skill -> !have.contains(skill.uri()))
				.forEach(skill -> missing.put(skill.uri(), skill.label(locale))));
			kind = Basis.Kind.GOAL;
			label = goal.get().target().label();
		}
		else {
			// the occupation remembered on „Mein Weg“ says more than the free-text job title of the profile
			Optional<OccupationDetails> current = currentOccupations.current(person)
				.flatMap(remembered -> taxonomy.occupation(remembered.occupation().uri()))
				.or(() -> profile.jobTitle() == null || profile.jobTitle().isBlank() ? Optional.empty()
						: currentOccupation(profile.jobTitle()));
			if (current.isPresent()) {
				current.get().essentialSkills().forEach(skill -> missing.put(skill.uri(), skill.label(locale)));
				kind = Basis.Kind.OCCUPATION;
				label = current.get().label();
			}
		}
		Basis basis = new Basis(kind, label, List.copyOf(missing.values()), districtName(district));
		if (missing.isEmpty()) {
			return new Result(basis, List.of());
		}
		return new Result(basis, rank(missing, district, profile.commutingRadiusKm(), locale, limit,
				kind == Basis.Kind.GOAL ? "trainings.recommendations.reason.missing" : "trainings.recommendations.reason.occupation"));
	}

	/** For a company the signed-in person belongs to: offers teaching what fits its capabilities and products. */
	public Result forCompany(UUID companyId, Locale locale, int limit) {
		CompanyView company = companies.profile(companyId).orElse(null);
		if (company == null) {
			return new Result(new Basis(Basis.Kind.NONE, null, List.of(), null), List.of());
		}
		// the needs the company reported (Qualifizierungsbedarfe) come before what its profile suggests
		Map<String, String> reported = new LinkedHashMap<>();
		needs.skillsNeededBy(companyId)
			.forEach(uri -> taxonomy.skill(uri).ifPresent(skill -> reported.put(uri, skill.label(locale))));
		if (!reported.isEmpty()) {
			return new Result(new Basis(Basis.Kind.NEEDS, company.name(), List.copyOf(reported.values()),
					districtName(company.districtCode())),
					rank(reported, company.districtCode(), null, locale, limit, "trainings.recommendations.reason.needs"));
		}
		Map<String, String> wanted = new LinkedHashMap<>();
		List<String> words = new ArrayList<>();
		if (company.capabilities() != null) {
			words.addAll(company.capabilities());
		}
		if (company.productGroups() != null) {
			company.productGroups().forEach(group -> words.add(messages.getMessage(group.messageKey(), null, locale)));
		}
		// a tag such as "CNC-Drehen" names skills by its parts ("CNC", "drehen"), so its words are looked up too
		for (String tag : words) {
			List<String> queries = new ArrayList<>();
			queries.add(tag);
			for (String part : tag.split("[^\\p{L}\\p{N}]+")) {
				if (part.length() >= 3 && !queries.contains(part)) {
					queries.add(part);
				}
			}
			for (String query : queries) {
				try {
					for (SkillRequirement skill : taxonomy.searchSkills(query, 3)) {
						wanted.putIfAbsent(skill.uri(), skill.label(locale));
					}
				}
				catch (InvalidQueryException ex) {
					// symbols only: nothing to look for
				}
			}
		}
		Basis basis = new Basis(Basis.Kind.COMPANY, company.name(), List.copyOf(wanted.values()),
				districtName(company.districtCode()));
		if (wanted.isEmpty()) {
			return new Result(basis, List.of());
		}
		return new Result(basis, rank(wanted, company.districtCode(), null, locale, limit, "trainings.recommendations.reason.fits"));
	}

	private Optional<OccupationDetails> currentOccupation(String jobTitle) {
		try {
			return taxonomy.search(jobTitle.length() > Occupations.MAX_QUERY_LENGTH
					? jobTitle.substring(0, Occupations.MAX_QUERY_LENGTH) : jobTitle, 1)
				.stream()
				.findFirst()
				.map(OccupationMatch::uri)
				.flatMap(taxonomy::occupation);
		}
		catch (InvalidQueryException ex) {
			return Optional.empty();
		}
	}

	private @Nullable String districtName(@Nullable String code) {
		return code == null ? null : region.district(code).map(DistrictSummary::name).orElse(null);
	}

	private record Candidate(long id, String title, String provider, boolean fundable, List<String> skills) {
	}

	private record Nearest(@Nullable LocalDate start, @Nullable Integer km, boolean online, @Nullable String city) {
	}

	/**
	 * How many offers the database hands over for the ranking in Java. More than the 50 a page shows at most, so
	 * that a rounding difference between the database's and Java's distance (see {@link #RANKING}) cannot push one
	 * of the shown offers out of the candidates.
	 */
	static final int CANDIDATES = 200;

	/**
	 * The ranking of {@link #rank} in SQL, so that only the best {@link #CANDIDATES} offers and their runs are read
	 * (at national scale thousands of offers teach one of the missing skills, and reading them all with their runs
	 * took 27 s). Its keys are the comparator's, in the same order: skills taught (count of matching offer_skill
	 * rows, as the Java list), reachable, fundable, start of the nearest run, id. The nearest run is the one the
	 * Java loop keeps: the first upcoming run (by start date, id) when it is online, else the located run with the
	 * smallest rounded distance (the first of equals by start date, id), else the first run; reachable when that
	 * run is online or at most the reach away (km rounded as Math.round does). So the database's order is the Java
	 * order, its top candidates are the Java top candidates, and the offers shown equal those of ranking every
	 * matching offer in Java. They may differ only when a run lies within a rounding error of the last floating
	 * point digit from a half kilometre or from the reach, where PostgreSQL's sin/cos may round unlike Java's; such
	 * an offer moves at most one place among equals, which the headroom of {@link #CANDIDATES} over 50 absorbs.
	 */
	private static final String RANKING = """
			WITH matched AS (
			    SELECT o.id, o.fundable, count(*) AS taught
			    FROM trainings.offer o JOIN trainings.offer_skill s ON s.offer_id = o.id
			    WHERE o.status = 'PUBLISHED' AND s.skill_uri IN (:skills)
			    GROUP BY o.id, o.fundable
			), keyed AS (
			    SELECT m.id, m.taught, m.fundable, f.online AS first_online, f.start_date AS first_start,
			           l.start_date AS near_start, l.km
			    FROM matched m
			    CROSS JOIN LATERAL (
			        SELECT r.start_date, r.online FROM trainings.run r
			        WHERE r.offer_id = m.id AND NOT r.cancelled AND r.start_date >= :today
			        ORDER BY r.start_date, r.id LIMIT 1) f
			    LEFT JOIN LATERAL (
			        SELECT r.start_date, d.km FROM trainings.run r
			        CROSS JOIN LATERAL (SELECT floor(6371.0 * 2 * asin(least(1, sqrt(
			                sin((radians(r.latitude) - radians(:lat)) / 2) * sin((radians(r.latitude) - radians(:lat)) / 2)
			                + cos(radians(:lat)) * cos(radians(r.latitude))
			                  * sin(radians(r.longitude - :lon) / 2) * sin(radians(r.longitude - :lon) / 2)))) + 0.5) AS km) d
			        WHERE :located AND NOT f.online AND r.offer_id = m.id AND NOT r.cancelled
			          AND r.start_date >= :today AND NOT r.online AND r.latitude IS NOT NULL
			        ORDER BY d.km, r.start_date, r.id LIMIT 1) l ON TRUE
			)
			SELECT id FROM keyed
			ORDER BY taught DESC, (first_online OR km <= :reach) IS NOT TRUE, NOT fundable,
			         coalesce(near_start, first_start), id
			LIMIT :candidates""";

	private List<Recommendation> rank(Map<String, String> wanted, @Nullable String district,
			@Nullable Integer radiusKm, Locale locale, int limit, String reasonKey) {
		LocalDate today = LocalDate.now(clock);
		Places.Point centre = places.district(district).orElse(null);
		int reach = radiusKm == null ? 50 : radiusKm;
		MapSqlParameterSource params = new MapSqlParameterSource("skills", List.copyOf(wanted.keySet()))
			.addValue("today", today)
			.addValue("located", centre != null)
			.addValue("lat", centre == null ? 0.0 : centre.latitude())
			.addValue("lon", centre == null ? 0.0 : centre.longitude())
			.addValue("reach", reach)
			.addValue("candidates", Math.max(CANDIDATES, limit));
		List<Long> best = jdbc.queryForList(RANKING, params, Long.class);
		if (best.isEmpty()) {
			return List.of();
		}
		Map<Long, Candidate> candidates = new LinkedHashMap<>();
		jdbc.query("""
				SELECT o.id, o.title, o.provider_name, o.fundable, s.skill_uri
				FROM trainings.offer o JOIN trainings.offer_skill s ON s.offer_id = o.id
				WHERE o.id IN (:best) AND o.status = 'PUBLISHED' AND s.skill_uri IN (:skills)
				  AND EXISTS (SELECT 1 FROM trainings.run r WHERE r.offer_id = o.id AND NOT r.cancelled AND r.start_date >= :today)
				ORDER BY o.id""", params.addValue("best", best), rs -> {
				Candidate candidate = candidates.computeIfAbsent(rs.getLong(1),
						id -> new Candidate(id, uncheckedString(rs, 2), uncheckedString(rs, 3), uncheckedBoolean(rs, 4),
								new ArrayList<>()));
				candidate.skills().add(wanted.get(rs.getString(5)));
			});
		if (candidates.isEmpty()) {
			return List.of();
		}
		// runs in the order RANKING breaks ties in (start date, id), so that both keep the same nearest run
		Map<Long, Nearest> nearest = new HashMap<>();
		jdbc.query("SELECT r.offer_id, r.start_date, r.latitude, r.longitude, r.online, r.city FROM trainings.run r "
				+ "WHERE r.offer_id IN (:ids) AND NOT r.cancelled AND r.start_date >= :today ORDER BY r.start_date, r.id",
				params.addValue("ids", candidates.keySet()), rs -> {
					long id = rs.getLong(1);
					LocalDate start = rs.getObject(2, LocalDate.class);
					boolean online = rs.getBoolean(5);
					Integer km = null;
					if (!online && centre != null && rs.getObject(3) != null) {
						km = (int) Math.round(centre.kmTo(new Places.Point(rs.getDouble(3), rs.getDouble(4))));
					}
					Nearest current = nearest.get(id);
					Nearest candidate = new Nearest(start, km, online, rs.getString(6));
					if (current == null || closer(candidate, current)) {
						nearest.put(id, candidate);
					}
				});
		Comparator<Candidate> order = Comparator
			.comparingInt((Candidate candidate) -> -candidate.skills().size())
			.thenComparing(candidate -> !reachable(nearest.get(candidate.id()), reach))
			.thenComparing(candidate -> !candidate.fundable())
			.thenComparing(candidate -> Optional.ofNullable(nearest.get(candidate.id()).start()).orElse(LocalDate.MAX))
			.thenComparingLong(Candidate::id);
		String programme = fundability.programme(java.math.BigDecimal.valueOf(200), true, true, java.math.BigDecimal.ONE,
				locale).map(result -> result.legalBasis()).orElse("§ 82 SGB III");
		return candidates.values().stream().sorted(order).limit(Math.max(1, Math.min(50, limit))).map(candidate -> {
			Nearest run = nearest.get(candidate.id());
			List<String> reasons = new ArrayList<>();
			reasons.add(messages.getMessage(reasonKey, new Object[] { candidate.skills().size(), wanted.size(),
							String.join(", ", candidate.skills()) }, locale));
			if (run.online()) {
				reasons.add(messages.getMessage("trainings.recommendations.reason.online", null, locale));
			}
			else if (run.km() != null && run.km() == 0 && run.city() != null) {
				// a run in the person's own town: "in 0 km" says nothing
				reasons.add(messages.getMessage("trainings.recommendations.reason.here", new Object[] { run.city() },
						locale));
			}
			else if (run.km() != null) {
				reasons.add(messages.getMessage("trainings.recommendations.reason.distance",
						new Object[] { run.km(), run.city() }, locale));
			}
			if (candidate.fundable()) {
				reasons.add(messages.getMessage("trainings.recommendations.reason.fundable",
						new Object[] { shortBasis(programme) }, locale));
			}
			return new Recommendation(new OfferSummary(candidate.id(), candidate.title(), candidate.provider(),
					"/weiterbildung/" + candidate.id(), run.start(), candidate.fundable()), candidate.skills(),
					wanted.size(), run.online() ? null : run.km(), run.online(), reasons);
		}).toList();
	}

	/** „§ 82 SGB III in der Fassung …; Antragstellung …“ becomes „§ 82 SGB III“. */
	static String shortBasis(String legalBasis) {
		int cut = legalBasis.indexOf(" in ");
		int semicolon = legalBasis.indexOf(';');
		int end = cut > 0 ? cut : semicolon > 0 ? semicolon : legalBasis.length();
		return legalBasis.substring(0, end).strip();
	}

	private static boolean reachable(Nearest run, int reach) {
		return run.online() || (run.km() != null && run.km() <= reach);
	}

	private static boolean closer(Nearest candidate, Nearest current) {
		if (candidate.online() || candidate.km() == null) {
			return false;
		}
		return current.km() == null && !current.online() || current.km() != null && candidate.km() < current.km();
	}

	private static String uncheckedString(java.sql.ResultSet rs, int column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean uncheckedBoolean(java.sql.ResultSet rs, int column) {
		try {
			return rs.getBoolean(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
