package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.events.EventDraft;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventType;
import de.itas.platform.events.EventView;
import de.itas.platform.events.Events;
import de.itas.platform.events.TargetGroup;
import de.itas.platform.governance.IndicatorStore;
import de.itas.platform.governance.IndicatorView;

/**
 * {@code /sitemap.xml} is a valid sitemap of public pages only (no draft event, no internal indicator, no
 * unpublished offer, no draft charter); {@code /robots.txt} points to it and keeps crawlers out of the internal
 * areas. Both answer without sign-in.
 */
@PlatformTest
class SitemapIntegrationTests {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventStore eventStore;

	@Autowired
	Events events;

	@Autowired
	Organisations organisations;

	@Autowired
	IndicatorStore indicators;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSitemapParsesAndHoldsPublicPagesOnly() throws Exception {
		UUID organiser = organisations.organisations(OrganisationKind.PARTNER).get(0).id();
		Instant start = Instant.now().plus(Duration.ofDays(700));
		String title = "Sitemap-Entwurf " + System.nanoTime();
		EventView draft = eventStore.create(new EventDraft(EventType.WORKSHOP, title, "Kurz", "Beschreibung", organiser,
				null, start, start.plus(Duration.ofHours(2)), null, null, "", "", "", "", null, 20, "", "de", List.of(),
				List.of(TargetGroup.COMPANIES), false, false, false, "", 0, "", null), null);

		MvcTestResult result = mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/xml");
		List<String> paths = paths(result.getResponse().getContentAsByteArray());

		assertThat(paths).contains("/", "/impressum", "/veranstaltungen", "/charta", "/kennzahlen", "/weiterbildung",
				"/anlaufstellen");
		assertThat(paths).doesNotHaveDuplicates();
		// module contributions: events, charter versions, measures, indicators, offers, help desks by district
		events.upcoming(3).forEach(event -> assertThat(paths).contains(Events.path(event)));
		assertThat(paths).anyMatch(path -> path.matches("/charta/\\d+\\.\\d+"));
		assertThat(paths).anyMatch(path -> path.matches("/massnahmen/[0-9a-f-]{36}"));
		assertThat(paths).anyMatch(path -> path.matches("/weiterbildung/\\d+"));
		assertThat(paths).anyMatch(path -> path.startsWith("/anlaufstellen?landkreis="));
		// nothing that is not public
		assertThat(paths).doesNotContain(Events.path(draft), "/mein-bereich", "/steuerung", "/login");
		List<IndicatorView> all = indicators.all();
		assertThat(all).anyMatch(indicator -> !indicator.isPublic());
		all.forEach(indicator -> {
			if (indicator.isPublic()) {
				assertThat(paths).contains("/kennzahlen/" + indicator.key());
			}
			else {
				assertThat(paths).doesNotContain("/kennzahlen/" + indicator.key());
			}
		});
		jdbc.sql("SELECT id FROM trainings.offer WHERE status <> 'PUBLISHED'")
			.query(Long.class)
			.list()
			.forEach(id -> assertThat(paths).doesNotContain("/weiterbildung/" + id));
		jdbc.sql("SELECT number FROM governance.charter_version WHERE status = 'DRAFT'")
			.query(String.class)
			.list()
			.forEach(number -> assertThat(paths).doesNotContain("/charta/" + number));
		jdbc.sql("SELECT id FROM governance.measure WHERE NOT public")
			.query(UUID.class)
			.list()
			.forEach(id -> assertThat(paths).doesNotContain("/massnahmen/" + id));
		// every page in it opens for a visitor
		for (String path : List.of("/", "/charta", Events.path(events.upcoming(1).get(0)),
				paths.stream().filter(path -> path.startsWith("/massnahmen/")).findFirst().orElseThrow(),
				paths.stream().filter(path -> path.startsWith("/weiterbildung/")).findFirst().orElseThrow())) {
			assertThat(mvc.get().uri(path).exchange()).as(path).hasStatusOk();
		}
	}

	@Test
	void robotsAllowThePublicSiteAndPointToTheSitemap() throws Exception {
		MvcTestResult result = mvc.get().uri("/robots.txt").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/plain");
		String robots = result.getResponse().getContentAsString();
		List<String> lines = robots.lines().toList();
		assertThat(lines.get(0)).isEqualTo("User-agent: *");
		assertThat(lines).contains("Disallow: /admin/", "Disallow: /mein-bereich", "Disallow: /steuerung", "Allow: /")
			.anyMatch(line -> line.matches("Sitemap: https?://[^/]+/sitemap\\.xml"));
		// public pages are never disallowed, even when a tile for signed-in people leads there
		assertThat(lines).doesNotContain("Disallow: /anlaufstellen", "Disallow: /handlungsfelder", "Disallow: /",
				"Disallow: /weiterbildung");
	}

	private static List<String> paths(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(NAMESPACE);
		NodeList locs = document.getElementsByTagNameNS(NAMESPACE, "loc");
		assertThat(locs.getLength()).isGreaterThan(10);
		String base = null;
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			String loc = locs.item(i).getTextContent();
			assertThat(loc).matches("https?://[^/]+/.*");
			String origin = loc.substring(0, loc.indexOf('/', loc.indexOf("//") + 2));
			base = base == null ? origin : base;
			assertThat(origin).isEqualTo(base);
			paths.add(loc.substring(origin.length()));
		}
		NodeList lastmods = document.getElementsByTagNameNS(NAMESPACE, "lastmod");
		for (int i = 0; i < lastmods.getLength(); i++) {
			assertThat(lastmods.item(i).getTextContent()).matches("\\d{4}-\\d{2}-\\d{2}");
		}
		new String(xml, StandardCharsets.UTF_8).lines().findFirst().ifPresent(
				first -> assertThat(first).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
		return paths;
	}

}
