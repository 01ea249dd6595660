package de.itas.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Helpers for controllers that serve a full page and its htmx fragment from one method. */
public final class Htmx {

	private Htmx() {
	}

	/** Whether htmx sent the request (and so expects a fragment, not a page). */
	public static boolean isHtmxRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
	}

	/** The view for the request: {@code page :: fragment} for htmx, {@code page} otherwise. */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isHtmxRequest(request) ? page + " :: " + fragment : page;
	}

}
