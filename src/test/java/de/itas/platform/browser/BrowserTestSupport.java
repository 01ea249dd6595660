package de.itas.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.itas.platform.PlatformTest;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;

/**
 * Base of the browser tests: the application on a random port, Debian's Chromium driven by Playwright
 * (never a downloaded browser), and an axe-core WCAG 2.1 AA check of every page a test visits.
 * <p>
 * Without a Chromium the tests are skipped with a message, unless {@code ITAS_REQUIRE_BROWSER=true}
 * (set by CI), where a missing browser fails the build.
 */
@PlatformTest
abstract class BrowserTestSupport {

	static final String DEMO_PASSWORD = "itas-demo-2026";

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** The session cookie of the first sign-in of each demo user in this run. */
	private static final Map<String, List<Cookie>> SESSIONS = new ConcurrentHashMap<>();

	private static Playwright playwright;
	private static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;
	Page page;

	@BeforeAll
	static void launchBrowser() {
		Optional<Path> chromium = chromium();
		if (chromium.isEmpty()) {
			String message = "No Chromium found (set ITAS_CHROMIUM or install Debian's chromium): browser tests skipped";
			if (Boolean.parseBoolean(System.getenv("ITAS_REQUIRE_BROWSER"))) {
				fail(message.replace("skipped", "required by ITAS_REQUIRE_BROWSER=true"));
			}
			System.err.println("WARNING: " + message);
			Assumptions.abort(message);
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium.get())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900));
		loadAxeWithEachDocument(context);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	/** The shared browser, for tests that need a context of their own (e.g. without JavaScript). */
	static Browser browser() {
		return browser;
	}

	static Optional<Path> chromium() {
		return Stream.of(System.getenv("ITAS_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
				"/usr/bin/google-chrome")
			.filter(candidate -> candidate != null && !candidate.isBlank())
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a page, checks it answered with the expected status, and checks it with axe. */
	Response visit(String path) {
		return visit(path, 200);
	}

	Response visit(String path, int expectedStatus) {
		Response response = page.navigate(url(path));
		assertThat(response.status()).as("status of %s", path).isEqualTo(expectedStatus);
		checkPage();
		return response;
	}

	/**
	 * axe-core (WCAG 2.1 A and AA) finds no violation, and no message key is missing.
	 * <p>
	 * axe runs in the page itself and only violations are collected. Its script (the one shipped in the axe-core
	 * Playwright jar) is an init script of the test's context, so the browser loads it with each document; a
	 * context a test made itself gets it on its first check. {@link AxeBuilder}
	 * would evaluate the 550 KB script three times per check and open a further browser context to merge its
	 * partial results, which made axe most of the browser tests' time. A page with frames is still checked
	 * with {@link AxeBuilder}, which checks inside its frames too.
	 */
	void checkPage() {
		// a click that navigates returns once the new document is committed, not parsed: under load axe could
		// otherwise check half a page (a checkbox whose label had not arrived yet)
		page.waitForLoadState(LoadState.LOAD);
		@SuppressWarnings("unchecked")
		Map<String, Object> state = (Map<String, Object>) page.evaluate(PAGE_STATE);
		assertThat((List<?>) state.get("missingKeys")).as("missing message keys (??) on %s", page.url()).isEmpty();
		if (((Number) state.get("frames")).intValue() > 0) {
			List<Rule> violations = new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations();
			assertThat(violations).as("axe violations on %s:%n%s", page.url(), describe(violations)).isEmpty();
			return;
		}
		if (!Boolean.TRUE.equals(state.get("axe"))) {
			page.evaluate(AXE_SOURCE);
			loadAxeWithEachDocument(page.context());
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(RUN_AXE, WCAG_21_AA);
		assertThat(violations).as("axe violations on %s:%n%s", page.url(), violations.stream()
			.map(rule -> rule.get("id") + ": " + rule.get("help") + " -> " + rule.get("targets"))
			.collect(Collectors.joining("\n"))).isEmpty();
	}

	/** Contexts that load axe with each of their documents (a weak set: contexts end with their test). */
	private static final Set<BrowserContext> AXE_LOADED = Collections.newSetFromMap(new WeakHashMap<>());

	private static void loadAxeWithEachDocument(BrowserContext context) {
		if (AXE_LOADED.add(context)) {
			context.addInitScript(AXE_SOURCE);
		}
	}

	/** The axe-core script of the axe-core Playwright jar (the version the build declares). */
	private static final String AXE_SOURCE = AxeBuilder.getAxeScript();

	/** Whether axe is loaded, how many frames the page has, and where a missing message key ({@code ??}) shows. */
	private static final String PAGE_STATE = """
			() => {
			  const html = document.documentElement.outerHTML;
			  const missingKeys = [];
			  for (let at = html.indexOf('??'); at >= 0 && missingKeys.length < 10; at = html.indexOf('??', at + 2)) {
			    missingKeys.push(html.substring(Math.max(0, at - 60), at + 60));
			  }
			  return { axe: typeof window.axe === 'object' && typeof window.axe.run === 'function',
			           frames: window.frames.length, missingKeys };
			}
			""";

	/** Runs axe on the document with the given tags and returns each violated rule with its nodes' targets. */
	private static final String RUN_AXE = """
			async tags => {
			  const results = await axe.run(document, {
			    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
			  return results.violations.map(rule => ({ id: rule.id, help: rule.help,
			    targets: rule.nodes.map(node => JSON.stringify(node.target)).join(', ') }));
			}
			""";

	/**
	 * Every action (button or submit input, except those styled as links inside text) in the part of the page
	 * matched by {@code scope} is shown as a button: its background or its border has at least the 3:1
	 * contrast against what lies behind it that WCAG 1.4.11 asks of a control's boundary. Fails when there is
	 * no such action, so that the check cannot pass on an empty page.
	 */
	void assertActionsAreVisibleButtons(String scope) {
		@SuppressWarnings("unchecked")
		List<String> report = (List<String>) page.evaluate("""
				scope => {
				  const rgba = value => {
				    const parts = value.match(/[\\d.]+/g).map(Number);
				    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
				  };
				  const luminance = c => {
				    const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
				    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
				  };
				  const contrast = (x, y) => {
				    const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p);
				    return (light + 0.05) / (dark + 0.05);
				  };
				  const behind = element => {
				    for (let node = element.parentElement; node; node = node.parentElement) {
				      const colour = rgba(getComputedStyle(node).backgroundColor);
				      if (colour.a > 0) return colour;
				    }
				    return { r: 255, g: 255, b: 255, a: 1 };
				  };
				  const root = document.querySelector(scope);
				  const actions = [...root.querySelectorAll('button, input[type=submit]')]
				    .filter(action => !action.classList.contains('button--link') && action.getClientRects().length > 0);
				  return actions.map(action => {
				    const style = getComputedStyle(action);
				    const ground = behind(action);
				    const fill = rgba(style.backgroundColor);
				    const border = rgba(style.borderTopColor);
				    const fillContrast = fill.a > 0.9 ? contrast(fill, ground) : 1;
				    const borderContrast = parseFloat(style.borderTopWidth) >= 1 && border.a > 0.9 ? contrast(border, ground) : 1;
				    const name = (action.textContent || action.value || '').trim();
				    return (Math.max(fillContrast, borderContrast) >= 3 ? 'ok: ' : 'INVISIBLE: ') + name
				      + ' (background ' + style.backgroundColor + ', border ' + style.borderTopWidth + ' ' + style.borderTopColor + ')';
				  });
				}
				""", scope);
		assertThat(report).as("actions in %s on %s", scope, page.url()).isNotEmpty();
		assertThat(report).as("actions in %s on %s that do not look like buttons", scope, page.url())
			.allSatisfy(line -> assertThat(line).startsWith("ok: "));
	}

	/**
	 * Signs in as a demo user. The session cookie of the first sign-in per user is kept for the whole run
	 * and given to later browser contexts, so that most tests skip the form and the password hash; when the
	 * kept session has ended (a test signed out), the form is used again.
	 */
	void login(String email) {
		List<Cookie> kept = SESSIONS.get(email);
		if (kept != null) {
			context.clearCookies();
			context.addCookies(kept);
			page.navigate(url("/mein-bereich"));
			if (page.url().endsWith("/mein-bereich")) {
				return;
			}
			context.clearCookies();
		}
		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(email);
		page.getByLabel("Passwort").fill(DEMO_PASSWORD);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Anmelden").setExact(true))
			.last()
			.click();
		page.waitForURL("**/mein-bereich");
		SESSIONS.put(email, context.cookies().stream().filter(cookie -> cookie.name.equals("SESSION")).toList());
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + ": " + rule.getHelp() + " -> "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
