package de.itas.platform.shared.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Renders a view (a template or one fragment of it) to text once and hands out that text again while the same
 * key is asked for, for pages whose costly part is a function of a few values, such as a search query and its
 * answer. The caller's key must hold everything the rendered text depends on besides the view, the request's
 * locale and the context path (which are part of the key here); a key of records holding the answer itself is
 * safe by construction, since a changed answer is a different key.
 * <p>
 * The part is kept as UTF-8 bytes and the page around it is written as bytes too ({@link #page}): encoding
 * German text to UTF-8 through the servlet writer took a fifth of the catalogue's time per request (the
 * encoder's slow path after the first umlaut), and a part encoded once costs nothing more. The part is the
 * output of our own templates, in which every value was escaped when it was rendered.
 */
@Component
public class RenderedViews {

	/** Upper bound of the kept parts, in bytes. */
	static final long MAX_BYTES = 32L * 1024 * 1024;

	/**
	 * The model attribute a page inserts with {@code th:utext} where the part goes; its value is a marker that
	 * escaped output cannot contain ({@code <} is always escaped in values).
	 */
	public static final String PART_ATTRIBUTE = "renderedPart";

	private static final String MARKER = "<!--itas:rendered-part-->";

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final ThymeleafViewResolver resolver;
	private final Cache<Key, byte[]> rendered = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((Key key, byte[] bytes) -> bytes.length)
		.expireAfterAccess(Duration.ofMinutes(5))
		.build();

	RenderedViews(ThymeleafViewResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * {@code viewName} rendered with {@code model}, as UTF-8, from the cache when it holds one for the same view,
	 * key, locale and context path.
	 */
	public byte[] render(String viewName, Object key, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = RequestContextUtils.getLocale(request);
		return rendered.get(new Key(viewName, key, locale, request.getContextPath()),
				ignored -> renderNow(viewName, locale, model, request, response).getBytes(StandardCharsets.UTF_8));
	}

	/** A rendered part as the whole answer (an htmx fragment). */
	public ResponseEntity<byte[]> fragment(byte[] part, HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(HTML)
			.header(HttpHeaders.CONTENT_LANGUAGE, RequestContextUtils.getLocale(request).toLanguageTag())
			.body(part);
	}

	/**
	 * The page {@code pageView}, rendered now with {@code model} (it holds what changes from request to request,
	 * such as the CSRF token), with the rendered part where the page inserts {@link #PART_ATTRIBUTE}.
	 */
	public ResponseEntity<byte[]> page(String pageView, Map<String, Object> model, byte[] part,
			HttpServletRequest request, HttpServletResponse response) {
		Locale locale = RequestContextUtils.getLocale(request);
		Map<String, Object> pageModel = new java.util.HashMap<>(model);
		pageModel.put(PART_ATTRIBUTE, MARKER);
		String page = renderNow(pageView, locale, pageModel, request, response);
		int at = page.indexOf(MARKER);
		if (at < 0) {
			throw new IllegalStateException(pageView + " does not insert " + PART_ATTRIBUTE);
		}
		byte[] before = page.substring(0, at).getBytes(StandardCharsets.UTF_8);
		byte[] after = page.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[before.length + part.length + after.length];
		System.arraycopy(before, 0, body, 0, before.length);
		System.arraycopy(part, 0, body, before.length, part.length);
		System.arraycopy(after, 0, body, before.length + part.length, after.length);
		return ResponseEntity.ok()
			.contentType(HTML)
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
			.body(body);
	}

	private String renderNow(String viewName, Locale locale, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = resolver.resolveViewName(viewName, locale);
			if (view == null) {
				throw new IllegalStateException("No view " + viewName);
			}
			Capture capture = new Capture(response);
			view.render(model, request, capture);
			return capture.text();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Rendering " + viewName + " failed", ex);
		}
	}

	private record Key(String viewName, Object key, Locale locale, String contextPath) {
	}

	/** A response that keeps what a view writes and leaves the real response (its headers too) untouched. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(16 * 1024);
		private final PrintWriter writer = new PrintWriter(text);

		Capture(HttpServletResponse response) {
			super(response);
		}

		String text() {
			writer.flush();
			return text.toString();
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("Only text is captured");
		}

		@Override
		public void flushBuffer() {
			writer.flush();
		}

		@Override
		public void setContentType(String type) {
			// the page that inserts the text sets its own
		}

		@Override
		public void setCharacterEncoding(String charset) {
			// the page that inserts the text sets its own
		}

		@Override
		public void setLocale(Locale locale) {
			// the page that inserts the text sets its own
		}

		@Override
		public void setHeader(String name, String value) {
			// the page that inserts the text sets its own
		}

		@Override
		public void addHeader(String name, String value) {
			// the page that inserts the text sets its own
		}

	}

}
