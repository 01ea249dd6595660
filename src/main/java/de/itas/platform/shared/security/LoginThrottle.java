package de.itas.platform.shared.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and per client address in PostgreSQL, so that every instance of the
 * platform sees the same counts. Unknown accounts are counted like known ones: the answer never reveals
 * whether an account exists.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final JdbcTemplate jdbc;
	private final LoginThrottleSettings settings;
	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, LoginThrottleSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether attempts for this account or from this address are refused right now. */
	boolean isBlocked(String username, String address) {
		Integer blocked = jdbc.queryForObject(
				"SELECT count(*) FROM login_throttle WHERE throttle_key IN (?, ?) AND blocked_until > ?", Integer.class,
				accountKey(username), addressKey(address), Timestamp.from(clock.instant()));
		return blocked != null && blocked > 0;
	}

	/** Counts a failed attempt; answers whether the account or address is now blocked. */
	@Transactional
	boolean recordFailure(String username, String address) {
		boolean blocked = false;
		for (String key : List.of(accountKey(username), addressKey(address))) {
			blocked |= countFailure(key);
		}
		return blocked;
	}

	/** A successful login clears the counts of the account and the address. */
	@Transactional
	void recordSuccess(String username, String address) {
		jdbc.update("DELETE FROM login_throttle WHERE throttle_key IN (?, ?)", accountKey(username),
				addressKey(address));
	}

	private boolean countFailure(String key) {
		Instant now = clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(settings.window()));
		Timestamp blockedUntil = Timestamp.from(now.plus(settings.blockDuration()));
		// one statement, so that concurrent failures on several instances are all counted
		Boolean blocked = jdbc.queryForObject("""
				INSERT INTO login_throttle AS t (throttle_key, failures, window_start, blocked_until)
				VALUES (?, 1, ?, CASE WHEN 1 >= ? THEN ?::timestamptz END)
				ON CONFLICT (throttle_key) DO UPDATE SET
				  failures = CASE WHEN t.window_start < ? THEN 1 ELSE t.failures + 1 END,
				  window_start = CASE WHEN t.window_start < ? THEN EXCLUDED.window_start ELSE t.window_start END,
				  blocked_until = CASE
				    WHEN (CASE WHEN t.window_start < ? THEN 1 ELSE t.failures + 1 END) >= ? THEN ?::timestamptz
				    ELSE t.blocked_until END
				RETURNING blocked_until IS NOT NULL AND blocked_until > ?
				""", Boolean.class, key, Timestamp.from(now), settings.maxFailures(), blockedUntil, windowStart,
				windowStart, windowStart, settings.maxFailures(), blockedUntil, Timestamp.from(now));
		if (Boolean.TRUE.equals(blocked)) {
			log.warn("Login blocked for {} until {} after repeated failures", key, blockedUntil.toInstant());
			return true;
		}
		return false;
	}

	private static String accountKey(String username) {
		return "user:" + username.trim().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "ip:" + address;
	}

}
