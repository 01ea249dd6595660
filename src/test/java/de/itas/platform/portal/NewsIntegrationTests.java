package de.itas.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.region.Region;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The news against the running application: the four-eyes workflow, scheduled publishing, the alternative text
 * required to publish, uploads refused by type and size, the Atom feed and the JSON-LD parsed back, drafts
 * hidden from visitors, the editors' pages closed to others, filters, corrections, search and personal data.
 */
@PlatformTest
class NewsIntegrationTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NewsService news;

	@Autowired
	NewsSearchContribution search;

	@Autowired
	NewsSitemap sitemap;

	@Autowired
	NewsPersonalData personalData;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Region region;

	@Test
	void aSecondPersonReviewsAndPublishes() throws Exception {
		Team team = team(0);
		NewsArticle draft = draft(team.writer(), team.partner(), "Vieraugen " + token());
		NewsArticle submitted = news.submit(team.writer(), draft.id(), draft.version());
		assertThat(submitted.status()).isEqualTo(NewsStatus.SUBMITTED);

		assertThat(problems(() -> news.publish(team.writer(), draft.id(), submitted.version(), null)))
			.contains("portal.news.error.four-eyes");
		assertThat(status("/aktuelles/" + draft.slug())).isEqualTo(404);

		NewsArticle published = news.publish(team.reviewer(), draft.id(), submitted.version(), null);
		assertThat(published.status()).isEqualTo(NewsStatus.PUBLISHED);
		assertThat(published.reviewedBy()).isEqualTo(team.reviewer().id());
		assertThat(page("/aktuelles/" + draft.slug())).contains(draft.title());
		assertThat(page("/aktuelles")).contains(draft.title());
		assertThat(sitemap.entries()).extracting(SitemapEntryPath::of).contains("/aktuelles/" + draft.slug());
	}

	@Test
	void theReviewPageRefusesTheSubmitterAndPublishesForTheSecondPerson() throws Exception {
		Team team = team(0);
		NewsArticle draft = draft(team.writer(), team.partner(), "Prüfseite " + token());
		NewsArticle submitted = news.submit(team.writer(), draft.id(), draft.version());
		String path = "/aktuelles/verwaltung/" + draft.id() + "/pruefung";

		MvcTestResult own = mvc.post().uri(path).with(user(team.writer())).with(csrf())
			.param("version", String.valueOf(submitted.version())).param("publishAt", "").exchange();
		assertThat(own).hasStatusOk();
		assertThat(own.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("zweite Person");
		assertThat(news.find(draft.id()).orElseThrow().status()).isEqualTo(NewsStatus.SUBMITTED);

		MvcTestResult done = mvc.post().uri(path).with(user(team.reviewer())).with(csrf())
			.param("version", String.valueOf(submitted.version())).param("publishAt", "").exchange();
		assertThat(done).hasStatus3xxRedirection();
		assertThat(news.find(draft.id()).orElseThrow().status()).isEqualTo(NewsStatus.PUBLISHED);
	}

	@Test
	void aWriterCreatesAndSubmitsThroughTheForms() throws Exception {
		Team team = team(0);
		String title = "Formular " + token();
		MvcTestResult empty = mvc.post().uri("/aktuelles/verwaltung/neu").with(user(team.writer())).with(csrf())
			.param("title", "").param("teaser", "Anriss").param("partnerCode", team.partner()).exchange();
		assertThat(empty).hasStatusOk();
		Document refused = Jsoup.parse(empty.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused.select("#form-errors li")).isNotEmpty();
		assertThat(refused.select("textarea#teaser").text()).isEqualTo("Anriss");

		MvcTestResult created = mvc.post().uri("/aktuelles/verwaltung/neu").with(user(team.writer())).with(csrf())
			.param("title", title).param("teaser", "Anriss").param("body", "Text **fett**")
			.param("partnerCode", team.partner()).param("actionFields", region.actionFields().get(0).code())
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		NewsArticle article = news.find(id).orElseThrow();
		assertThat(article.actionFields()).containsExactly(region.actionFields().get(0).code());

		MvcTestResult stale = mvc.post().uri(location).with(user(team.writer())).with(csrf())
			.param("title", title + " neu").param("teaser", "Anriss").param("partnerCode", team.partner())
			.param("version", String.valueOf(article.version() + 7)).exchange();
		assertThat(stale).hasStatusOk();
		assertThat(stale.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("inzwischen geändert")
			.contains(title + " neu");

		MvcTestResult submitted = mvc.post().uri(location).with(user(team.writer())).with(csrf())
			.param("title", title).param("teaser", "Anriss").param("body", "Text").param("partnerCode", team.partner())
			.param("version", String.valueOf(article.version())).param("einreichen", "1").exchange();
		assertThat(submitted).hasStatus3xxRedirection();
		assertThat(news.find(id).orElseThrow().status()).isEqualTo(NewsStatus.SUBMITTED);
	}

	@Test
	void aScheduledArticleStaysHiddenUntilItsTime() throws Exception {
		Team team = team(0);
		NewsArticle draft = draft(team.writer(), team.partner(), "Geplant " + token());
		NewsArticle submitted = news.submit(team.writer(), draft.id(), draft.version());
		NewsArticle scheduled = news.publish(team.reviewer(), draft.id(), submitted.version(),
				Instant.now().plus(Duration.ofDays(3)));

		assertThat(scheduled.status()).isEqualTo(NewsStatus.PUBLISHED);
		assertThat(scheduled.scheduledAt(Instant.now())).isTrue();
		assertThat(status("/aktuelles/" + draft.slug())).isEqualTo(404);
		assertThat(page("/aktuelles")).doesNotContain(draft.title());
		assertThat(feedTitles()).doesNotContain(draft.title());
		assertThat(hits(draft.title())).isEmpty();
		assertThat(news.latest(50)).extracting(NewsArticle::id).doesNotContain(draft.id());
		// its editor still sees the preview
		assertThat(page("/aktuelles/" + draft.slug(), team.writer())).contains(draft.title());
	}

	@Test
	void anImageWithoutAlternativeTextCannotBePublished() throws Exception {
		Team team = team(0);
		NewsArticle draft = draft(team.writer(), team.partner(), "Bild " + token());
		NewsArticle withImage = news.uploadImage(team.writer(), draft.id(), "foto.png", png(), "");
		assertThat(withImage.hasImage()).isTrue();
		assertThat(status("/aktuelles/bilder/" + withImage.imageId())).isEqualTo(404);
		NewsArticle submitted = news.submit(team.writer(), draft.id(), withImage.version());

		assertThat(problems(() -> news.publish(team.reviewer(), draft.id(), submitted.version(), null)))
			.contains("portal.news.error.alt-required");
		assertThat(news.find(draft.id()).orElseThrow().status()).isEqualTo(NewsStatus.SUBMITTED);

		NewsArticle described = news.update(team.writer(), draft.id(), submitted.version(),
				new NewsDraft(draft.title(), "Anriss", "Text", List.of(), team.partner(), "Ein Diagramm"));
		NewsArticle again = news.submit(team.writer(), draft.id(), described.version());
		NewsArticle published = news.publish(team.reviewer(), draft.id(), again.version(), null);
		assertThat(published.imageAlt()).isEqualTo("Ein Diagramm");
		MvcTestResult image = mvc.get().uri("/aktuelles/bilder/" + published.imageId()).exchange();
		assertThat(image).hasStatusOk().hasContentType("image/png");
		Document article = Jsoup.parse(page("/aktuelles/" + draft.slug()));
		assertThat(article.select("img[alt=Ein Diagramm]")).hasSize(1);
	}

	@Test
	void uploadsAreRefusedByTypeAndSize() throws Exception {
		Team team = team(0);
		NewsArticle draft = draft(team.writer(), team.partner(), "Upload " + token());
		assertThat(problems(() -> news.uploadImage(team.writer(), draft.id(), "bild.png",
				"kein Bild, nur Text".getBytes(StandardCharsets.UTF_8), "Alt"))).contains("portal.news.error.image-type");
		assertThat(problems(() -> news.uploadImage(team.writer(), draft.id(), "bild.png",
				"%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1), "Alt")))
			.contains("portal.news.error.image-type");
		assertThat(problems(() -> news.uploadImage(team.writer(), draft.id(), "bild.jpg", png(), "Alt")))
			.contains("portal.news.error.extension");
		byte[] large = new byte[(int) news.maxImageBytes() + 1];
		System.arraycopy(png(), 0, large, 0, png().length);
		assertThat(problems(() -> news.uploadImage(team.writer(), draft.id(), "bild.png", large, "Alt")))
			.contains("portal.news.error.too-large");
		assertThat(news.find(draft.id()).orElseThrow().hasImage()).isFalse();

		MockMultipartFile text = new MockMultipartFile("file", "bild.png", "image/png",
				"kein Bild".getBytes(StandardCharsets.UTF_8));
		MvcTestResult refused = mvc.post().uri("/aktuelles/verwaltung/" + draft.id() + "/bild").multipart()
			.file(text).param("imageAlt", "Getippter Text").with(user(team.writer())).with(csrf()).exchange();
		assertThat(refused).hasStatusOk();
		String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("JPEG, PNG oder WebP").contains("Getippter Text");
	}

	@Test
	void draftsAndArticlesInReviewAnswer404ToOthers() throws Exception {
		Team team = team(0);
		NewsArticle draft = draft(team.writer(), team.partner(), "Entwurf " + token());
		assertThat(status("/aktuelles/" + draft.slug())).isEqualTo(404);
		assertThat(mvc.get().uri("/aktuelles/" + draft.slug()).with(user(accounts.user(Role.EMPLOYEE))).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(page("/aktuelles/" + draft.slug(), team.writer())).contains(draft.title());
		news.submit(team.writer(), draft.id(), draft.version());
		assertThat(status("/aktuelles/" + draft.slug())).isEqualTo(404);
		assertThat(page("/aktuelles")).doesNotContain(draft.title());
		assertThat(hits(draft.title())).isEmpty();
	}

	@Test
	void theEditorsPagesAreClosedToOthers() throws Exception {
		Team team = team(0);
		NewsArticle draft = draft(team.writer(), team.partner(), "Verwaltung " + token());
		assertThat(mvc.get().uri("/aktuelles/verwaltung").exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/aktuelles/verwaltung").with(user(accounts.user(Role.EMPLOYEE))).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/aktuelles/verwaltung").with(user(team.writer())).exchange()).hasStatusOk()
			.bodyText().contains(draft.title());
		Team other = team(1);
		assertThat(mvc.get().uri("/aktuelles/verwaltung/" + draft.id()).with(user(other.writer())).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/aktuelles/verwaltung").with(user(other.writer())).exchange()).hasStatusOk()
			.bodyText().doesNotContain(draft.title());
		assertThat(problems(() -> news.create(other.writer(), new NewsDraft("Fremd", "", "", List.of(),
				team.partner(), "")))).contains("portal.news.error.partner");
	}

	@Test
	void theFeedParsesAsAtomWithThePublishedArticles() throws Exception {
		Team team = team(0);
		NewsArticle article = publish(team, "Feed <&> " + token());
		MvcTestResult feed = mvc.get().uri("/aktuelles/feed.atom").exchange();
		assertThat(feed).hasStatusOk();
		assertThat(feed.getResponse().getContentType()).startsWith("application/atom+xml");
		org.w3c.dom.Document xml = parse(feed.getResponse().getContentAsByteArray());
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(child(xml.getDocumentElement(), "id")).isNotBlank();
		assertThat(child(xml.getDocumentElement(), "updated")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		NodeList entries = xml.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isBetween(1, 20);
		Element first = (Element) entries.item(0);
		assertThat(child(first, "title")).isEqualTo(article.title());
		assertThat(child(first, "id")).endsWith("/aktuelles/" + article.slug());
		assertThat(child(first, "summary")).isEqualTo("Anriss " + article.title());
	}

	@Test
	void theArticlePageCarriesNewsArticleJsonLdAndOpenGraphValues() throws Exception {
		Team team = team(0);
		NewsArticle article = publish(team, "JSON-LD " + token());
		MvcTestResult result = mvc.get().uri("/aktuelles/" + article.slug()).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).model().containsEntry("ogTitle", article.title())
			.containsEntry("ogDescription", article.teaser());
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		String data = page.select("script[type=application/ld+json]").first().data();
		JsonNode json = JsonMapper.builder().build().readTree(data);
		assertThat(json.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(json.get("headline").asString()).isEqualTo(article.title());
		assertThat(json.get("url").asString()).endsWith("/aktuelles/" + article.slug());
		assertThat(json.get("datePublished").asString()).isNotBlank();
		assertThat(json.get("author").get("name").asString())
			.isEqualTo(region.partner(team.partner()).orElseThrow().name());
	}

	@Test
	void theListFiltersByPartnerActionFieldAndYear() throws Exception {
		Team team = team(0);
		NewsArticle article = publish(team, "Filter " + token());
		String field = region.actionFields().get(0).code();
		String otherPartner = region.partners().stream().map(p -> p.code()).filter(c -> !c.equals(team.partner()))
			.findFirst().orElseThrow();
		int year = article.date().getYear();
		assertThat(page("/aktuelles?partner=" + team.partner())).contains(article.title());
		assertThat(page("/aktuelles?partner=" + otherPartner)).doesNotContain(article.title());
		assertThat(page("/aktuelles?handlungsfeld=" + field + "&jahr=" + year)).contains(article.title());
		assertThat(page("/aktuelles?jahr=" + (year - 5))).doesNotContain(article.title());
		assertThat(page("/aktuelles?seite=999&jahr=unsinn")).contains("Aktuelles");
	}

	@Test
	void aCorrectionIsShownWithItsDate() throws Exception {
		Team team = team(0);
		NewsArticle article = publish(team, "Korrektur " + token());
		assertThat(problems(() -> news.correct(team.writer(), article.id(), article.version(), "Neu", " ")))
			.contains("portal.news.error.note-required");
		news.correct(team.writer(), article.id(), article.version(), "Der berichtigte Text.",
				"Datum der Veranstaltung berichtigt.");
		Document page = Jsoup.parse(page("/aktuelles/" + article.slug()));
		assertThat(page.select(".news-corrections li").text()).contains("Datum der Veranstaltung berichtigt.");
		assertThat(page.select(".markdown").text()).contains("Der berichtigte Text.");
		assertThat(problems(() -> news.correct(team.writer(), article.id(), article.version(), "Alt", "Veraltet")))
			.contains("portal.news.error.stale");
	}

	@Test
	void theStartPageShowsTheNewestArticlesAndTheListPagesWithHtmx() throws Exception {
		Team team = team(0);
		NewsArticle article = publish(team, "Startseite " + token());
		Document home = Jsoup.parse(page("/"));
		assertThat(home.select("section.start-news h2").text()).isEqualTo("Aktuelles");
		assertThat(home.select("section.start-news .news-card")).hasSizeBetween(1, 3);
		assertThat(home.select("section.start-news").text()).contains(article.title());

		MvcTestResult fragment = mvc.get().uri("/aktuelles?seite=2").header("HX-Request", "true").exchange();
		assertThat(fragment).hasStatusOk();
		Document list = Jsoup.parse(fragment.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.select("header")).isEmpty();
		assertThat(list.select("#news-list")).hasSize(1);
	}

	@Test
	void theSearchFindsPublishedArticlesOnly() {
		Team team = team(0);
		String word = "Quarkspeicher" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		NewsArticle published = publish(team, "Suche " + word);
		NewsArticle hidden = draft(team.writer(), team.partner(), "Entwurf " + word);
		List<SearchHit> found = hits(word);
		assertThat(found).extracting(SearchHit::url).contains("/aktuelles/" + published.slug())
			.doesNotContain("/aktuelles/" + hidden.slug());
	}

	@Test
	void personalDataIsExportedAndErased() {
		Team team = team(0);
		NewsArticle article = publish(team, "Daten " + token());
		Map<String, Object> export = personalData.export(team.writer().id());
		assertThat(export.get("articles").toString()).contains(article.title());
		personalData.erase(team.writer().id());
		NewsArticle erased = news.find(article.id()).orElseThrow();
		assertThat(erased.authorId()).isNull();
		assertThat(erased.authorName()).isEmpty();
		assertThat(erased.submittedBy()).isNull();
		assertThat(personalData.export(team.writer().id()).get("articles").toString()).doesNotContain(article.title());
		assertThat(erased.visibleAt(Instant.now())).isTrue();
	}

	// ---- helpers

	/** Two staff members of one partner organisation of the region. */
	record Team(PlatformUser writer, PlatformUser reviewer, String partner) {
	}

	private record SitemapEntryPath() {

		static String of(de.itas.platform.shared.web.SitemapContribution.Entry entry) {
			return entry.path();
		}

	}

	private Team team(int index) {
		List<OrganisationSummary> partners = organisations.organisations(OrganisationKind.PARTNER)
			.stream()
			.filter(o -> o.partnerCode() != null && region.partner(o.partnerCode()).isPresent())
			.toList();
		OrganisationSummary partner = partners.get(index);
		String token = token();
		PlatformUser writer = memberships.member("news-writer-" + token + "@test.itas.local", partner.id(), Role.ADVISOR);
		PlatformUser reviewer = memberships.member("news-reviewer-" + token + "@test.itas.local", partner.id(),
				Role.ADVISOR);
		return new Team(writer, reviewer, partner.partnerCode());
	}

	private NewsArticle draft(PlatformUser writer, String partner, String title) {
		return news.create(writer, new NewsDraft(title, "Anriss " + title, "Text zu " + title,
				List.of(region.actionFields().get(0).code()), partner, ""));
	}

	private NewsArticle publish(Team team, String title) {
		NewsArticle draft = draft(team.writer(), team.partner(), title);
		NewsArticle submitted = news.submit(team.writer(), draft.id(), draft.version());
		return news.publish(team.reviewer(), draft.id(), submitted.version(), null);
	}

	private List<SearchHit> hits(String text) {
		return search.search(new SearchRequest(text, null, Locale.GERMAN, 50));
	}

	private List<String> feedTitles() throws Exception {
		org.w3c.dom.Document xml = parse(mvc.get().uri("/aktuelles/feed.atom").exchange().getResponse()
			.getContentAsByteArray());
		NodeList entries = xml.getElementsByTagNameNS(ATOM, "entry");
		List<String> titles = new java.util.ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			titles.add(child((Element) entries.item(i), "title"));
		}
		return titles;
	}

	private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static String child(Element parent, String name) {
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element.getTextContent();
			}
		}
		return "";
	}

	private static List<String> problems(Runnable action) {
		try {
			action.run();
		}
		catch (FieldProblems refused) {
			return refused.problems().stream().map(FieldProblem::messageKey).toList();
		}
		throw new AssertionError("Expected the input to be refused");
	}

	private int status(String path) {
		return mvc.get().uri(path).exchange().getResponse().getStatus();
	}

	private String page(String path) throws Exception {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String path, PlatformUser person) throws Exception {
		MvcTestResult result = mvc.get().uri(path).with(user(person)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static byte[] png() {
		try {
			BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String token() {
		return Long.toString(System.nanoTime(), 36);
	}

}
