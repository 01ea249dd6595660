package de.itas.platform.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses login attempts for a blocked account and address pair or from a blocked address before the password
 * is checked; a device known for the account is refused only for failures of its own.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

	private final LoginThrottle throttle;
	private final LoginDevices devices;

	LoginThrottleFilter(LoginThrottle throttle, LoginDevices devices) {
		this.throttle = throttle;
		this.devices = devices;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		String username = ThrottledLoginHandlers.username(request);
		if (throttle.isBlocked(username, address, devices.knownDevice(request, username))) {
			log.warn("Refused a login attempt from {} while blocked", address);
			response.sendRedirect(ReturnPath.append(request.getContextPath() + "/login?blocked",
					request.getParameter(ReturnPath.PARAMETER)));
			return;
		}
		chain.doFilter(request, response);
	}

}
