package de.itas.platform.shared.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

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
 * The rendered text is inserted into the page with {@code th:utext}: it is the output of our own templates, in
 * which every value was escaped when it was rendered.
 */
@Component
public class RenderedViews {

	/** Upper bound of the kept text, in characters (about twice that in bytes). */
	static final long MAX_CHARS = 16L * 1024 * 1024;

	private final ThymeleafViewResolver resolver;
	private final Cache<Key, String> rendered = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARS)
		.weigher((Key key, String text) -> text.length())
		.expireAfterAccess(Duration.ofMinutes(5))
		.build();

	RenderedViews(ThymeleafViewResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * The text of {@code viewName} rendered with {@code model}, from the cache when it holds one for the same
	 * view, key, locale and context path.
	 */
	public String render(String viewName, Object key, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = RequestContextUtils.getLocale(request);
		return rendered.get(new Key(viewName, key, locale, request.getContextPath()),
				ignored -> renderNow(viewName, locale, model, request, response));
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
