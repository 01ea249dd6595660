package de.itas.platform.learning.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import de.itas.platform.learning.Attempts;
import de.itas.platform.learning.Packages;
import de.itas.platform.learning.PackageView;
import de.itas.platform.learning.PackageContent;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serves a package's files from {@code /scorm-inhalt/{packageId}/...} for the player's sandboxed frame. Every
 * response carries {@code Content-Security-Policy: sandbox allow-scripts allow-forms allow-popups allow-modals}, so
 * even a file opened directly runs with an opaque origin that can neither read the platform's cookies nor call its
 * pages as the learner, and a content policy that lets it load only its own package's files.
 * <p>
 * HTML files get a script injected at the top of their head: the launched page (recognised by the launch id the
 * player appends) gets {@code _itas/api.js}, the run-time {@code API} with the learner's values embedded, and every
 * other page {@code _itas/frame.js}, which lets the package's own frames call functions of their parent frame across
 * the opaque origins that the sandbox gives each of them.
 */
@Controller
class PackageContentController {

	static final String PREFIX = "/scorm-inhalt";

	/** The query parameter with which the player marks the launched page. */
	static final String LAUNCH_PARAMETER = "itas_launch";

	private static final String SHIM_FOLDER = "_itas/";

	private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

	private static final Pattern HTML = Pattern.compile("<html(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PackageContent content;

	private final Packages packages;

	private final Attempts attempts;

	PackageContentController(PackageContent content, Packages packages, Attempts attempts) {
		this.content = content;
		this.packages = packages;
		this.attempts = attempts;
	}

	@GetMapping(PREFIX + "/{packageId}/**")
	ResponseEntity<?> file(@PathVariable String packageId,
			@RequestParam(name = LAUNCH_PARAMETER, required = false) @Nullable String launch,
			@RequestParam(name = "launch", required = false) @Nullable String shimLaunch, HttpServletRequest request) {
		UUID id = uuid(packageId).orElse(null);
		if (id == null) {
			return notFound();
		}
		String prefix = request.getContextPath() + PREFIX + "/" + packageId + "/";
		String uri = request.getRequestURI();
		if (!uri.startsWith(prefix)) {
			return notFound();
		}
		String path = UriUtils.decode(uri.substring(prefix.length()), StandardCharsets.UTF_8);
		String base = origin(request) + prefix;
		if (path.equals(SHIM_FOLDER + "api.js")) {
			return apiScript(id, shimLaunch, base, request);
		}
		if (path.equals(SHIM_FOLDER + "frame.js")) {
			return script(resource("frame.js"), base, CacheControl.noCache());
		}
		Optional<PackageView> pack = packages.find(id);
		if (pack.isEmpty()) {
			return notFound();
		}
		return content.file(id, path).<ResponseEntity<?>>map(file -> {
			if (file.mediaType().startsWith("text/html")) {
				UUID launchId = launch == null ? null : uuid(launch).orElse(null);
				String shim = launchId != null && attempts.packageOfLaunch(launchId).filter(id::equals).isPresent()
						? prefix + SHIM_FOLDER + "api.js?launch=" + launchId : prefix + SHIM_FOLDER + "frame.js";
				byte[] html = inject(file.bytes(), "<script src=\"" + shim + "\"></script>");
				return ResponseEntity.ok()
					.headers(headers(base))
					.cacheControl(CacheControl.noStore())
					.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
					.body(html);
			}
			HttpHeaders headers = headers(base);
			// fonts and the like are fetched with CORS from the frame's opaque origin; the files are no secret
			headers.set("Access-Control-Allow-Origin", "*");
			return ResponseEntity.ok()
				.headers(headers)
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
				.contentType(MediaType.parseMediaType(file.mediaType()))
				// streamed from the file store, never whole in memory (videos in packages)
				.body(new InputStreamResource(file.content()));
		}).orElseGet(PackageContentController::notFound);
	}

	private ResponseEntity<byte[]> apiScript(UUID packageId, @Nullable String launch, String base,
			HttpServletRequest request) {
		UUID launchId = launch == null ? null : uuid(launch).orElse(null);
		if (launchId == null || attempts.packageOfLaunch(launchId).filter(packageId::equals).isEmpty()) {
			return notFound();
		}
		Map<String, String> values = attempts.launchValues(launchId).orElse(null);
		if (values == null) {
			return notFound();
		}
		String settings = JSON.writeValueAsString(Map.of("launch", launchId.toString(), "platformOrigin",
				origin(request), "values", values));
		// the JSON is embedded in a script: no closing tag can end it early
		String prelude = "var ITAS_SCORM = " + settings.replace("<", "\\u003c") + ";\n";
		return script(prelude + resource("api.js"), base, CacheControl.noStore());
	}

	private static ResponseEntity<byte[]> script(String code, String base, CacheControl cache) {
		return ResponseEntity.ok()
			.headers(headers(base))
			.cacheControl(cache)
			.contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
			.body(code.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The sandbox and content policy of a package: its own files (named by the package's path, so one package cannot
	 * load another's), inline script and styles as authoring tools write them, no plugins, and framed only by the
	 * platform (or by the package's own pages).
	 */
	static HttpHeaders headers(String base) {
		String self = base;
		HttpHeaders headers = new HttpHeaders();
		headers.set("Content-Security-Policy", String.join("; ",
				"sandbox allow-scripts allow-forms allow-popups allow-modals",
				"default-src " + self + " data: blob:",
				"script-src " + self + " 'unsafe-inline' 'unsafe-eval'",
				"style-src " + self + " 'unsafe-inline'",
				"img-src " + self + " data: blob:",
				"media-src " + self + " data: blob:",
				"font-src " + self + " data:",
				"connect-src " + self,
				"frame-src " + self,
				"form-action " + self,
				"base-uri " + self,
				"object-src 'none'"));
		headers.set("X-Content-Type-Options", "nosniff");
		// the launch id in the address must not travel to other sites
		headers.set("Referrer-Policy", "no-referrer");
		headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
		return headers;
	}

	static byte[] inject(byte[] html, String tag) {
		String text = new String(html, StandardCharsets.UTF_8);
		Matcher head = HEAD.matcher(text);
		if (head.find()) {
			return (text.substring(0, head.end()) + tag + text.substring(head.end())).getBytes(StandardCharsets.UTF_8);
		}
		Matcher root = HTML.matcher(text);
		if (root.find()) {
			return (text.substring(0, root.end()) + tag + text.substring(root.end())).getBytes(StandardCharsets.UTF_8);
		}
		return (tag + text).getBytes(StandardCharsets.UTF_8);
	}

	private static String origin(HttpServletRequest request) {
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
				|| ("https".equals(request.getScheme()) && port == 443);
		return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

	private static String resource(String name) {
		try (InputStream in = PackageContentController.class.getClassLoader()
			.getResourceAsStream("learning/player/" + name)) {
			if (in == null) {
				throw new IllegalStateException("player script missing: " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<UUID> uuid(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static ResponseEntity<byte[]> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.TEXT_PLAIN)
			.body("Not found".getBytes(StandardCharsets.UTF_8));
	}

}
