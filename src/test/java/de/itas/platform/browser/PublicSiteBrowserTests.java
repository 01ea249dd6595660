package de.itas.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Response;

/**
 * The public site as a visitor meets it: crawled without sign-in from the start page along its same-origin links,
 * breadth first, one page per URL pattern (ids and slugs count as one) and at most {@link #MAX_PAGES} pages; every
 * page answers, has one h1 and passes axe at 1280 and at 360 pixels, where it also fits the screen. The start page
 * shows its sections and the Open Graph tags.
 */
class PublicSiteBrowserTests extends BrowserTestSupport {

	/** Lean for CI: one page per pattern, and no more than this. */
	static final int MAX_PAGES = 40;

	/** Links that are files, feeds, data or one-time links, and the sign-in and sign-out. */
	private static final Pattern SKIPPED = Pattern.compile("\\.(pdf|ics|csv|xlsx|json|jsonld|xml|atom|txt|png|jpe?g|webp|svg)$"
			+ "|^/(login|logout|abmelden|api/v\\d+|v3|assets|webjars|suche)(/|$)|/feed|/(bestaetigen|einladung|passwort|abbestellen)(/|$)");

	/** The innermost elements that reach beyond the right edge of the screen, for the report. */
	private static final String WIDEST = """
			() => [...document.querySelectorAll('main *')]
			  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
			  .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
			  .slice(0, 3)
			  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
			    + ' \\u201e' + (e.textContent || '').trim().substring(0, 40) + '\\u201c')
			  .join(', ')
			""";

	private static final Pattern UUID_OR_NUMBER = Pattern.compile("^([0-9a-f-]{36}|\\d+(\\.\\d+)?)$");

	@Test
	void theWholePublicSitePassesAxeAt360And1280Pixels() {
		Map<String, String> visited = new LinkedHashMap<>();
		Set<String> patterns = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(List.of("/"));
		patterns.add(pattern("/"));
		while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
			String path = queue.poll();
			page.setViewportSize(1280, 900);
			Response response = page.navigate(url(path));
			if (URI.create(page.url()).getPath().equals("/login")) {
				continue; // a page for signed-in people: the sign-in asks first, as it should
			}
			if (response.status() != 200) {
				problems.add(response.status() + " " + path);
				continue;
			}
			visited.put(path, page.title());
			assertThat(page.locator("h1").count()).as("h1 on %s", path).isEqualTo(1);
			checkPage();
			page.setViewportSize(360, 740);
			checkPage();
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			if (((Number) overflow).intValue() > 0) {
				String wide = "wider than 360 px by " + overflow + " px: " + path + " (" + page.evaluate(WIDEST) + ")";
				problems.add(wide);
			}
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) page.evaluate(
					"() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
			for (String link : links) {
				String next = sameOrigin(link);
				if (next != null && !SKIPPED.matcher(URI.create(next).getPath()).find() && seen.add(next)
						&& patterns.add(pattern(next))) {
					queue.add(next);
				}
			}
		}
		assertThat(problems).as("pages of the public site that fail").isEmpty();
		assertThat(visited).as("pages crawled").hasSizeGreaterThan(20).containsKeys("/", "/veranstaltungen", "/charta",
				"/kennzahlen", "/weiterbildung", "/anlaufstellen", "/impressum");
		assertThat(visited.keySet()).as("pages crawled").anyMatch(path -> path.startsWith("/veranstaltungen/"))
			.anyMatch(path -> path.startsWith("/weiterbildung/"));
		assertThat(visited).as("the pages of the portal").containsKeys("/aktuelles", "/newsletter", "/leichte-sprache",
				"/gebaerdensprache", "/api/dokumentation");
	}

	@Test
	void theStartPageShowsTheModulesSectionsAndOpenGraphTags() {
		visit("/");
		assertThat(page.locator("main h2").allTextContents()).contains("Was bringt Sie zu uns?", "Das Netzwerk",
				"Wohin wir wollen", "Nächste Veranstaltungen", "Anlaufstellen in Ihrer Nähe");
		assertThat(page.locator("meta[property='og:title']").getAttribute("content")).isNotBlank();
		assertThat(page.locator("meta[property='og:url']").getAttribute("content")).isEqualTo(url("/"));
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Eine passende Weiterbildung suchen"))
			.click();
		page.waitForURL("**/weiterbildung");
		checkPage();
	}

	/** The path and query of a link to this site, {@code null} for other sites, mail and phone links. */
	private String sameOrigin(String link) {
		String origin = url("");
		if (!link.startsWith(origin + "/")) {
			return null;
		}
		String rest = link.substring(origin.length());
		int hash = rest.indexOf('#');
		rest = hash >= 0 ? rest.substring(0, hash) : rest;
		return rest.contains("lang=") ? null : rest;
	}

	/**
	 * A link's URL pattern: the first segment kept, later segments that are ids or numbers as {@code #}, other
	 * later segments (slugs, sub-pages) as {@code *}; the query is left out, so filters count as the same page.
	 */
	static String pattern(String pathAndQuery) {
		String path = URI.create(pathAndQuery).getPath();
		String[] segments = path.split("/");
		StringBuilder pattern = new StringBuilder();
		for (int i = 1; i < segments.length; i++) {
			pattern.append('/').append(i == 1 ? segments[i] : UUID_OR_NUMBER.matcher(segments[i]).matches() ? "#" : "*");
		}
		return pattern.isEmpty() ? "/" : pattern.toString();
	}

}
