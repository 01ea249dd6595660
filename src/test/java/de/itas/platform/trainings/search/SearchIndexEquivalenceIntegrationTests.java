package de.itas.platform.trainings.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.itas.platform.PlatformTest;
import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.TrainingsFixtures;

/**
 * The in-memory index answers exactly what the SQL answers: for some 2,000 queries over the demo
 * catalogue plus synthetic offers (words with stems, stop words, typos and several words; every filter alone and
 * combined; all sorts; several pages), total, facets, the page's offers in their order and their next run
 * are compared with the SQL's answer on the same state of the catalogue.
 */
@PlatformTest
class SearchIndexEquivalenceIntegrationTests {

	@Autowired
	TrainingSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TrainingsFixtures fixtures;

	private static final List<String> TEXTS = Arrays.asList(null, "Batterietechnik", "CNC", "Hochvolt", "Robotik",
			"Qualitätsmanagement", "Führung", "lean production", "Grundlagen Kurs", "für Fachkräfte", "E-Mobilität", "SPS",
			"Schweißtechnik kompakt", "Kreislaufwirtschaft Fahrzeug", "Weiterbildung", "digital", "und", "Batterie",
			"Elektromobilität Praxisworkshop", "Messtechnik Aufbaukurs 17", "Hochvolt-Qualifizierung 2S", "Zertifikat",
			// typos and rare words, widened by their nearest words of the vocabulary
			"Batterietechnk", "Qualitätsmanagment", "Robotk Grundlagen", "Kreislaufwirtschft", "Hochvlt", "Elektromobilitat",
			"Schweisstechnik Kurs", "Fahrzueg");

	private static final List<String> DISTRICTS = Arrays.asList(null, "chemnitz", "zwickau", "erzgebirgskreis",
			"mittelsachsen", "vogtlandkreis", "unbekannt");

	/** Removes the synthetic offers again, so that other tests' expectations on the shared database hold. */
	@AfterEach
	void removeLoadData() {
		fixtures.removeLoadData(jdbc);
	}

	@Test
	void indexAndSqlGiveTheSameAnswers() {
		fixtures.loadData(800, 2000);
		long version = jdbc.queryForObject("SELECT version FROM trainings.search_state WHERE id = 1", Long.class);
		SearchIndex index = search.buildIndex();
		assertThat(index.version).isEqualTo(version);
		LocalDate today = LocalDate.now(clock);
		String skill = jdbc.queryForObject("SELECT skill_uri FROM trainings.offer_skill GROUP BY skill_uri "
				+ "ORDER BY count(*) DESC, skill_uri LIMIT 1", String.class);
		String rareSkill = jdbc.queryForObject("SELECT skill_uri FROM trainings.offer_skill GROUP BY skill_uri "
				+ "ORDER BY count(*), skill_uri LIMIT 1", String.class);
		List<String> skills = Arrays.asList(null, skill, rareSkill, "http://example.org/unknown-skill");
		Random random = new Random(20261121);
		List<SearchQuery> queries = new ArrayList<>();
		// every word with every sort, first and second page
		for (String text : TEXTS) {
			for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
				queries.add(query(text, null, null, null, null, null, null, null, false, false, null, null, sort, 0, 10));
				queries.add(query(text, null, null, null, null, null, null, null, false, false, null, null, sort, 1, 10));
			}
		}
		// and random combinations of all filters
		for (int n = 0; n < 1_900; n++) {
			String place = pick(random, Arrays.asList(null, null, "Zwickau", "Chemnitz", "vogtlandkreis", "Nirgendwo"));
			queries.add(query(pick(random, TEXTS), pick(random, DISTRICTS), place,
					place == null ? null : pick(random, Arrays.asList(5, 20, 50)),
					random.nextInt(4) == 0 ? YearMonth.from(today).plusMonths(random.nextInt(6)) : null,
					random.nextInt(6) == 0 ? today.plusDays(random.nextInt(200)) : null,
					random.nextInt(3) == 0 ? Format.values()[random.nextInt(Format.values().length)] : null,
					random.nextInt(4) == 0 ? DurationClass.values()[random.nextInt(DurationClass.values().length)] : null,
					random.nextInt(4) == 0, random.nextInt(4) == 0,
					random.nextInt(5) == 0 ? BigDecimal.valueOf(random.nextInt(6000)) : null,
					random.nextInt(5) == 0 ? pick(random, skills) : null,
					SearchQuery.Sort.values()[random.nextInt(SearchQuery.Sort.values().length)],
					random.nextInt(5) == 0 ? random.nextInt(4) : 0, random.nextBoolean() ? 10 : 7));
		}
		int compared = 0;
		int withHits = 0;
		int widened = 0;
		for (SearchQuery query : queries) {
			SearchResult actual = search.indexSearch(index, query, version);
			if (actual == null) {
				continue;
			}
			Map<String, List<String>> near = search.near(query, version);
			SearchResult expected = search.sqlSearch(query, today, version, near);
			assertThat(actual).as("index answer for %s", query).isEqualTo(expected);
			compared++;
			if (!expected.results().isEmpty()) {
				withHits++;
				if (!near.isEmpty()) {
					widened++;
				}
			}
		}
		assertThat(jdbc.queryForObject("SELECT version FROM trainings.search_state WHERE id = 1", Long.class))
			.as("nothing changed the catalogue during the comparison").isEqualTo(version);
		// the index answered most of them (the rest have a word that does not stem to one lexeme: SQL), many
		// found something, among them queries with a typo
		assertThat(compared).isGreaterThan(queries.size() * 2 / 3);
		assertThat(withHits).isGreaterThan(compared / 5);
		assertThat(widened).isGreaterThan(50);
	}

	@Test
	void aTypoIsWidenedByItsNearestWordsAndTheIndexAnswersIt() {
		fixtures.loadData(400, 800);
		long version = jdbc.queryForObject("SELECT version FROM trainings.search_state WHERE id = 1", Long.class);
		SearchIndex index = search.buildIndex();
		SearchQuery typo = query("Batterietechnk", null, null, null, null, null, null, null, false, false, null, null,
				SearchQuery.Sort.RELEVANCE, 0, 10);
		assertThat(search.near(typo, version)).containsOnlyKeys("batterietechnk");
		assertThat(search.near(typo, version).get("batterietechnk")).contains("batterietechnik");
		// a word the full text finds often enough is not widened, nor is a stop word
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.offer WHERE status = 'PUBLISHED' "
				+ "AND search_vector @@ to_tsquery('german', 'batterietechnik:*')", Long.class))
			.isGreaterThanOrEqualTo(TrainingSearch.FUZZY_BELOW);
		SearchQuery common = query("Batterietechnik einer", null, null, null, null, null, null, null, false, false, null,
				null, SearchQuery.Sort.RELEVANCE, 0, 10);
		assertThat(search.near(common, version)).isEmpty();
		SearchResult answer = search.indexSearch(index, typo, version);
		assertThat(answer).isNotNull().isEqualTo(search.sqlSearch(typo, LocalDate.now(clock), version,
				search.near(typo, version)));
		assertThat(answer.results()).isNotEmpty()
			.anySatisfy(hit -> assertThat(hit.title() + " " + hit.summary()).containsIgnoringCase("batterietechnik"));
		assertThat(search.search(typo).total()).isEqualTo(answer.total());
	}

	@Test
	void aChangeIsFoundAtOnceAlthoughTheIndexIsOlder() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long version = jdbc.queryForObject("SELECT version FROM trainings.search_state WHERE id = 1", Long.class);
		// a rebuild already running may hold an older state: then one more
		for (int rebuilds = 0; rebuilds < 3 && search.currentIndex(version, today) == null; rebuilds++) {
			search.refreshIndex().get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		assertThat(search.currentIndex(version, today)).as("index of the current state built").isNotNull();
		// runs of the other data start within a year; this one later
		int inDays = 700 + new Random().nextInt(300);
		SearchQuery later = query(null, null, null, null, null, today.plusDays(inDays), null, null, false, false, null, null,
				SearchQuery.Sort.START, 0, 100);
		long before = search.search(later).total();
		String token = TrainingsFixtures.token();
		long offer = fixtures.offer(fixtures.provider("Index " + token),
				TrainingsFixtures.draft("Neu im Katalog " + token, 24, 300, false, List.of()));
		fixtures.run(offer, TrainingsFixtures.run(inDays, "Zwickau", "zwickau", 8));
		long changed = jdbc.queryForObject("SELECT version FROM trainings.search_state WHERE id = 1", Long.class);
		assertThat(changed).isGreaterThan(version);
		assertThat(search.currentIndex(changed, today)).isNull();
		SearchResult found = search.search(later);
		assertThat(found.total()).isEqualTo(before + 1);
		assertThat(found.results()).anySatisfy(hit -> {
			assertThat(hit.id()).isEqualTo(offer);
			assertThat(hit.nextCity()).isEqualTo("Zwickau");
		});
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static SearchQuery query(String text, String district, String place, Integer radius, YearMonth month,
			LocalDate from, Format format, DurationClass duration, boolean azav, boolean fundable, BigDecimal maxPrice,
			String skill, SearchQuery.Sort sort, int page, int size) {
		return new SearchQuery(text, district, place, radius, month, from, format, duration, azav, fundable, maxPrice, skill,
				sort, page, size);
	}

}
