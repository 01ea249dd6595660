package de.itas.platform.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.ReturnPath;

/** Puts what the layout needs into the model of every page: navigation, language links, the current path. */
@ControllerAdvice
class ShellModelAdvice {

	private final Shell shell;

	ShellModelAdvice(Shell shell) {
		this.shell = shell;
	}

	@ModelAttribute("navigation")
	List<NavigationEntry> navigation() {
		return shell.navigation(CurrentUser.get().isPresent(), CurrentUser.roles());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = errorUri instanceof String original ? original : request.getRequestURI();
		return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
	}

	/**
	 * The sign-in link of this page: it brings the person back here afterwards (pages shown for a GET only; a
	 * form answered after a POST cannot be reloaded by a link).
	 */
	@ModelAttribute("loginUrl")
	String loginUrl(HttpServletRequest request) {
		return ReturnPath.append("/login", returnPath(request));
	}

	private @Nullable String returnPath(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return null;
		}
		String query = request.getQueryString();
		return currentPath(request) + (query == null ? "" : "?" + query);
	}

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request) {
		return new LanguageLinks(link(request, "de"), link(request, "en"));
	}

	/** The same attributes for views rendered outside a controller, such as error pages. */
	Map<String, Object> attributes(HttpServletRequest request) {
		return Map.of("navigation", navigation(), "currentPath", currentPath(request), "languageLinks",
				languageLinks(request), "loginUrl", loginUrl(request));
	}

	private String link(HttpServletRequest request, String language) {
		boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
		return UriComponentsBuilder.fromPath(request.getContextPath() + currentPath(request))
			.query(error ? null : request.getQueryString())
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	/** Links to the current page in German and in English. */
	record LanguageLinks(String de, String en) {
	}

}
