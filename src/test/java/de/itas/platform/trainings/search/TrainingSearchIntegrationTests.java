package de.itas.platform.trainings.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.OfferDraft;
import de.itas.platform.trainings.OfferSummary;
import de.itas.platform.trainings.RunDraft;
import de.itas.platform.trainings.TrainingCatalog;
import de.itas.platform.trainings.TrainingsFixtures;

/**
 * The public search over its own offers (each test's words occur nowhere else): full text with stemming
 * and typos, run filters (district, radius, month), offer filters, facets, paging, the page with its htmx
 * fragment, the JSON API with its field errors, and the catalogue API for other modules.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingSearchIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	TrainingSearch search;

	@Autowired
	TrainingCatalog catalog;

	private final String token = TrainingsFixtures.token();
	private long welding;
	private long battery;
	private long online;
	private long draft;

	@BeforeAll
	void offers() {
		OrganisationSummary provider = fixtures.provider("Suche " + token);
		welding = fixtures.offer(provider, TrainingsFixtures.draft(token + " Schweißerkurse für Aluminium", 160, 2900, true,
				List.of("welding", "lightweight")));
		fixtures.run(welding, TrainingsFixtures.run(30, "Plauen", "vogtlandkreis", 8));
		battery = fixtures.offer(provider, TrainingsFixtures.draft(token + " Batterietechnik kompakt", 24, 800, false,
				List.of("battery-cell", "lightweight")));
		fixtures.run(battery, TrainingsFixtures.run(60, "Glauchau", "zwickau", 8));
		online = fixtures.offer(provider, new OfferDraft(token + " Batteriemanagement online", "Kurz", "", Format.ONLINE, "",
				"de", java.math.BigDecimal.valueOf(16), java.math.BigDecimal.valueOf(400), false, false,
				List.of(TrainingsFixtures.SKILL + "bms"), List.of(), null, "", "", ""));
		fixtures.run(online, new RunDraft(LocalDate.now(TrainingsFixtures.ZONE).plusDays(5), LocalDate.now(TrainingsFixtures.ZONE).plusDays(6), "", true, "", "", "", "",
				null, 20));
		draft = fixtures.transactionsCreateDraft(provider, TrainingsFixtures.draft(token + " Entwurf Batterie", 8, 10, false, List.of()));
	}

	private SearchQuery query(String text) {
		return SearchQuery.all(10).withText(token + " " + text);
	}

	private List<Long> ids(SearchResult result) {
		return result.results().stream().map(OfferHit::id).toList();
	}

	@Test
	void germanStemmingPrefixesAndSmallTyposFindTheOffer() {
		assertThat(ids(search.search(query("Schweißer")))).containsExactly(welding);
		assertThat(ids(search.search(query("schweißerkurs")))).containsExactly(welding);
		assertThat(ids(search.search(query("Batterietechnk")))).containsExactly(battery);
		assertThat(ids(search.search(query("Batterie")))).containsExactlyInAnyOrder(battery, online);
		assertThat(ids(search.search(query("Batterie und")))).containsExactlyInAnyOrder(battery, online);
		assertThat(ids(search.search(query("Entwurf")))).isEmpty();
	}

	@Test
	void runFiltersUseDistrictRadiusAndStartMonth() {
		SearchQuery zwickau = new SearchQuery(token, "zwickau", null, null, null, null, null, null, false, false, null, null,
				SearchQuery.Sort.RELEVANCE, 0, 10);
		assertThat(ids(search.search(zwickau))).containsExactly(battery);
		SearchQuery nearZwickau = new SearchQuery(token, null, "Zwickau", 15, null, null, null, null, false, false, null, null,
				SearchQuery.Sort.RELEVANCE, 0, 10);
		assertThat(ids(search.search(nearZwickau))).containsExactly(battery);
		SearchQuery farFromZwickau = new SearchQuery(token, null, "Zwickau", 50, null, null, null, null, false, false, null,
				null, SearchQuery.Sort.RELEVANCE, 0, 10);
		assertThat(ids(search.search(farFromZwickau))).containsExactlyInAnyOrder(battery, welding);
		YearMonth month = YearMonth.from(LocalDate.now(TrainingsFixtures.ZONE).plusDays(60));
		SearchQuery inMonth = new SearchQuery(token, null, null, null, month, null, null, null, false, false, null, null,
				SearchQuery.Sort.RELEVANCE, 0, 10);
		assertThat(ids(search.search(inMonth))).contains(battery).doesNotContain(online);
	}

	@Test
	void facetsCountEveryValueWithTheOtherFilters() {
		SearchQuery onlyLong = new SearchQuery(token, null, null, null, null, null, null, DurationClass.LONG, false, false,
				null, null, SearchQuery.Sort.RELEVANCE, 0, 10);
		SearchResult result = search.search(onlyLong);
		assertThat(ids(result)).containsExactly(welding);
		assertThat(result.facets().duration(DurationClass.LONG)).isEqualTo(1);
		assertThat(result.facets().duration(DurationClass.SHORT)).isEqualTo(2);
		assertThat(result.facets().district("vogtlandkreis")).isEqualTo(1);
		assertThat(result.facets().district("zwickau")).isZero();
		assertThat(result.facets().fundable()).isEqualTo(1);
		assertThat(result.facets().skills()).extracting(SearchFacets.SkillCount::label)
			.contains("Leichtbau", "Metall schweißen (MAG/WIG)");
		SearchResult all = search.search(SearchQuery.all(10).withText(token));
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.facets().skills()).filteredOn(skill -> skill.uri().endsWith("/lightweight"))
			.extracting(SearchFacets.SkillCount::count)
			.containsExactly(2L);
		assertThat(all.facets().format(Format.ONLINE)).isEqualTo(1);
	}

	@Test
	void fundableAzavPriceAndSkillFiltersAndSortByPrice() {
		SearchQuery fundable = new SearchQuery(token, null, null, null, null, null, null, null, false, true, null, null,
				SearchQuery.Sort.RELEVANCE, 0, 10);
		assertThat(ids(search.search(fundable))).containsExactly(welding);
		SearchQuery cheap = new SearchQuery(token, null, null, null, null, null, null, null, false, false,
				java.math.BigDecimal.valueOf(800), null, SearchQuery.Sort.PRICE, 0, 10);
		assertThat(ids(search.search(cheap))).containsExactly(online, battery);
		SearchQuery lightweight = new SearchQuery(token, null, null, null, null, null, null, null, false, false, null,
				TrainingsFixtures.SKILL + "lightweight", SearchQuery.Sort.START, 0, 10);
		assertThat(ids(search.search(lightweight))).containsExactly(welding, battery);
		SearchQuery paged = new SearchQuery(token, null, null, null, null, null, null, null, false, false, null, null,
				SearchQuery.Sort.START, 1, 2);
		SearchResult page = search.search(paged);
		assertThat(page.total()).isEqualTo(3);
		assertThat(ids(page)).containsExactly(battery);
		assertThat(page.page().pages()).isEqualTo(2);
		assertThat(page.page().hasPrevious()).isTrue();
		assertThat(page.page().hasNext()).isFalse();
	}

	@Test
	void thePageAndItsFragmentCarryResultsAndCounts() {
		MvcTestResult page = mvc.get().uri("/weiterbildung?q={q}&landkreis=zwickau", token).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("<form", "Batterietechnik kompakt", "1 Angebot gefunden")
			.doesNotContain("Schweißerkurse");
		MvcTestResult fragment = mvc.get().uri("/weiterbildung?q={q}&landkreis=zwickau", token).header("HX-Request", "true")
			.exchange();
		assertThat(fragment).hasStatusOk().bodyText().doesNotContain("<form").contains("training-results",
				"hx-swap-oob=\"innerHTML:#landkreis\"", "Vogtlandkreis (1)");
		MvcTestResult unknownFilters = mvc.get().uri("/weiterbildung?q={q}&landkreis=&format=XYZ&seite=abc", token)
			.exchange();
		assertThat(unknownFilters).hasStatusOk().bodyText().contains("3 Angebote gefunden");
		// a page beyond the last (page 999 of 1) shows the last page, not the empty state; one page needs no pager
		assertThat(mvc.get().uri("/weiterbildung?q={q}&seite=999", token).exchange()).hasStatusOk().bodyText()
			.contains("3 Angebote gefunden", "Batterietechnik kompakt", "Schweißerkurse")
			.doesNotContain("Keine Angebote gefunden", "class=\"pager\"");
		// the API answers the page asked for: beyond the end it is empty, with the total to page by
		MvcTestResult beyond = mvc.get().uri("/api/v1/trainings?q={q}&page=5", token).exchange();
		assertThat(beyond).hasStatusOk().bodyJson().extractingPath("$.total").asNumber().isEqualTo(3);
		assertThat(beyond).bodyJson().extractingPath("$.page").asNumber().isEqualTo(5);
		assertThat(beyond).bodyJson().extractingPath("$.results").asArray().isEmpty();
	}

	@Test
	void aTownAmongTheWordsSearchesAroundIt() {
		SearchQuery understood = search.understand(SearchQuery.all(10).withText(token + " zwickau,"));
		assertThat(understood.text()).isEqualTo(token);
		assertThat(understood.place()).isEqualTo("Zwickau");
		assertThat(understood.radiusKm()).isEqualTo(TrainingSearch.PLACE_IN_TEXT_RADIUS);
		// a place chosen in the form stays, and so do words that name no town
		SearchQuery chosen = SearchQuery.all(10).withText(token + " Zwickau").withPlace("Plauen", 10);
		assertThat(search.understand(chosen)).isEqualTo(chosen);
		SearchQuery noTown = SearchQuery.all(10).withText(token + " Hochvolt");
		assertThat(search.understand(noTown)).isEqualTo(noTown);

		// Glauchau is 12 km from Zwickau, Plauen 40 km
		assertThat(mvc.get().uri("/weiterbildung?q={q}", token + " Zwickau").exchange()).hasStatusOk().bodyText()
			.contains("Batterietechnik kompakt", "1 Angebot gefunden", "im Umkreis von 25 km um Zwickau")
			.doesNotContain("Schweißerkurse");
	}

	@Test
	void aMaximumPriceThatIsNoAmountIsNamedAtItsFieldAndKeptAsTyped() {
		for (String typed : List.of("-5", "abc")) {
			MvcTestResult page = mvc.get().uri("/weiterbildung?q={q}&maxpreis={p}", token, typed).exchange();
			assertThat(page).hasStatusOk().bodyText()
				.contains("id=\"maxpreis-error\"", "Bitte geben Sie den Höchstpreis als Betrag in Euro an",
						"value=\"" + typed + "\"", "aria-invalid=\"true\"", "3 Angebote gefunden");
			assertThat(mvc.get().uri("/weiterbildung?q={q}&maxpreis={p}", token, typed).header("HX-Request", "true")
				.exchange()).bodyText().contains("Bitte geben Sie den Höchstpreis als Betrag in Euro an");
		}
		assertThat(mvc.get().uri("/weiterbildung?q={q}&maxpreis=1000", token).exchange()).bodyText()
			.doesNotContain("maxpreis-error").contains("2 Angebote gefunden");
	}

	/**
	 * The form and results are rendered once per query and answer and inserted again: asked again, in another
	 * language, as a fragment, or after the answer changed, the page must show what a fresh rendering shows.
	 */
	@Test
	void theRenderedPartFollowsLanguageFragmentAndChangesOfTheAnswer() {
		String own = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Seite " + own);
		long first = fixtures.offer(provider, TrainingsFixtures.draft(own + " Elektrik Grundkurs", 40, 900, false, List.of()));
		fixtures.run(first, TrainingsFixtures.run(20, "Zwickau", "zwickau", 8));
		String uri = "/weiterbildung?q=" + own;

		for (int i = 0; i < 2; i++) {
			assertThat(mvc.get().uri(uri).exchange()).hasStatusOk().bodyText()
				.contains("<form", own + " Elektrik Grundkurs", "1 Angebot gefunden", "Landkreis Zwickau (1)");
		}
		assertThat(mvc.get().uri(uri + "&lang=en").exchange()).hasStatusOk().bodyText()
			.contains("<form", own + " Elektrik Grundkurs", "1 offer found")
			.doesNotContain("1 Angebot gefunden");
		assertThat(mvc.get().uri(uri).header("HX-Request", "true").exchange()).hasStatusOk().bodyText()
			.contains("training-results", own + " Elektrik Grundkurs", "Landkreis Zwickau (1)")
			.doesNotContain("<form", "<html");

		long second = fixtures.offer(provider, TrainingsFixtures.draft(own + " Elektrik Aufbaukurs", 40, 950, false, List.of()));
		fixtures.run(second, TrainingsFixtures.run(25, "Plauen", "vogtlandkreis", 8));
		assertThat(mvc.get().uri(uri).exchange()).hasStatusOk().bodyText()
			.contains(own + " Elektrik Grundkurs", own + " Elektrik Aufbaukurs", "2 Angebote gefunden", "Landkreis Zwickau (1)",
					"Vogtlandkreis (1)");
		assertThat(mvc.get().uri(uri).header("HX-Request", "true").exchange()).hasStatusOk().bodyText()
			.contains(own + " Elektrik Aufbaukurs", "Vogtlandkreis (1)");
	}

	@Test
	void theJsonApiAnswersTotalResultsAndFacetsAndRefusesNonsense() {
		MvcTestResult result = mvc.get().uri("/api/v1/trainings?q={q}&fundable=true&size=5", token).exchange();
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.total").asNumber().isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.results[0].url").isEqualTo("/weiterbildung/" + welding);
		assertThat(result).bodyJson().extractingPath("$.facets.fundable").asNumber().isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.facets.district.vogtlandkreis").asNumber().isEqualTo(1);
		MvcTestResult bad = mvc.get().uri("/api/v1/trainings?district=atlantis&format=TELEPATHY&from=soon&maxPrice=-5&size=1000")
			.exchange();
		assertThat(bad).hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
			.containsExactlyInAnyOrder("district", "format", "from", "maxPrice", "size");
	}

	@Test
	void theCatalogueGivesOtherModulesPublishedOffersOnly() {
		assertThat(catalog.search(token, 10)).extracting(OfferSummary::id).containsExactlyInAnyOrder(welding, battery, online);
		assertThat(catalog.offer(welding)).get().satisfies(offer -> {
			assertThat(offer.url()).isEqualTo("/weiterbildung/" + welding);
			assertThat(offer.fundable()).isTrue();
			assertThat(offer.nextStart()).isEqualTo(LocalDate.now(TrainingsFixtures.ZONE).plusDays(30));
		});
		assertThat(catalog.offer(draft)).isEmpty();
		assertThat(catalog.teaching(List.of(TrainingsFixtures.SKILL + "lightweight", TrainingsFixtures.SKILL + "welding"),
				"zwickau", 100)).extracting(OfferSummary::id).containsSubsequence(welding, battery);
	}

}
