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
		private final LoginDevices devices;

		Success(LoginThrottle throttle, LoginDevices devices) {
			this.throttle = throttle;
			this.devices = devices;
			setDefaultTargetUrl("/mein-bereich");
			// a page named by the login form wins over a saved request; an unsafe one falls back to the default
			setTargetUrlParameter(ReturnPath.PARAMETER);
		}

		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
			return ReturnPath.of(request.getParameter(ReturnPath.PARAMETER)).orElse(getDefaultTargetUrl());
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			String username = username(request);
			throttle.recordSuccess(username, request.getRemoteAddr(), devices.knownDevice(request, username));
			devices.remember(request, response, username);
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	/** The same answer for unknown accounts and wrong passwords; a separate one once blocked. */
	static final class Failure implements AuthenticationFailureHandler {

		private final LoginThrottle throttle;
		private final LoginDevices devices;
		private final UnlockMails unlockMails;

		Failure(LoginThrottle throttle, LoginDevices devices, UnlockMails unlockMails) {
			this.throttle = throttle;
			this.devices = devices;
			this.unlockMails = unlockMails;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String username = username(request);
			String device = devices.knownDevice(request, username);
			boolean blocked = throttle.recordFailure(username, request.getRemoteAddr(), device);
			if (blocked && device == null) {
				// the owner may be the one refused now: a link by mail lets their browser in
				unlockMails.offer(username);
			}
			// the page the person came from stays with the form for the next attempt
			response.sendRedirect(ReturnPath.append(request.getContextPath() + (blocked ? "/login?blocked" : "/login?error"),
					request.getParameter(ReturnPath.PARAMETER)));
		}

	}

}
