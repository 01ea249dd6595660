package de.itas.platform.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser of one person for the cluster test: keeps its cookies (the session cookie above all) itself and
 * sends them to whichever address it is asked to, the proxy or one instance directly, as a browser would to
 * one host. Redirects are not followed, so that a test sees where a login or a form sends it.
 */
final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/** A response's status, body and redirect target. */
	record Answer(int status, String body, String location) {

		boolean redirect() {
			return status == 302 || status == 303;
		}
	}

	Answer get(URI base, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(base.resolve(path)).GET());
	}

	/** A form post with the CSRF token of this person's session (or visitor cookie), read from {@code formPage}. */
	Answer post(URI base, String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(base.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The CSRF token of a page's form. */
	static String csrf(Answer page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token in the page (status " + page.status() + ")");
		}
		return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
	}

	/** Signs in through {@code base} with the login form; the session cookie is kept. */
	void login(URI base, String email, String password) throws IOException, InterruptedException {
		Answer form = get(base, "/login");
		Answer done = post(base, "/login",
				Map.of("username", email, "password", password, "_csrf", csrf(form)));
		if (!done.redirect() || done.location().contains("/login")) {
			throw new AssertionError("Login of " + email + " failed: " + done.status() + " " + done.location());
		}
	}

	String cookie(String name) {
		return cookies.get(name);
	}

	private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
		request.timeout(Duration.ofSeconds(30));
		synchronized (cookies) {
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookies.entrySet()
					.stream()
					.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
					.collect(Collectors.joining("; ")));
			}
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		synchronized (cookies) {
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq > 0) {
					String value = pair.substring(eq + 1);
					if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
						cookies.remove(pair.substring(0, eq));
					}
					else {
						cookies.put(pair.substring(0, eq), value);
					}
				}
			}
		}
		return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
