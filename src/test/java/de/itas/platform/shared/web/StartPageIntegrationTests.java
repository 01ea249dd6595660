package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.ui.ExtendedModelMap;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.events.EventView;
import de.itas.platform.events.Events;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The public start page with the modules' sections: each renders with its data on the server, as a section with
 * a level-2 heading; the Open Graph tags are in the head; a section that fails is left out and the page answers.
 */
@PlatformTest
class StartPageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Region region;

	@Autowired
	Events events;

	@Autowired
	List<StartPageSection> sections;

	@Autowired
	TestAccounts accounts;

	@Test
	void theStartPageShowsTheModulesSectionsWithTheirData() {
		Document page = page("/");

		Element audiences = section(page, "start-audiences-title");
		assertThat(audiences.select("h3")).extracting(Element::text)
			.containsExactly("Ich bin Beschäftigte/r", "Ich bin ein Unternehmen", "Ich bin Bildungsanbieter");
		assertThat(audiences.select("a")).extracting(link -> link.attr("href"))
			.contains("/weiterbildung", "/foerderrechner", "/mein-weg");

		Element network = section(page, "start-network-title");
		region.partners().forEach(partner -> assertThat(network.text()).contains(partner.name()));
		region.actionFields().forEach(field -> assertThat(network.text()).contains(field.name().de())
			.contains("Leitung: " + field.leadPartner().shortName()));
		assertThat(network.selectFirst(".start-funding").text()).contains("Bundesministerium").doesNotContain("${");

		Element charter = section(page, "start-charter-title");
		assertThat(charter.select("h3").first().text()).isEqualTo("Unsere Vision 2035");
		assertThat(charter.select("a[href^=/charta/]")).singleElement()
			.satisfies(link -> assertThat(link.attr("href")).endsWith("#vision"));
		assertThat(charter.select("a[href^=/kennzahlen/]")).hasSize(3);
		assertThat(charter.select(".light")).hasSize(3);

		Element next = section(page, "start-events-title");
		List<EventView> upcoming = events.upcoming(3);
		assertThat(upcoming).isNotEmpty();
		assertThat(next.select("h3 a")).extracting(Element::text)
			.containsExactlyElementsOf(upcoming.stream().map(EventView::title).toList());

		Element desks = section(page, "start-help-desks-title");
		region.helpDesks(null, null).forEach(desk -> {
			assertThat(desks.text()).contains(desk.name());
			assertThat(desks.select("a[href=mailto:" + desk.details().email() + "]")).hasSize(1);
		});

		// the upper sections come before the shell's pillars, the help desks after the tiles
		String html = page.html();
		assertThat(html.indexOf("start-audiences-title")).isLessThan(html.indexOf("start-network-title"));
		assertThat(html.indexOf("start-charter-title")).isLessThan(html.indexOf("pillars-title"));
		assertThat(html.indexOf("start-title")).isLessThan(html.indexOf("start-help-desks-title"));
	}

	@Test
	void everyPageCarriesOpenGraphTags() {
		Document page = page("/partner");
		assertThat(meta(page, "og:title")).isEqualTo("Partner");
		assertThat(meta(page, "og:url")).startsWith("http").endsWith("/partner");
		assertThat(meta(page, "og:description")).isNotBlank().doesNotContain("${");
		assertThat(meta(page, "og:type")).isEqualTo("website");
		assertThat(meta(page, "og:locale")).isEqualTo("de_DE");
		assertThat(meta(page, "og:site_name")).isNotBlank();
		assertThat(page.select("meta[property=og:image]")).isEmpty();
		assertThat(meta(page("/?lang=en"), "og:locale")).isEqualTo("en_GB");
	}

	@Test
	void aPageSetsItsOwnOpenGraphDescriptionAndImage() throws Exception {
		MvcTestResult result = mvc.get().uri("/test/open-graph").with(user(accounts.user(Role.EMPLOYEE))).exchange();
		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(meta(page, "og:description")).isEqualTo("Kurzer Anriss des Artikels");
		assertThat(meta(page, "og:image")).matches("https?://[^/]+/aktuelles/bilder/7");
		assertThat(meta(page, "og:image:alt")).isEqualTo("Menschen an einem Tisch");
		assertThat(meta(page, "og:type")).isEqualTo("article");
	}

	@Test
	void aFailingSectionIsLeftOutAndTheStartPageStillAnswers() {
		StartPageSection failing = section(1, "failing", () -> {
			throw new IllegalStateException("broken module");
		});
		StartPageSection empty = section(2, "empty", Map::of);
		StartPageSection working = section(120, "working", () -> Map.of("value", 42));
		ShellController controller = new ShellController(new Shell(List.of()), null, List.of(working, failing, empty), null);
		ExtendedModelMap model = new ExtendedModelMap();

		assertThat(controller.home(model, Locale.GERMAN)).isEqualTo("shell/home");

		assertThat((List<?>) model.get("upperSections")).isEmpty();
		assertThat((List<?>) model.get("lowerSections")).singleElement()
			.isEqualTo(new ShellController.RenderedSection("test/sections", "working", Map.of("value", 42)));
	}

	@Test
	void theRealSectionsAreRegistered() {
		assertThat(sections).extracting(StartPageSection::fragment)
			.contains("audiences", "network", "charter", "next-events", "help-desks");
		assertThat(sections).allSatisfy(section -> assertThat(section.model(null, Locale.GERMAN)).isNotNull());
	}

	private static StartPageSection section(int order, String fragment,
			java.util.function.Supplier<Map<String, Object>> values) {
		return new StartPageSection() {
			@Override
			public int order() {
				return order;
			}

			@Override
			public String template() {
				return "test/sections";
			}

			@Override
			public String fragment() {
				return fragment;
			}

			@Override
			public Map<String, Object> model(@Nullable PlatformUser viewer, Locale locale) {
				return values.get();
			}
		};
	}

	private Document page(String path) {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Element section(Document page, String headingId) {
		Element section = page.selectFirst("section[aria-labelledby=" + headingId + "]");
		assertThat(section).as("section %s", headingId).isNotNull();
		assertThat(section.selectFirst("h2#" + headingId)).as("heading of %s", headingId).isNotNull();
		return section;
	}

	private static String meta(Document page, String property) {
		Element meta = page.selectFirst("meta[property=" + property + "]");
		assertThat(meta).as(property).isNotNull();
		return meta.attr("content");
	}

}
