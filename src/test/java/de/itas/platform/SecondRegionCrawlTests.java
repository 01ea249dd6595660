package de.itas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The platform on the second region: started with {@code platform.region=leipzig} on its own embedded
 * PostgreSQL (under {@code target/test-data-leipzig}), its public pages are crawled over HTTP from the start
 * page along the links they contain. Every page answers (a protected one by sending to the sign-in), the
 * pages name the Leipzig network, and none names Südwestsachsen, its districts, towns or partners.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.region=leipzig", "platform.data-dir=target/test-data-leipzig",
				"platform.embedded-database.data-dir=target/test-data-leipzig" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SecondRegionCrawlTests {

	/** Enough for every public page and a sample of the detail pages, cheap enough for CI. */
	private static final int MAX_PAGES = 150;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void thePublicPagesShowLeipzigAndNothingOfSuedwestsachsen() throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		seen.add("/");
		while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
			String path = queue.poll();
			HttpResponse<String> response = get(path);
			if (response.statusCode() == 302) {
				String location = response.headers().firstValue("Location").orElse("");
				if (!URI.create(location).getPath().equals("/login")) {
					problems.add(path + " redirects to " + location);
				}
				continue;
			}
			if (response.statusCode() != 200) {
				problems.add(path + " answers " + response.statusCode());
				continue;
			}
			pages.put(path, response.body());
			if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				for (String link : links(response.body())) {
					if (seen.add(link)) {
						queue.add(link);
					}
				}
			}
		}
		assertThat(problems).as("pages that do not answer").isEmpty();
		assertThat(pages).as("pages crawled").hasSizeGreaterThan(20)
			.containsKeys("/", "/region", "/partner", "/anlaufstellen", "/handlungsfelder");

		String all = String.join("\n", pages.values());
		assertThat(all).contains("MoLeWa-Plattform", "Automotive Cluster Ostdeutschland", "Nordsachsen",
				"Landkreis Leipzig", "14730", "IHK zu Leipzig – Sprechtag im Landratsamt Torgau",
				"Transformationsmanagement", "Regionale Mobilitätslösungen");
		assertThat(Jsoup.parse(pages.get("/")).title()).endsWith("MoLeWa-Plattform");

		RegionNames suedwestsachsen = new RegionNames(RegionNeutralityTests.specificNames("suedwestsachsen"));
		List<RegionNames.Finding> findings = new ArrayList<>();
		pages.forEach((path, body) -> findings.addAll(suedwestsachsen.scan(path, body)));
		assertThat(findings).as("names of Südwestsachsen on the pages of the Leipzig platform").isEmpty();
	}

	/** The same-site page links of a page: paths without fragment, no assets, no downloads. */
	private static Set<String> links(String html) {
		Document document = Jsoup.parse(html);
		Set<String> links = new LinkedHashSet<>();
		for (Element anchor : document.select("a[href]")) {
			String href = anchor.attr("href");
			int fragment = href.indexOf('#');
			if (fragment >= 0) {
				href = href.substring(0, fragment);
			}
			// /oauth2/…: the sign-in through an organisation's identity provider leaves the site (SsoBrowserTests)
			if (!href.startsWith("/") || href.startsWith("//") || href.startsWith("/assets/")
					|| href.startsWith("/webjars/") || href.startsWith("/oauth2/") || href.matches(".*\\.(ics|pdf|csv|xlsx|zip)(\\?.*)?")) {
				continue;
			}
			links.add(href);
		}
		return links;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
