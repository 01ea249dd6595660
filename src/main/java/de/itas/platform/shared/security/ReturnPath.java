package de.itas.platform.shared.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The page a person came from, carried through sign-in, registration and e-mail verification in the
 * parameter {@value #PARAMETER}, so that they land where they wanted to act. Only paths of this site are
 * accepted: anything with a scheme, a host, a backslash or control characters is refused (no open redirect),
 * and so are the pages of the sign-in journey itself (no loop).
 */
public final class ReturnPath {

	/** The request parameter (and form field) that carries the path. */
	public static final String PARAMETER = "weiter";

	private static final int MAX_LENGTH = 1000;

	/** Pages that are steps of the journey, not destinations. */
	private static final List<String> JOURNEY = List.of("/login", "/logout", "/registrieren", "/konto/bestaetigen",
			"/passwort-vergessen", "/passwort-neu", "/error");

	private ReturnPath() {
	}

	/** The path if it is a safe destination on this site. */
	public static Optional<String> of(@Nullable String candidate) {
		if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")
				|| candidate.startsWith("//") || candidate.indexOf('\\') >= 0
				|| candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = new URI(candidate);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
			return Optional.empty();
		}
		String path = uri.getRawPath();
		boolean journey = JOURNEY.stream().anyMatch(step -> path.equals(step) || path.startsWith(step + "/"));
		return journey ? Optional.empty() : Optional.of(candidate);
	}

	/** {@code base} with the return path appended as a query parameter, or {@code base} alone without one. */
	public static String append(String base, @Nullable String candidate) {
		return of(candidate)
			.map(path -> base + (base.contains("?") ? "&" : "?") + PARAMETER + "="
					+ URLEncoder.encode(path, StandardCharsets.UTF_8))
			.orElse(base);
	}

}
