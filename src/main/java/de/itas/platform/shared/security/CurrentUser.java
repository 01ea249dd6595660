package de.itas.platform.shared.security;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the person behind the current request. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<PlatformUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PlatformUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static Set<Role> roles() {
		return get().map(PlatformUser::roles).orElse(Set.of());
	}

}
