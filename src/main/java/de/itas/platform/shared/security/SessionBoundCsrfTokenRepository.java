package de.itas.platform.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the HTTP session whenever there is one, and in a cookie only for visitors
 * without a session (docs/decisions/0015-csrf-token-bound-to-the-session.md).
 * <p>
 * A token in a cookie alone is a double submit: the server accepts any token that matches the cookie, so
 * somebody who can plant a cookie on the platform's domain (a sibling subdomain, a network on plain HTTP)
 * can forge requests with a token of his own. A token in the session cannot be planted: everything a
 * signed-in person can do is checked against it. Visitors who only read pages still get no session. The
 * cookie of session-less visitors is {@code SameSite=Strict}, so a cross-site request never carries the
 * real one, and with {@code Secure} cookies (the prod profile) it is named with the {@code __Host-}
 * prefix, which browsers accept only from the platform's own origin over HTTPS, never from a subdomain.
 */
final class SessionBoundCsrfTokenRepository implements CsrfTokenRepository {

	static final String HEADER = "X-XSRF-TOKEN";

	static final String PARAMETER = "_csrf";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionBoundCsrfTokenRepository(boolean secureCookie) {
		// one header and parameter name, whichever store the token of a page came from
		session.setHeaderName(HEADER);
		cookie.setHeaderName(HEADER);
		session.setParameterName(PARAMETER);
		cookie.setParameterName(PARAMETER);
		cookie.setCookieCustomizer(customizer -> {
			customizer.sameSite("Strict");
			if (secureCookie) {
				customizer.secure(true);
			}
		});
		if (secureCookie) {
			cookie.setCookieName("__Host-XSRF-TOKEN");
		}
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return session.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			// signing in or out: forget both, so no token of the time before survives
			session.saveToken(null, request, response);
			cookie.saveToken(null, request, response);
		}
		else if (request.getSession(false) != null) {
			session.saveToken(token, request, response);
		}
		else {
			cookie.saveToken(token, request, response);
		}
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		// with a session only the session's token counts, whatever cookie the request brings along
		return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
	}

}
