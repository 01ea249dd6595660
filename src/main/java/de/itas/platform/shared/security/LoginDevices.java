package de.itas.platform.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Browsers that signed in to an account before ("known devices", after OWASP's device cookies): a random
 * value in an HttpOnly cookie, of which PostgreSQL keeps only the hash and the account. The login throttle
 * counts the failures of a known device on their own, so that an attacker's failures for the same account
 * from the same address (a shared network) never keep the owner's own browser out.
 */
@Component
public class LoginDevices {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration LIFETIME = Duration.ofDays(365);

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final boolean secure;

	LoginDevices(JdbcTemplate jdbc, Clock clock,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.secure = secure;
	}

	/** The throttle key of the request's device if it is known for this account, otherwise null. */
	@Nullable String knownDevice(HttpServletRequest request, String username) {
		String value = cookieValue(request);
		if (value == null) {
			return null;
		}
		String hash = hash(value);
		Integer known = jdbc.queryForObject(
				"SELECT count(*) FROM login_device WHERE token_hash = ? AND account = ? AND valid_until > ?",
				Integer.class, hash, account(username), Timestamp.from(clock.instant()));
		return known != null && known > 0 ? "device:" + hash : null;
	}

	/** After a successful login: the device is known for this account from now on (for a year after its last use). */
	void remember(HttpServletRequest request, HttpServletResponse response, String username) {
		Timestamp until = Timestamp.from(clock.instant().plus(LIFETIME));
		String value = cookieValue(request);
		if (value != null && jdbc.update("UPDATE login_device SET valid_until = ? WHERE token_hash = ? AND account = ?",
				until, hash(value), account(username)) > 0) {
			return;
		}
		setCookie(response, issue(username, LIFETIME));
	}

	/** A new device value for the account, known for {@code validity} (an unlock link: an hour). */
	String issue(String username, Duration validity) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		jdbc.update("INSERT INTO login_device (token_hash, account, created_at, valid_until) VALUES (?, ?, ?, ?)",
				hash(value), account(username), Timestamp.from(clock.instant()),
				Timestamp.from(clock.instant().plus(validity)));
		return value;
	}

	/** Whether the value (of an unlock link) belongs to a device that is still known for some account. */
	public boolean isKnown(String value) {
		Integer known = value.length() > 64 ? Integer.valueOf(0)
				: jdbc.queryForObject("SELECT count(*) FROM login_device WHERE token_hash = ? AND valid_until > ?",
						Integer.class, hash(value), Timestamp.from(clock.instant()));
		return known != null && known > 0;
	}

	/** Makes this browser the device of the value. */
	public void setCookie(HttpServletResponse response, String value) {
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(cookieName(), value)
			.path("/")
			.httpOnly(true)
			.secure(secure)
			.sameSite("Lax")
			.maxAge(LIFETIME)
			.build()
			.toString());
	}

	/** Forgets devices unused for a year and unlock links not followed by a login in time. */
	@Scheduled(cron = "${platform.security.login-throttle.purge-cron:0 */10 * * * *}")
	void purge() {
		jdbc.update("DELETE FROM login_device WHERE valid_until < ?", Timestamp.from(clock.instant()));
	}

	private @Nullable String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (cookieName().equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()
					&& cookie.getValue().length() <= 64) {
				return cookie.getValue();
			}
		}
		return null;
	}

	/** With Secure cookies the __Host- prefix: only the platform's own origin can set it, no subdomain. */
	String cookieName() {
		return secure ? "__Host-ITAS-DEVICE" : "ITAS-DEVICE";
	}

	private static String account(String username) {
		String account = username.trim().toLowerCase(Locale.ROOT);
		return account.length() > 254 ? account.substring(0, 254) : account;
	}

	private static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
