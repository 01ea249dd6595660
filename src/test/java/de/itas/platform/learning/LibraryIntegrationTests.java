package de.itas.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.region.Region;
import de.itas.platform.shared.search.RelatedContents;
import de.itas.platform.shared.search.RelatedItem;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library against the running application: the rules of the four kinds (a video without transcript, a file
 * that is no PDF or too large refused with the input kept), four eyes, drafts hidden from visitors, facets,
 * paging and German full text, the JSON-LD parsed back, the PDF download, related content on Mein Weg, search
 * and personal data. Each test makes its own items with a unique word, so other data does not disturb it.
 */
@PlatformTest
class LibraryIntegrationTests {

	private static final String SKILL = "https://demo.itas.local/taxonomy/skill/";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LibraryService library;

	@Autowired
	LibrarySearchContribution search;

	@Autowired
	LibrarySitemap sitemap;

	@Autowired
	LibraryPersonalData personalData;

	@Autowired
	RelatedContents related;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	Region region;

	@Test
	void aVideoWithoutTranscriptOrCaptionsIsRefusedWithTheInputKept() throws Exception {
		Team team = team(0);
		LibraryDraft video = draft(team, ContentKind.VIDEO, "Video " + token(), "https://video.example.org/x", "", "");
		assertThat(problems(() -> library.create(team.writer(), video, null))).contains("transcript");
		assertThat(problems(() -> library.create(team.writer(), draft(team, ContentKind.VIDEO, "Video " + token(),
				"http://video.example.org/x", "Text", ""), null))).contains("url");
		assertThat(library.create(team.writer(),
				draft(team, ContentKind.VIDEO, "Video " + token(), "https://video.example.org/x", "", "https://video.example.org/x.vtt"),
				null).captionUrl()).isEqualTo("https://video.example.org/x.vtt");

		String title = "Formularvideo " + token();
		MvcTestResult refused = mvc.post().uri("/wissen/verwaltung/neu").with(user(team.writer())).with(csrf())
			.param("kind", "VIDEO").param("title", title).param("summary", "Kurz gefasst")
			.param("url", "https://video.example.org/y").param("partnerCode", team.partner())
			.param("date", "2026-01-15").param("language", "de")
			.param("skills", SKILL + "circular")
			.exchange();
		assertThat(refused).hasStatusOk();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#form-errors a[href='#transcript']").text()).contains("Transkript");
		assertThat(page.select("input#title").val()).isEqualTo(title);
		assertThat(page.select("textarea#summary").text()).isEqualTo("Kurz gefasst");
		assertThat(page.select("input[name=skills][checked]").eachAttr("value")).containsExactly(SKILL + "circular");
	}

	@Test
	void aStudyNeedsARealPdfOfAtMostTheLimit() throws Exception {
		Team team = team(0);
		LibraryDraft study = draft(team, ContentKind.STUDY, "Studie " + token(), "", "", "");
		assertThat(problems(() -> library.create(team.writer(), study, null))).contains("file");
		assertThat(problems(() -> library.create(team.writer(), study, new LibraryUpload("studie.pdf",
				"<html>keine PDF</html>".getBytes(StandardCharsets.UTF_8))))).contains("file");
		byte[] huge = new byte[(int) library.maxPdfBytes() + 1];
		System.arraycopy(pdf(), 0, huge, 0, pdf().length);
		assertThat(problems(() -> library.create(team.writer(), study, new LibraryUpload("gross.pdf", huge))))
			.contains("file");
		assertThat(library.bySlug(LibrarySlugs.of(study.title()))).isEmpty();

		String title = "Formularstudie " + token();
		MvcTestResult refused = mvc.post().uri("/wissen/verwaltung/neu").multipart()
			.file(new MockMultipartFile("file", "bild.pdf", "application/pdf", new byte[] { (byte) 0x89, 'P', 'N', 'G' }))
			.with(user(team.writer())).with(csrf())
			.param("kind", "STUDY").param("title", title).param("summary", "Zusammenfassung der Studie")
			.param("partnerCode", team.partner()).param("date", "2026-02-01").param("language", "de")
			.exchange();
		assertThat(refused).hasStatusOk();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#form-errors a[href='#file']").text()).contains("kein PDF");
		assertThat(page.select("input#title").val()).isEqualTo(title);
		assertThat(library.bySlug(LibrarySlugs.of(title))).isEmpty();

		MvcTestResult created = mvc.post().uri("/wissen/verwaltung/neu").multipart()
			.file(new MockMultipartFile("file", "Studie Ergebnis.pdf", "application/octet-stream", pdf()))
			.with(user(team.writer())).with(csrf())
			.param("kind", "STUDY").param("title", title).param("summary", "Zusammenfassung der Studie")
			.param("partnerCode", team.partner()).param("date", "2026-02-01").param("language", "de")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		LibraryItem item = library.bySlug(LibrarySlugs.of(title)).orElseThrow();
		assertThat(item.fileName()).isEqualTo("studie-ergebnis.pdf");
		publish(team, item);
		MvcTestResult download = mvc.get().uri("/wissen/" + item.slug() + "/datei").exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("studie-ergebnis.pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf());
	}

	@Test
	void aSecondPersonPublishesAndDraftsStayHidden() throws Exception {
		Team team = team(1);
		LibraryItem draft = library.create(team.writer(), article(team, "Vieraugen " + token(), List.of()), null);
		assertThat(status("/wissen/" + draft.slug())).isEqualTo(404);
		assertThat(mvc.get().uri("/wissen/" + draft.slug()).with(user(team.writer())).exchange()).hasStatusOk();
		LibraryItem submitted = library.submit(team.writer(), draft.id(), draft.version());
		assertThat(problems(() -> library.publish(team.writer(), draft.id(), submitted.version())))
			.contains("four-eyes");
		assertThat(status("/wissen/" + draft.slug())).isEqualTo(404);
		assertThat(hits(draft.title())).isEmpty();

		MvcTestResult own = mvc.post().uri("/wissen/verwaltung/" + draft.id() + "/pruefung").with(user(team.writer()))
			.with(csrf()).param("version", String.valueOf(submitted.version())).exchange();
		assertThat(own).hasStatusOk();
		assertThat(library.find(draft.id()).orElseThrow().status()).isEqualTo(ContentStatus.SUBMITTED);
		MvcTestResult done = mvc.post().uri("/wissen/verwaltung/" + draft.id() + "/pruefung")
			.with(user(team.reviewer())).with(csrf()).param("version", String.valueOf(submitted.version())).exchange();
		assertThat(done).hasStatus3xxRedirection();
		assertThat(library.find(draft.id()).orElseThrow().published()).isTrue();
		assertThat(page("/wissen/" + draft.slug())).contains(draft.title());
		assertThat(hits(draft.title())).extracting(SearchHit::url).containsExactly("/wissen/" + draft.slug());
		assertThat(sitemap.entries()).extracting(e -> e.path()).contains("/wissen/" + draft.slug());

		Team other = team(2);
		assertThat(mvc.get().uri("/wissen/verwaltung/" + draft.id()).with(user(other.writer())).exchange()
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aStaleSaveIsRefusedWithTheInputKept() throws Exception {
		Team team = team(0);
		LibraryItem item = library.create(team.writer(), article(team, "Veraltet " + token(), List.of()), null);
		MvcTestResult stale = mvc.post().uri("/wissen/verwaltung/" + item.id()).multipart().with(user(team.writer()))
			.with(csrf()).param("kind", "ARTICLE").param("title", item.title() + " neu").param("summary", "S")
			.param("body", "Text").param("partnerCode", team.partner()).param("date", "2026-01-01")
			.param("language", "de").param("version", String.valueOf(item.version() + 5)).exchange();
		assertThat(stale).hasStatusOk();
		assertThat(stale.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("inzwischen geändert")
			.contains(item.title() + " neu");
	}

	@Test
	void theListSearchesGermanFullTextWithFacetsAndPaging() throws Exception {
		Team team = team(0);
		String word = "Quarzsandvorkommen" + token().replaceAll("[0-9]", "");
		for (int n = 0; n < 12; n++) {
			LibraryDraft draft = n % 3 == 0
					? draft(team, ContentKind.LINK, "Verweis " + n + " " + token(), "https://example.org/" + n, "", "")
					: article(team, "Artikel " + n + " " + token(), List.of());
			draft = new LibraryDraft(draft.kind(), draft.title(), "Über " + word + " und Gießereien", draft.body(),
					draft.url(), "", "", draft.partnerCode(), draft.date(), n == 0 ? "en" : "de", draft.actionFields(),
					List.of(), List.of(), List.of());
			publish(team, library.create(team.writer(), draft, null));
		}
		// German stemming: the plural finds the singular and the inflected form
		Document all = Jsoup.parse(page("/wissen?q=" + word + "+Giesserei"));
		assertThat(all.select(".library-card")).hasSize(10);
		assertThat(all.text()).contains("12 Einträge").contains("Seite 1 von 2");
		Document second = Jsoup.parse(page("/wissen?q=" + word + "&seite=2"));
		assertThat(second.select(".library-card")).hasSize(2);

		List<String> kindFacet = all.select(".library-facets a[href*='art=']").eachText();
		assertThat(kindFacet).contains("Artikel (8)", "Link (4)");
		Document links = Jsoup.parse(page("/wissen?q=" + word + "&art=link"));
		assertThat(links.select(".library-card")).hasSize(4);
		assertThat(links.select(".library-facets a[aria-current=true]").text()).contains("Link (4)");
		// the kind facet still counts the other kinds under the chosen one
		assertThat(links.select(".library-facets a[href*='art=artikel']").text()).contains("Artikel (8)");
		assertThat(links.select(".library-facets a[href*='sprache=en']").text()).contains("(1)");
		Document none = Jsoup.parse(page("/wissen?q=" + word + "xyz"));
		assertThat(none.select(".empty-state")).hasSize(1);

		LibraryFacets facets = library.facets(new LibraryFilter(word, null, null, null, null));
		assertThat(facets.kind("ARTICLE")).isEqualTo(8);
		assertThat(facets.partner(team.partner())).isEqualTo(12);
		assertThat(facets.language("en")).isEqualTo(1);
	}

	@Test
	void theItemPageCarriesJsonLdThatParsesBack() throws Exception {
		Team team = team(0);
		LibraryDraft draft = draft(team, ContentKind.STUDY, "Ld-Studie </script> " + token(), "", "", "");
		LibraryItem study = library.create(team.writer(), new LibraryDraft(draft.kind(), draft.title(),
				draft.summary(), "", "", "", "", draft.partnerCode(), "2026-03-04", "de",
				List.of(region.actionFields().get(0).code()), List.of(SKILL + "circular"), List.of(), List.of("COMPANIES")),
				new LibraryUpload("x.pdf", pdf()));
		publish(team, study);
		JsonNode json = jsonLd(page("/wissen/" + study.slug()));
		assertThat(json.get("@type").asString()).isEqualTo("ScholarlyArticle");
		assertThat(json.get("name").asString()).isEqualTo(draft.title());
		assertThat(json.get("datePublished").asString()).isEqualTo("2026-03-04");
		assertThat(json.get("teaches").get(0).get("url").asString()).isEqualTo(SKILL + "circular");
		assertThat(json.get("encoding").get("contentUrl").asString()).endsWith("/wissen/" + study.slug() + "/datei");
		assertThat(json.get("author").get("name").asString()).isEqualTo(region.partner(team.partner()).orElseThrow().name());

		LibraryItem video = library.create(team.writer(), draft(team, ContentKind.VIDEO, "Ld-Video " + token(),
				"https://video.example.org/v", "Gesprochener Text des Videos", ""), null);
		publish(team, video);
		String page = page("/wissen/" + video.slug());
		assertThat(jsonLd(page).get("@type").asString()).isEqualTo("CreativeWork");
		Document html = Jsoup.parse(page);
		assertThat(html.select("a[href='https://video.example.org/v']")).hasSize(1);
		assertThat(html.select(".library-transcript").text()).isEqualTo("Gesprochener Text des Videos");
	}

	@Test
	void relatedContentAppearsOnTheMeinWegComparePage() throws Exception {
		Team team = team(0);
		String title = "Kreislauf lernen " + token();
		// many of the missing skills, so that it ranks before the demo items
		List<String> skills = List.of("battery-recycle", "hv-safety", "chemicals", "waste", "safety", "hv-deenergize",
				"cell-handling", "battery-storage", "material-separation").stream().map(name -> SKILL + name).toList();
		publish(team, library.create(team.writer(), article(team, title, skills), null));
		List<RelatedItem> items = related.related(List.of(SKILL + "battery-recycle"), List.of(), 50, Locale.GERMAN);
		assertThat(items).extracting(RelatedItem::title).contains(title);

		MvcTestResult compare = mvc.post().uri("/mein-weg/vergleich").with(csrf())
			.param("von", "https://demo.itas.local/taxonomy/occupation/zerspanungsmechaniker")
			.param("nach", "https://demo.itas.local/taxonomy/occupation/batterie-recycler")
			.param("kompetenz", SKILL + "measure")
			.exchange();
		assertThat(compare).hasStatusOk();
		Document page = Jsoup.parse(compare.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#related-heading")).hasSize(1);
		assertThat(page.select(".related-content a").eachText()).anyMatch(text -> text.contains(title));
	}

	@Test
	void personalDataNamesTheAuthorAndErasureKeepsTheItem() {
		Team team = team(0);
		LibraryItem item = library.create(team.writer(), article(team, "Autorschaft " + token(), List.of()), null);
		assertThat(personalData.export(team.writer().id()).toString()).contains(item.title());
		personalData.erase(team.writer().id());
		LibraryItem kept = library.find(item.id()).orElseThrow();
		assertThat(kept.authorId()).isNull();
		assertThat(kept.authorName()).isEmpty();
	}

	// ---- fixtures

	record Team(PlatformUser writer, PlatformUser reviewer, String partner) {
	}

	private Team team(int index) {
		List<OrganisationSummary> partners = organisations.organisations(OrganisationKind.PARTNER)
			.stream()
			.filter(o -> o.partnerCode() != null && region.partner(o.partnerCode()).isPresent())
			.toList();
		OrganisationSummary partner = partners.get(index % partners.size());
		String token = token();
		PlatformUser writer = memberships.member("library-writer-" + token + "@test.itas.local", partner.id(),
				Role.ADVISOR);
		PlatformUser reviewer = memberships.member("library-reviewer-" + token + "@test.itas.local", partner.id(),
				Role.ADVISOR);
		return new Team(writer, reviewer, partner.partnerCode());
	}

	private static LibraryDraft draft(Team team, ContentKind kind, String title, String url, String transcript,
			String captionUrl) {
		return new LibraryDraft(kind.name(), title, "Zusammenfassung zu " + title, "", url, transcript, captionUrl,
				team.partner(), "2026-01-10", "de", List.of(), List.of(), List.of(), List.of());
	}

	private static LibraryDraft article(Team team, String title, List<String> skills) {
		return new LibraryDraft("ARTICLE", title, "Zusammenfassung zu " + title, "Text **fett**", "", "", "",
				team.partner(), "2026-01-10", "de", List.of(), skills, List.of(), List.of());
	}

	private void publish(Team team, LibraryItem item) {
		LibraryItem submitted = library.submit(team.writer(), item.id(), item.version());
		library.publish(team.reviewer(), item.id(), submitted.version());
	}

	private List<SearchHit> hits(String text) {
		return search.search(new SearchRequest(text, null, Locale.GERMAN, 20));
	}

	private static JsonNode jsonLd(String html) {
		String json = Jsoup.parse(html).select("script[type=application/ld+json]").html();
		return JsonMapper.builder().build().readTree(json);
	}

	/** The fields of the refused input (the message keys' last parts for form-wide problems). */
	private static List<String> problems(Runnable action) {
		try {
			action.run();
		}
		catch (FieldProblems refused) {
			return refused.problems().stream().map(LibraryIntegrationTests::name).toList();
		}
		throw new AssertionError("Expected the input to be refused");
	}

	private static String name(FieldProblem problem) {
		return problem.field() != null ? problem.field()
				: problem.messageKey().substring(problem.messageKey().lastIndexOf('.') + 1);
	}

	private int status(String path) {
		return mvc.get().uri(path).exchange().getResponse().getStatus();
	}

	private String page(String path) throws Exception {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	private static String token() {
		return Long.toString(System.nanoTime(), 36) + UUID.randomUUID().toString().substring(0, 4);
	}

}
