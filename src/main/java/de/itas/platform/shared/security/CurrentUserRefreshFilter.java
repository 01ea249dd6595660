package de.itas.platform.shared.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the person kept in the session by their current state at every request: a role granted or
 * taken away applies at once, and a disabled or deleted account is signed out.
 */
class CurrentUserRefreshFilter extends OncePerRequestFilter {

	private final PlatformUserSource users;
	private final SecurityContextRepository contexts;

	CurrentUserRefreshFilter(PlatformUserSource users, SecurityContextRepository contexts) {
		this.users = users;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PlatformUser user) {
			Optional<PlatformUser> current = users.reload(user.id()).filter(PlatformUser::isEnabled);
			if (current.isEmpty()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!current.get().roles().equals(user.roles())
					|| !current.get().getDisplayName().equals(user.getDisplayName())
					|| !current.get().email().equals(user.email())) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current.get(), null,
						current.get().getAuthorities()));
				SecurityContextHolder.setContext(context);
				contexts.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
