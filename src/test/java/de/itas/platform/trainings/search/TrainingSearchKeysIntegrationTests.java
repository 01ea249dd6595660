package de.itas.platform.trainings.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.trainings.Labelled;
import de.itas.platform.trainings.TrainingsFixtures;

/**
 * The keys that make the search fast keep their meaning: the next start kept on the offer follows its runs
 * (added, moved, cancelled, and days passing), and cached answers never hide a change.
 */
@PlatformTest
class TrainingSearchKeysIntegrationTests {

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	TrainingSearch search;

	@Autowired
	NextStarts nextStarts;

	@Autowired
	JdbcTemplate jdbc;

	private LocalDate nextStart(long offer) {
		return jdbc.queryForObject("SELECT next_start FROM trainings.offer WHERE id = ?", LocalDate.class, offer);
	}

	private long version(long run) {
		return jdbc.queryForObject("SELECT version FROM trainings.run WHERE id = ?", Long.class, run);
	}

	@Test
	void theNextStartFollowsRunsAndPassingDays() {
		String token = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Startschlüssel " + token);
		long offer = fixtures.offer(provider, TrainingsFixtures.draft(token + " Hydraulik", 40, 500, false, List.of()));
		assertThat(nextStart(offer)).isNull();
		long later = fixtures.run(offer, TrainingsFixtures.run(40, "Plauen", "vogtlandkreis", 8));
		assertThat(nextStart(offer)).isEqualTo(LocalDate.now(TrainingsFixtures.ZONE).plusDays(40));
		long sooner = fixtures.run(offer, TrainingsFixtures.run(10, "Plauen", "vogtlandkreis", 8));
		assertThat(nextStart(offer)).isEqualTo(LocalDate.now(TrainingsFixtures.ZONE).plusDays(10));
		assertThat(fixtures.updateRun(sooner, version(sooner), TrainingsFixtures.run(50, "Plauen", "vogtlandkreis", 8)))
			.isTrue();
		assertThat(nextStart(offer)).isEqualTo(LocalDate.now(TrainingsFixtures.ZONE).plusDays(40));
		assertThat(fixtures.cancelRun(later, version(later))).isTrue();
		assertThat(nextStart(offer)).isEqualTo(LocalDate.now(TrainingsFixtures.ZONE).plusDays(50));
		// as if the run of 50 days ahead had begun yesterday: the hourly refresh moves the next start on
		jdbc.update("UPDATE trainings.offer SET next_start = ? WHERE id = ?", LocalDate.now(TrainingsFixtures.ZONE).minusDays(1), offer);
		assertThat(nextStarts.refresh()).isGreaterThanOrEqualTo(1);
		assertThat(nextStart(offer)).isEqualTo(LocalDate.now(TrainingsFixtures.ZONE).plusDays(50));
	}

	@Test
	void cachedAnswersShowEveryChangeAtOnce() {
		String token = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Zwischenspeicher " + token);
		long first = fixtures.offer(provider, TrainingsFixtures.draft(token + " Pneumatik", 40, 500, false, List.of()));
		fixtures.run(first, TrainingsFixtures.run(30, "Zwickau", "zwickau", 8));
		SearchQuery query = SearchQuery.all(10).withText(token).withSort(SearchQuery.Sort.START);
		SearchResult before = search.search(query);
		assertThat(before.total()).isEqualTo(1);
		assertThat(search.search(query).results()).extracting(OfferHit::id).containsExactly(first);

		long second = fixtures.offer(provider, TrainingsFixtures.draft(token + " Pneumatik kompakt", 16, 300, false,
				List.of()));
		fixtures.run(second, TrainingsFixtures.run(5, "Zwickau", "zwickau", 8));
		SearchResult after = search.search(query);
		assertThat(after.total()).isEqualTo(2);
		assertThat(after.facets().district("zwickau")).isEqualTo(2);
		assertThat(after.results()).extracting(OfferHit::id).containsExactly(second, first);

		assertThat(fixtures.archive(second,
				jdbc.queryForObject("SELECT version FROM trainings.offer WHERE id = ?", Long.class, second)))
			.isTrue();
		SearchResult archived = search.search(query);
		assertThat(archived.total()).isEqualTo(1);
		assertThat(archived.results()).extracting(OfferHit::id).containsExactly(first);
		assertThat(archived.facets().skills()).isEmpty();

		// the skills kept on the offer follow its links: facet and skill filter at once
		String lightweight = TrainingsFixtures.SKILL + "lightweight";
		fixtures.teach(first, List.of(new Labelled(lightweight, "Leichtbau")));
		SearchResult linked = search.search(query);
		assertThat(linked.facets().skills()).extracting(SearchFacets.SkillCount::uri, SearchFacets.SkillCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(lightweight, 1L));
		assertThat(search.search(new SearchQuery(token, null, null, null, null, null, null, null, false, false, null,
				lightweight, SearchQuery.Sort.RELEVANCE, 0, 10)).results()).extracting(OfferHit::id).containsExactly(first);
	}

}
