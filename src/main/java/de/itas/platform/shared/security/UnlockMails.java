package de.itas.platform.shared.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.mail.MailQueue;
import de.itas.platform.shared.mail.Mailer;

/**
 * When the throttle starts refusing an account somewhere, its owner gets a mail with an unlock link: it
 * makes the browser it is opened in a known device ({@link LoginDevices}) for an hour, so the owner signs
 * in with the right password even from a blocked address or a new browser. At most one mail per account
 * and counting window, and none for addresses without an account; the answer to the login attempt is the
 * same either way.
 */
@Component
class UnlockMails {

	private static final Logger log = LoggerFactory.getLogger(UnlockMails.class);

	static final Duration LINK_VALIDITY = Duration.ofHours(1);

	private final JdbcTemplate jdbc;
	private final LoginDevices devices;
	private final Mailer mailer;
	private final ObjectProvider<UserDetailsService> users;
	private final LoginThrottleSettings settings;
	private final Clock clock;
	private final MailQueue queue;
	private final Locale language;

	/**
	 * The mail goes out in the platform's language: the kernel does not know the owner's, and the language of
	 * the request is the one of whoever tried to sign in, perhaps an attacker.
	 */
	UnlockMails(JdbcTemplate jdbc, LoginDevices devices, Mailer mailer, ObjectProvider<UserDetailsService> users,
			LoginThrottleSettings settings, Clock clock, MailQueue queue,
			@Value("${spring.web.locale:de}") Locale language) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.mailer = mailer;
		this.users = users;
		this.settings = settings;
		this.clock = clock;
		this.queue = queue;
		this.language = language;
	}

	/**
	 * Offers the owner of the account an unlock link, unless one went out in the current window. Done after
	 * the response: its duration must not tell whether the account exists.
	 */
	void offer(String username) {
		queue.enqueue(() -> offer(username, language));
	}

	private void offer(String username, Locale locale) {
		UserDetailsService source = users.getIfUnique();
		if (source == null || username.isBlank() || username.length() > 254) {
			return;
		}
		String email;
		try {
			email = source.loadUserByUsername(username.trim()).getUsername();
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		if (!firstInWindow(email)) {
			return;
		}
		String value = devices.issue(email, LINK_VALIDITY);
		mailer.send(email, locale, "shell.mail.unlock.subject", "shell/unlock", Map.of("token", value));
		log.info("Mailed an unlock link to user:{} after its login was throttled", email.toLowerCase(Locale.ROOT));
	}

	/** Claims the account's mail of the window in one statement, so that several instances send one. */
	private boolean firstInWindow(String email) {
		Instant now = clock.instant();
		String key = "mail:" + email.trim().toLowerCase(Locale.ROOT);
		List<String> claimed = jdbc.queryForList("""
				INSERT INTO login_throttle AS t (throttle_key, account, failures, window_start, last_failure_at)
				VALUES (?, ?, 0, ?, ?)
				ON CONFLICT (throttle_key) DO UPDATE SET window_start = EXCLUDED.window_start,
				  last_failure_at = EXCLUDED.last_failure_at
				WHERE t.window_start < ?
				RETURNING throttle_key
				""", String.class, key, email.trim().toLowerCase(Locale.ROOT), Timestamp.from(now),
				Timestamp.from(now), Timestamp.from(now.minus(settings.window())));
		return !claimed.isEmpty();
	}

}
