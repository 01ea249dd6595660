package de.itas.platform.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute addresses the layout's Open Graph tags need: the site's address ({@code siteUrl}, to make a page's
 * {@code ogImage} path absolute) and the page's own address without its query ({@code pageUrl}, the og:url).
 * Pages set {@code ogDescription} and {@code ogImage} themselves; the layout has defaults.
 */
@ControllerAdvice
class OpenGraphAdvice {

	@ModelAttribute("siteUrl")
	String siteUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	@ModelAttribute("pageUrl")
	String pageUrl(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = errorUri instanceof String original ? original : request.getRequestURI();
		return ServletUriComponentsBuilder.fromCurrentRequestUri()
			.replacePath(uri)
			.replaceQuery(null)
			.build()
			.toUriString();
	}

}
