package de.itas.platform;

import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import de.itas.platform.shared.security.PlatformUser;

/**
 * Calls a module's services as a signed-in person, the way a request of theirs would, and restores the
 * caller's security context afterwards (so nested and consecutive calls do not leak a person).
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static <T> T as(PlatformUser user, Callable<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(PlatformUser user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

}
