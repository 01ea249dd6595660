package de.itas.platform.helpdesk;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import de.itas.platform.region.Region;
import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;
import de.itas.platform.shared.security.PlatformUser;

/**
 * Help-desk cases in the site-wide search, only for the people who may open them: staff find the cases their
 * inbox shows (coordination all, an advisor those of their teams and those assigned to them; see
 * {@link CaseWork#scopeOf}), and every signed-in person finds their own inquiries, as "Meine Anliegen" lists
 * them. Visitors find none, and neither does a search made on nobody's behalf (the newsletter editor's).
 * <p>
 * A case is found by what the inbox shows of it: its reference, its topic (the case's subject), its district,
 * team and status; a hit names nothing about the person who asked (no name, no address, not the description).
 * Each word must match one of these; the words are compared with the names in the page's language with German
 * stemming, here, once per search over a few dozen names, so that the query on the cases is a filter on their
 * codes and reference within the viewer's scope.
 */
@Component
@Order(80)
class CaseSearchContribution implements SearchContribution {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(SaxonWorkingDays.ZONE);

	/**
	 * Which names hold which word, each word as a prefix with German stemming ({@code k}, 1-based); a word that is
	 * only a stop word comes back with {@code k = 0} and is left out, as the other areas' full-text search does.
	 */
	private static final String MATCHING_NAMES = """
			SELECT w.n, l.k FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS w(word, n)
			  JOIN unnest(CAST(? AS text[])) WITH ORDINALITY AS l(label, k)
			  ON to_tsvector('german', l.label) @@ to_tsquery('german', w.word || ':*')
			UNION ALL
			SELECT w.n, 0 FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS w(word, n)
			WHERE numnode(to_tsquery('german', w.word || ':*')) = 0""";

	private final CaseWork work;
	private final CaseRepository cases;
	private final TeamRepository teams;
	private final Region region;
	private final MessageSource messages;
	private final JdbcTemplate jdbc;

	CaseSearchContribution(CaseWork work, CaseRepository cases, TeamRepository teams, Region region,
			MessageSource messages, JdbcTemplate jdbc) {
		this.work = work;
		this.cases = cases;
		this.teams = teams;
		this.region = region;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return "case";
	}

	@Override
	public String labelKey() {
		return "helpdesk.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		PlatformUser viewer = request.viewer();
		if (viewer == null) {
			return List.of();
		}
		Optional<CaseRepository.StaffScope> staff = work.scopeOf(viewer);
		Locale locale = request.locale();
		Map<String, String> districts = new HashMap<>();
		region.districts().forEach(district -> districts.put(district.code(), district.name()));
		Map<String, String> teamNames = new HashMap<>();
		if (staff.isPresent()) {
			teams.teams().forEach(team -> teamNames.put(team.code(), team.name()));
		}
		List<CaseRepository.SearchWord> words = words(request.words(), locale, districts, teamNames);
		if (words.isEmpty()) {
			return List.of();
		}
		List<SearchHit> hits = new ArrayList<>();
		Set<String> found = new HashSet<>();
		if (staff.isPresent()) {
			for (CaseRepository.FoundCase row : cases.search(staff.get(), words, request.text(), request.limit())) {
				found.add(row.caseNumber());
				String team = row.teamCode() == null ? message("helpdesk.inbox.coordination", locale)
						: teamNames.getOrDefault(row.teamCode(), row.teamCode());
				hits.add(new SearchHit(title(row, locale),
						message("helpdesk.search.snippet", locale, districts.getOrDefault(row.districtCode(), ""), team,
								message(row.status().messageKey(), locale), DATE.format(row.submittedAt())),
						"/beratung/faelle/" + row.caseNumber()));
			}
		}
		for (CaseRepository.FoundCase row : cases.searchOwn(viewer.id(), words, request.text(), request.limit())) {
			if (hits.size() < request.limit() && found.add(row.caseNumber())) {
				hits.add(new SearchHit(title(row, locale),
						message("helpdesk.search.snippet.own", locale, districts.getOrDefault(row.districtCode(), ""),
								message(row.status().messageKey(), locale), DATE.format(row.submittedAt())),
						"/anliegen/" + row.caseNumber()));
			}
		}
		return hits;
	}

	private String title(CaseRepository.FoundCase row, Locale locale) {
		return message("helpdesk.search.title", locale, row.caseNumber(), message(row.topic().messageKey(), locale));
	}

	/** The words without stop words, each with the topics, districts, teams and statuses whose names hold it. */
	private List<CaseRepository.SearchWord> words(List<String> words, Locale locale, Map<String, String> districts,
			Map<String, String> teamNames) {
		if (words.isEmpty()) {
			return List.of();
		}
		List<Name> names = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			names.add(new Name(Kind.TOPIC, topic.name(), message(topic.messageKey(), locale)));
		}
		for (CaseStatus status : CaseStatus.values()) {
			names.add(new Name(Kind.STATUS, status.name(), message(status.messageKey(), locale)));
		}
		districts.forEach((code, name) -> names.add(new Name(Kind.DISTRICT, code, name)));
		teamNames.forEach((code, name) -> names.add(new Name(Kind.TEAM, code, name)));
		String[] wordArray = words.toArray(String[]::new);
		String[] labels = names.stream().map(Name::label).toArray(String[]::new);
		Map<Integer, List<Name>> matches = new LinkedHashMap<>();
		Set<Integer> stopWords = new HashSet<>();
		jdbc.query(MATCHING_NAMES, (RowCallbackHandler) rs -> {
			int word = rs.getInt(1) - 1;
			int name = rs.getInt(2);
			if (name == 0) {
				stopWords.add(word);
			}
			else {
				matches.computeIfAbsent(word, key -> new ArrayList<>()).add(names.get(name - 1));
			}
		}, wordArray, labels, wordArray);
		List<CaseRepository.SearchWord> result = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (stopWords.contains(i)) {
				continue;
			}
			List<Name> named = matches.getOrDefault(i, List.of());
			result.add(new CaseRepository.SearchWord(words.get(i), codes(named, Kind.TOPIC), codes(named, Kind.DISTRICT),
					codes(named, Kind.TEAM), codes(named, Kind.STATUS)));
		}
		return result;
	}

	private static List<String> codes(List<Name> names, Kind kind) {
		return names.stream().filter(name -> name.kind() == kind).map(Name::code).distinct().toList();
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private enum Kind {
		TOPIC, DISTRICT, TEAM, STATUS
	}

	private record Name(Kind kind, String code, String label) {
	}

}
