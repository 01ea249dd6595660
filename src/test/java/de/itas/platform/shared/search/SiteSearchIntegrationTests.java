package de.itas.platform.shared.search;

import static de.itas.platform.shared.search.SearchApiAnswers.body;
import static de.itas.platform.shared.search.SearchApiAnswers.counts;
import static de.itas.platform.shared.search.SearchApiAnswers.hits;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.search.SearchApiAnswers.Hit;
import de.itas.platform.shared.security.Role;

/**
 * The site-wide search on the demo data, through its page, its htmx fragments and its JSON: every contributing
 * module answers, the answers are ranked together, counted and filtered per kind, visibility holds, and the
 * search survives an area that fails.
 */
@PlatformTest
class SiteSearchIntegrationTests {

	/** A company whose address only network members may see; its town is not in its name or description. */
	private static final String ADDRESS_HIDDEN_COMPANY = "Limbacher Lohnhärterei Kunze e.K. (fiktiv)";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	private String json(String query, RequestPostProcessor... as) {
		return SearchApiAnswers.json(mvc, query, as);
	}

	private Document page(String uri) {
		return page(mvc.get().uri(uri).exchange());
	}

	private static Document page(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return Jsoup.parse(body(result));
	}

	@Test
	void everyContributingModuleAnswersOnTheDemoData() {
		List<Hit> cnc = hits(json("q=CNC"));
		List<Hit> plauen = hits(json("q=Plauen"));

		assertThat(cnc).extracting(Hit::type).contains("training", "company", "occupation");
		assertThat(plauen).extracting(Hit::type).contains("help-desk");
		assertThat(cnc).filteredOn(hit -> hit.type().equals("training")).allSatisfy(hit -> assertThat(hit.url()).startsWith("/weiterbildung/"));
		assertThat(cnc).filteredOn(hit -> hit.type().equals("company")).allSatisfy(hit -> assertThat(hit.url()).startsWith("/unternehmen/"));
		assertThat(cnc).filteredOn(hit -> hit.type().equals("occupation")).allSatisfy(hit -> assertThat(hit.url()).startsWith("/mein-weg?von="));
		assertThat(plauen).filteredOn(hit -> hit.type().equals("help-desk"))
			.anySatisfy(hit -> assertThat(hit.title()).isEqualTo("IHK-Regionalkammer Plauen"))
			.allSatisfy(hit -> assertThat(hit.url()).startsWith("/anlaufstellen?landkreis="));
		assertThat(hits(json("q=Fräser"))).extracting(Hit::type).contains("occupation", "training");
	}

	@Test
	void titleMatchesOutrankSnippetMatchesAcrossKinds() {
		List<Hit> hits = hits(json("q=CNC"));
		List<Hit> inTitle = hits.stream().filter(hit -> hit.titleHas("cnc")).toList();
		List<Hit> onlyInSnippet = hits.stream().filter(hit -> !hit.titleHas("cnc") && hit.snippetHas("cnc")).toList();

		assertThat(inTitle).extracting(Hit::type).contains("occupation", "training");
		assertThat(onlyInSnippet).extracting(Hit::type).contains("company");
		double lowestTitleMatch = inTitle.stream().mapToDouble(Hit::score).min().orElseThrow();
		assertThat(onlyInSnippet).allSatisfy(hit -> assertThat(hit.score()).isLessThan(lowestTitleMatch));
		assertThat(hits.indexOf(inTitle.get(inTitle.size() - 1))).as("every title match comes first")
			.isLessThan(hits.indexOf(onlyInSnippet.get(0)));
		// occupations are asked after companies: their place comes from the joint scale, not from that order
		int firstOccupation = indexOf(hits, hit -> hit.type().equals("occupation"));
		int firstCompany = indexOf(hits, hit -> hit.type().equals("company"));
		assertThat(firstOccupation).isLessThan(firstCompany);
		assertThat(hits).extracting(Hit::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	private static int indexOf(List<Hit> hits, Predicate<Hit> test) {
		for (int i = 0; i < hits.size(); i++) {
			if (test.test(hits.get(i))) {
				return i;
			}
		}
		throw new AssertionError("no such hit");
	}

	@Test
	void typeCountsMatchTheHitsAndATypeFilterShowsOnlyThatType() {
		String all = json("q=CNC");
		Map<String, Integer> counts = counts(all);
		List<Hit> hits = hits(all);

		assertThat(counts.keySet()).containsSubsequence("training", "company", "help-desk", "occupation");
		counts.forEach((type, count) -> assertThat(hits.stream().filter(hit -> hit.type().equals(type)).count())
			.as("hits of %s", type)
			.isEqualTo((long) count));
		assertThat((Integer) JsonPath.read(all, "$.total")).isEqualTo(hits.size());

		String occupations = json("q=CNC&type=occupation");
		assertThat(hits(occupations)).isNotEmpty().extracting(Hit::type).containsOnly("occupation");
		assertThat((Integer) JsonPath.read(occupations, "$.total")).isEqualTo(counts.get("occupation"));
		assertThat(counts(occupations)).as("counts stay those of all kinds").isEqualTo(counts);

		Document page = page("/suche?q=CNC&typ=occupation");
		assertThat(page.select(".search-hit")).hasSize(Math.min(SiteSearch.PAGE_SIZE, counts.get("occupation")));
		assertThat(page.select(".search-hit__type")).extracting(Element::text).containsOnly("Berufe");
		assertThat(page.select(".search-types a[aria-current=true]")).extracting(Element::text)
			.containsExactly("Berufe (" + counts.get("occupation") + ")");
		assertThat(page.select(".search-types a")).extracting(Element::text)
			.contains("Alle Bereiche (" + hits.size() + ")", "Weiterbildungen (" + counts.get("training") + ")");
		assertThat(page.select("#search-count").text()).isEqualTo(
				counts.get("occupation") + " Treffer im Bereich Berufe zu „CNC“");
	}

	@Test
	void aFieldHiddenFromVisitorsDoesNotFindTheCompanyForThem() {
		assertThat(hits(json("q=Oberfrohna"))).extracting(Hit::title).doesNotContain(ADDRESS_HIDDEN_COMPANY);
		assertThat(hits(json("q=Lohnhärterei"))).as("the public name still finds it")
			.filteredOn(hit -> hit.title().equals(ADDRESS_HIDDEN_COMPANY))
			.singleElement()
			.satisfies(hit -> assertThat(hit.snippet()).doesNotContain("Oberfrohna"));

		List<Hit> forNetwork = hits(json("q=Oberfrohna", accounts.as(Role.PROVIDER)));
		assertThat(forNetwork).filteredOn(hit -> hit.title().equals(ADDRESS_HIDDEN_COMPANY))
			.singleElement()
			.satisfies(hit -> assertThat(hit.snippet()).contains("Limbach-Oberfrohna"));
	}

	@Test
	void thePageShowsRankedHitsWithTheirKindCountAndPages() {
		Document page = page("/suche?q=CNC");
		int total = JsonPath.read(json("q=CNC"), "$.total");

		assertThat(page.select("h1").text()).isEqualTo("Suche");
		assertThat(page.title()).startsWith("Suche nach „CNC“");
		assertThat(page.select("#search-q").val()).isEqualTo("CNC");
		assertThat(page.select("#search-count").text()).isEqualTo(total + " Treffer zu „CNC“");
		assertThat(page.select(".search-hit")).hasSize(Math.min(total, SiteSearch.PAGE_SIZE));
		assertThat(page.select(".search-hit__title a").first().attr("href")).startsWith("/");
		assertThat(page.select(".search-hit mark")).extracting(Element::text).isNotEmpty().allSatisfy(
				marked -> assertThat(marked).isEqualToIgnoringCase("CNC"));
		if (total > SiteSearch.PAGE_SIZE) {
			assertThat(page.select(".pager a").attr("href")).isEqualTo("/suche?q=CNC&seite=2");
			assertThat(page("/suche?q=CNC&seite=2").select(".search-hit"))
				.hasSize(Math.min(total - SiteSearch.PAGE_SIZE, SiteSearch.PAGE_SIZE));
		}
		assertThat(page("/suche?q=CNC&typ=unbekannt&seite=x").select(".search-hit")).as("outdated links still work")
			.isNotEmpty();
	}

	@Test
	void theHtmxFragmentHoldsTheResultsAndTheNewCount() {
		MvcTestResult fragment = mvc.get().uri("/suche?q=CNC&typ=training").header("HX-Request", "true").exchange();

		assertThat(fragment).hasStatusOk().bodyText().satisfies(body -> {
			assertThat(body.strip()).startsWith("<section id=\"search-results\"");
			assertThat(body).doesNotContain("<html", "site-search-q");
			assertThat(body).contains("hx-swap-oob=\"innerHTML:#search-count\"", "im Bereich Weiterbildungen zu „CNC“");
		});
		Document html = Jsoup.parse(body(fragment));
		assertThat(html.select(".search-hit__type")).isNotEmpty().extracting(Element::text).containsOnly("Weiterbildungen");
	}

	@Test
	void suggestionsAreAFewLinksWithAStatusAndLeadToThePageWithoutHtmx() {
		MvcTestResult fragment = mvc.get().uri("/suche/vorschlaege?q=CNC").header("HX-Request", "true").exchange();
		Document html = Jsoup.parse(body(fragment));

		assertThat(fragment).hasStatusOk();
		assertThat(html.select(".site-search__list li:not(.site-search__all)")).hasSize(SiteSearch.SUGGESTIONS);
		assertThat(html.select(".site-search__all a").attr("href")).isEqualTo("/suche?q=CNC");
		assertThat(html.select("[hx-swap-oob]").text()).isEqualTo(SiteSearch.SUGGESTIONS + " Vorschläge unter dem Suchfeld");

		Document none = Jsoup.parse(body(mvc.get().uri("/suche/vorschlaege?q=").header("HX-Request", "true").exchange()));
		assertThat(none.select("li")).isEmpty();
		assertThat(mvc.get().uri("/suche/vorschlaege?q=CNC Fräsen")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/suche?q=CNC%20Fr%C3%A4sen");
	}

	@Test
	void nothingToSearchForGivesAHelpfulPageNotAnError() {
		assertThat(page("/suche").select(".search-empty").text()).startsWith("Geben Sie einen Suchbegriff ein");
		assertThat(page(mvc.get().uri("/suche").param("q", "%&/ -- !").exchange()).select(".search-empty").text()).startsWith("Ihre Eingabe enthält keine Buchstaben");
		assertThat(page("/suche?q=und der").select(".search-empty").text()).startsWith("„und der“ enthält nur sehr häufige Wörter");
		Document nothing = page("/suche?q=Xylophonbau");
		assertThat(nothing.select(".search-empty").text()).startsWith("Zu „Xylophonbau“ wurde nichts gefunden.");
		assertThat(nothing.select(".search-hit")).isEmpty();
		assertThat((String) JsonPath.read(json("q=und der"), "$.state")).isEqualTo("STOP_WORDS_ONLY");
		assertThat((String) JsonPath.read(json("q="), "$.state")).isEqualTo("EMPTY");
		assertThat((String) JsonPath.read(json("q=Xylophonbau"), "$.state")).isEqualTo("NOTHING_FOUND");
	}

	@Test
	void anAreaThatFailsIsNamedWhileTheOthersStillAnswer() {
		FailureProbe.failingDuring(() -> {
			Document page = page("/suche?q=CNC");
			assertThat(page.select("[role=alert]").text()).startsWith("Der Bereich Testbereich konnte gerade nicht durchsucht werden");
			assertThat(page.select(".search-hit")).isNotEmpty();
			String json = json("q=CNC&lang=en");
			assertThat((List<String>) JsonPath.read(json, "$.unavailable")).containsExactly("Test area");
			assertThat(hits(json)).extracting(Hit::type).contains("training", "company", "occupation");
		});
		assertThat((List<String>) JsonPath.read(json("q=CNC"), "$.unavailable")).isEmpty();
	}

	@Test
	void theJsonNamesKindsInTheRequestedLanguage() {
		String json = json("q=CNC&lang=en");

		assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("FOUND");
		assertThat((List<String>) JsonPath.read(json, "$.types[?(@.type == 'occupation')].label")).containsExactly("Occupations");
		assertThat((List<String>) JsonPath.read(json, "$.results[?(@.type == 'training')].label")).isNotEmpty()
			.containsOnly("Training courses");
	}

	@Test
	void everyPageCarriesTheHeaderSearchBox() {
		Element form = page("/impressum").selectFirst("header form[role=search]");

		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/suche");
		assertThat(form.select("label[for=site-search-q]").text()).isEqualTo("Plattform durchsuchen");
		assertThat(form.select("#site-search-q").attr("hx-get")).isEqualTo("/suche/vorschlaege");
	}

}
