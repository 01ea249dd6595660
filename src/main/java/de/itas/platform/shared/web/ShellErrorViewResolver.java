package de.itas.platform.shared.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders errors as pages of the shell (with navigation and language switch): a page of their own for
 * 400, 403, 404, 413 (naming the upload limit) and 500, a general one for every other status. Error attributes never carry a stack trace
 * or exception message ({@code server.error.include-*} are off).
 */
@Component
class ShellErrorViewResolver implements ErrorViewResolver {

	private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 413, 500);

	private final ShellModelAdvice shell;

	private final UnreadableRequests unreadableRequests;

	ShellErrorViewResolver(ShellModelAdvice shell, UnreadableRequests unreadableRequests) {
		this.shell = shell;
		this.unreadableRequests = unreadableRequests;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> pageModel = new HashMap<>(model);
		pageModel.putAll(shell.attributes(request));
		Object broken = request.getAttribute(UnreadableRequests.LIMIT);
		long limit = broken instanceof Long bytes ? bytes : unreadableRequests.maxRequestSize();
		if (status.value() == 413 && limit >= 0) {
			pageModel.put("uploadLimit", UnreadableRequests.readable(limit));
		}
		String view = OWN_PAGES.contains(status.value()) ? "error/" + status.value() : "error";
		return new ModelAndView(view, pageModel, status);
	}

}
