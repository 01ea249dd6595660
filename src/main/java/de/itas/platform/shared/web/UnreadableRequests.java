package de.itas.platform.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Answers a request whose body cannot be read with the platform's pages and one line at WARN, never a stack
 * trace: an upload over the servlet's limit ({@code spring.servlet.multipart.max-request-size}) with the 413
 * page, which names the limit, and a broken body (a multipart request without its end, too many parameters)
 * with the 400 page. Without it, the first filter that reads a parameter (the CSRF check) makes the container
 * parse the body, which fails with a stack trace at ERROR, and rendering the error page reads the parameters
 * again and fails once more, so the container's own page shows. An upload that announces its size is refused
 * before anything reads it; any other when parsing fails. The error page then sees a request without a body,
 * so nothing parses it again. The servlet's limit is set for the largest upload (e-learning packages); every
 * upload to another address is held to {@code platform.web.upload-limit}, so that no other form can be made to
 * take a file that large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableRequests extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);
	private static final AntPathMatcher PATHS = new AntPathMatcher();

	/** Marks a request refused as too large, for its error dispatch. */
	static final String REFUSED = UnreadableRequests.class.getName() + ".refused";

	/** The limit (bytes) a refused upload broke, for the 413 page. */
	static final String LIMIT = UnreadableRequests.class.getName() + ".limit";

	private final long maxRequestSize;

	private final long uploadLimit;
	private final ObjectProvider<ModuleDescriptor> modules;
	private volatile @Nullable List<String> largeUploadPaths;

	UnreadableRequests(ObjectProvider<MultipartConfigElement> multipart,
			@Value("${platform.web.upload-limit:20MB}") DataSize uploadLimit, ObjectProvider<ModuleDescriptor> modules) {
		MultipartConfigElement config = multipart.getIfAvailable();
		this.maxRequestSize = config == null ? -1 : config.getMaxRequestSize();
		this.uploadLimit = uploadLimit.toBytes();
		this.modules = modules;
	}

	/** The largest upload this request may carry, in bytes, or -1 for no limit. */
	long limitFor(HttpServletRequest request) {
		List<String> large = largeUploadPaths;
		if (large == null) {
			large = modules.orderedStream().flatMap(module -> module.largeUploadPaths().stream()).toList();
			largeUploadPaths = large;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (large.stream().anyMatch(pattern -> PATHS.match(pattern, path))) {
			return maxRequestSize;
		}
		return maxRequestSize < 0 ? uploadLimit : Math.min(uploadLimit, maxRequestSize);
	}

	/** The limit of a whole request in bytes, or -1 for none. */
	long maxRequestSize() {
		return maxRequestSize;
	}

	/** The limit as people read it, e.g. "20 MB". */
	static String readable(long bytes) {
		long mb = 1024L * 1024;
		return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.GERMAN, "%.1f MB", (double) bytes / mb);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// also when Spring MVC answered a failed multipart request itself (its exception is the error's)
			boolean unreadBody = request.getAttribute(REFUSED) != null
					|| request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
							&& (tooLarge(failure) || unreadable(failure));
			chain.doFilter(unreadBody ? new WithoutBody(request) : request, response);
			return;
		}
		long length = request.getContentLengthLong();
		long limit = isMultipart(request) ? limitFor(request) : -1;
		// an upload sent in chunks without announcing its size (no browser form does that) would be parsed under the
		// servlet's limit, the largest; to an ordinary address it is refused, so the ordinary limit cannot be bypassed
		boolean unannounced = length < 0 && limit >= 0 && limit < maxRequestSize && chunked(request);
		if (limit >= 0 && (length > limit || unannounced)) {
			refuse(request, response, length, limit);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			if (tooLarge(ex)) {
				refuse(request, response, length, maxRequestSize);
			}
			else if (unreadable(ex)) {
				log.warn("Refused an unreadable request to {}: {}", request.getRequestURI(),
						rootCause(ex).getClass().getSimpleName());
				request.setAttribute(REFUSED, Boolean.TRUE);
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
			else {
				throw ex;
			}
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long length, long limit)
			throws IOException {
		log.warn("Refused an upload to {} of {} bytes: over the limit of {} bytes", request.getRequestURI(),
				length < 0 ? "unannounced" : length, limit);
		request.setAttribute(REFUSED, Boolean.TRUE);
		request.setAttribute(LIMIT, limit);
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

	private static boolean chunked(HttpServletRequest request) {
		String encoding = request.getHeader("Transfer-Encoding");
		return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/** Whether the failure is the container's or Spring's size limit of an upload. */
	static boolean tooLarge(Throwable failure) {
		return causes(failure).stream()
			.anyMatch(cause -> cause instanceof MaxUploadSizeExceededException
					|| cause.getClass().getName().endsWith("SizeLimitExceededException"));
	}

	/**
	 * Whether the container or Spring could not read the request's parameters or parts (Tomcat's
	 * {@code InvalidParameterException}, named here to keep the kernel free of the container's classes).
	 */
	static boolean unreadable(Throwable failure) {
		return causes(failure).stream()
			.anyMatch(cause -> cause instanceof MultipartException
					|| cause.getClass().getName().endsWith(".InvalidParameterException"));
	}

	private static Throwable rootCause(Throwable failure) {
		List<Throwable> causes = causes(failure);
		return causes.get(causes.size() - 1);
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> causes = new ArrayList<>();
		for (Throwable cause = failure; cause != null && !causes.contains(cause) && causes.size() < 20;
				cause = cause.getCause()) {
			causes.add(cause);
		}
		return causes;
	}

	/** The refused request as its error page sees it: no body, so no parameters or parts to parse. */
	static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public @Nullable Part getPart(String name) {
			return null;
		}

	}

}
