package de.itas.platform.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import de.itas.platform.accounts.Consents;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;

/**
 * Asks signed-in people who have not accepted the current privacy notice to do so before they go on.
 * The accepted version is remembered in the session, so the database is asked once per session.
 */
@Component
class ConsentInterceptor implements HandlerInterceptor {

	static final String PAGE = "/datenschutz/zustimmung";

	private static final String ACCEPTED = ConsentInterceptor.class.getName() + ".accepted";

	private final Consents consents;

	ConsentInterceptor(Consents consents) {
		this.consents = consents;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws java.io.IOException {
		PlatformUser user = CurrentUser.get().orElse(null);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (user == null || !"GET".equals(request.getMethod()) || path.startsWith(PAGE) || path.equals("/datenschutz")
				|| path.startsWith("/api/") || path.startsWith("/error")) {
			return true;
		}
		HttpSession session = request.getSession(false);
		String version = consents.currentVersion();
		if (session != null && version.equals(session.getAttribute(ACCEPTED))) {
			return true;
		}
		if (consents.hasAcceptedCurrent(user.id())) {
			if (session != null) {
				session.setAttribute(ACCEPTED, version);
			}
			return true;
		}
		response.sendRedirect(request.getContextPath() + PAGE);
		return false;
	}

	static void remember(HttpServletRequest request, String version) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.setAttribute(ACCEPTED, version);
		}
	}

}
