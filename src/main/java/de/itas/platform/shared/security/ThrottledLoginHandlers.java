package de.itas.platform.shared.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Login outcome handlers that feed the {@link LoginThrottle}. */
final class ThrottledLoginHandlers {

	private ThrottledLoginHandlers() {
	}

	static String username(HttpServletRequest request) {
		String username = request.getParameter("username");
		return username == null ? "" : username;
	}

	static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		private final LoginThrottle throttle;

		Success(LoginThrottle throttle) {
			this.throttle = throttle;
			setDefaultTargetUrl("/mein-bereich");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			throttle.recordSuccess(username(request), request.getRemoteAddr());
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	/** The same answer for unknown accounts and wrong passwords; a separate one once blocked. */
	static final class Failure implements AuthenticationFailureHandler {

		private final LoginThrottle throttle;

		Failure(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			boolean blocked = throttle.recordFailure(username(request), request.getRemoteAddr());
			response.sendRedirect(request.getContextPath() + (blocked ? "/login?blocked" : "/login?error"));
		}

	}

}
