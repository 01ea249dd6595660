package de.itas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.shared.security.PlatformUser;

/**
 * Each demo role follows the links its pages offer (navigation, tiles, the pages they lead to) and never meets
 * a page it may not open or one that does not exist: the shell shows only what the role may use.
 */
@PlatformTest
class RoleNavigationCrawlTests {

	/** Two levels below the start pages reach every navigation entry, tile and the lists behind them. */
	private static final int MAX_DEPTH = 2;

	private static final int MAX_PAGES = 120;

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?\\shref=\"(/[^\"#]*)");

	/** Paths whose links are data, not navigation (downloads, one-time links, sign-out). */
	private static final Pattern SKIPPED = Pattern
		.compile("^/(logout|abmelden)|\\.(pdf|ics|csv|xlsx|json)(\\?|$)|/(bestaetigen|einladung|passwort)/|[?&]lang=");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "admin", "koordination", "berater", "anbieter", "unternehmen", "beschaeftigte" })
	void everyLinkARoleIsShownOpens(String login) {
		PlatformUser person = (PlatformUser) users.loadUserByUsername(login + "@demo.itas.local");
		List<String> problems = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>(List.of("/", "/mein-bereich"));
		Deque<String[]> queue = new ArrayDeque<>();
		seen.forEach(path -> queue.add(new String[] { path, "0", "start" }));
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String[] next = queue.poll();
			String path = next[0];
			int depth = Integer.parseInt(next[1]);
			MvcTestResult result = mvc.get().uri(path).with(user(person)).exchange();
			pages++;
			int status = result.getResponse().getStatus();
			if (status == 403 || status == 404 || status >= 500) {
				problems.add(status + " " + path + " (linked from " + next[2] + ")");
				continue;
			}
			String type = result.getResponse().getContentType();
			if (status != 200 || depth >= MAX_DEPTH || type == null || !type.startsWith("text/html")) {
				continue;
			}
			Matcher links = LINK.matcher(body(result));
			while (links.find()) {
				String link = links.group(1).replace("&amp;", "&");
				if (!SKIPPED.matcher(link).find() && seen.add(link)) {
					queue.add(new String[] { link, String.valueOf(depth + 1), path });
				}
			}
		}
		assertThat(pages).as("pages " + login + " opened").isGreaterThan(5);
		assertThat(problems).as("links shown to " + login + " that do not open").isEmpty();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
