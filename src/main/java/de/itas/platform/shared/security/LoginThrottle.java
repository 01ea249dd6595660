package de.itas.platform.shared.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins in PostgreSQL, so that every instance of the platform sees the same counts, with the
 * rules of {@link LoginThrottleSettings}: growing delays per account and address pair, a limit per address,
 * and an account attacked from many addresses reported (logged and on the admin page) but never locked.
 * Unknown accounts are counted like known ones: the answer never reveals whether an account exists.
 */
@Component
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Longest e-mail address (RFC 5321); longer "user names" are cut, so that keys fit their column. */
	private static final int MAX_ACCOUNT = 254;

	private static final int MAX_ADDRESS = 64;

	/** An account that failed logins from several addresses try to get into. */
	public record AttackedAccount(String account, int failures, int addresses, Instant lastFailure) {
	}

	/** A running block: of one account from one address, or of an address for every account. */
	public record Block(String key, @Nullable String account, String address, int failures, Instant blockedUntil) {

		public boolean wholeAddress() {
			return account == null;
		}

	}

	private final JdbcTemplate jdbc;
	private final LoginThrottleSettings settings;
	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, LoginThrottleSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether attempts for this account from this address, or from this address at all, are refused now. */
	boolean isBlocked(String username, String address) {
		return isBlocked(username, address, null);
	}

	/**
	 * The same; a device known for this account ({@link LoginDevices}) is refused only after failures of its
	 * own, never because of the pair's or the address's.
	 */
	boolean isBlocked(String username, String address, @Nullable String device) {
		String first = device != null ? device : pairKey(username, address);
		String second = device != null ? device : addressKey(address);
		Integer blocked = jdbc.queryForObject(
				"SELECT count(*) FROM login_throttle WHERE throttle_key IN (?, ?) AND blocked_until > ?", Integer.class,
				first, second, Timestamp.from(clock.instant()));
		return blocked != null && blocked > 0;
	}

	/** Counts a failed attempt; answers whether this account from this address is now refused. */
	@Transactional
	boolean recordFailure(String username, String address) {
		return recordFailure(username, address, null);
	}

	/**
	 * Counts a failed attempt; from a known device under the device's own key (growing delays like a pair) and
	 * not for the address, whose limit is meant for strangers.
	 */
	@Transactional
	boolean recordFailure(String username, String address, @Nullable String device) {
		Instant now = clock.instant();
		String account = account(username);
		String from = address(address);
		if (device != null) {
			int deviceFailures = countFailure(device, account, from, now);
			Duration delay = settings.delayAfter(deviceFailures);
			countAttack(username, account, now);
			if (delay.isZero()) {
				return false;
			}
			block(device, now.plus(delay));
			log.warn("Login delayed for user:{} on a known device from {} for {} after {} failures", account, from,
					delay, deviceFailures);
			return true;
		}

		int pairFailures = countFailure(pairKey(username, address), account, from, now);
		Duration delay = settings.delayAfter(pairFailures);
		boolean blocked = false;
		if (!delay.isZero()) {
			block(pairKey(username, address), now.plus(delay));
			log.warn("Login delayed for user:{} from {} for {} after {} failures", account, from, delay, pairFailures);
			blocked = true;
		}

		int addressFailures = countFailure(addressKey(address), null, from, now);
		if (addressFailures >= settings.addressMaxFailures()) {
			Instant until = now.plus(settings.addressBlockDuration());
			block(addressKey(address), until);
			log.warn("Login blocked for every account from {} until {} after {} failures", from, until,
					addressFailures);
			blocked = true;
		}

		countAttack(username, account, now);
		return blocked;
	}

	private void countAttack(String username, String account, Instant now) {
		int accountFailures = countFailure(accountKey(username), account, null, now);
		if (accountFailures > 0 && accountFailures % settings.attackFailures() == 0) {
			log.warn("Possible attack on the login of user:{}: {} failures from {} addresses since {}", account,
					accountFailures, addresses(account), windowStart(accountKey(username)));
		}
	}

	/** A successful login clears the failures of this account from this address (not the address's). */
	@Transactional
	void recordSuccess(String username, String address) {
		recordSuccess(username, address, null);
	}

	/** The same, and the failures of the known device it came from. */
	@Transactional
	void recordSuccess(String username, String address, @Nullable String device) {
		jdbc.update("DELETE FROM login_throttle WHERE throttle_key IN (?, ?)", pairKey(username, address),
				device != null ? device : pairKey(username, address));
	}

	/** Accounts with at least {@code attackFailures} failures in the current window, most recent first. */
	public List<AttackedAccount> attackedAccounts() {
		return jdbc.query("""
				SELECT u.account, u.failures, u.last_failure_at,
				       (SELECT count(*) FROM login_throttle p
				        WHERE p.account = u.account AND p.throttle_key LIKE 'pair:%') AS addresses
				FROM login_throttle u
				WHERE u.throttle_key LIKE 'user:%' AND u.failures >= ? AND u.window_start >= ?
				ORDER BY u.last_failure_at DESC
				LIMIT 100
				""", (rs, row) -> new AttackedAccount(rs.getString("account"), rs.getInt("failures"),
				rs.getInt("addresses"), rs.getTimestamp("last_failure_at").toInstant()), settings.attackFailures(),
				Timestamp.from(clock.instant().minus(settings.window())));
	}

	/** Blocks that are running now, the longest first. */
	public List<Block> blocks() {
		return jdbc.query("""
				SELECT throttle_key, account, address, failures, blocked_until
				FROM login_throttle
				WHERE blocked_until > ? AND throttle_key NOT LIKE 'user:%'
				ORDER BY blocked_until DESC
				LIMIT 200
				""", (rs, row) -> new Block(rs.getString("throttle_key"),
				rs.getString("throttle_key").startsWith("ip:") ? null : rs.getString("account"),
				rs.getString("address"), rs.getInt("failures"), rs.getTimestamp("blocked_until").toInstant()),
				Timestamp.from(clock.instant()));
	}

	/** Lifts a block and forgets its failures (an admin who knows the person). */
	@Transactional
	public void lift(String key) {
		if (jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ? AND throttle_key NOT LIKE 'user:%'", key) > 0) {
			log.info("Login block {} lifted by an admin", key);
		}
	}

	/** Forgets failures whose window has passed and that block nothing, from every instance alike. */
	@Scheduled(cron = "${platform.security.login-throttle.purge-cron:0 */10 * * * *}")
	void purge() {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("DELETE FROM login_throttle WHERE window_start < ? AND (blocked_until IS NULL OR blocked_until < ?)",
				Timestamp.from(clock.instant().minus(settings.window())), now);
	}

	private int countFailure(String key, @Nullable String account, @Nullable String address, Instant now) {
		Timestamp windowStart = Timestamp.from(now.minus(settings.window()));
		// one statement, so that concurrent failures on several instances are all counted; the row stays
		// locked until the transaction ends, so the block written next belongs to this count
		Integer failures = jdbc.queryForObject("""
				INSERT INTO login_throttle AS t (throttle_key, account, address, failures, window_start, last_failure_at)
				VALUES (?, ?, ?, 1, ?, ?)
				ON CONFLICT (throttle_key) DO UPDATE SET
				  failures = CASE WHEN t.window_start < ? THEN 1 ELSE t.failures + 1 END,
				  window_start = CASE WHEN t.window_start < ? THEN EXCLUDED.window_start ELSE t.window_start END,
				  last_failure_at = EXCLUDED.last_failure_at
				RETURNING failures
				""", Integer.class, key, account, address, Timestamp.from(now), Timestamp.from(now), windowStart,
				windowStart);
		return failures == null ? 0 : failures;
	}

	private void block(String key, Instant until) {
		jdbc.update("UPDATE login_throttle SET blocked_until = ? WHERE throttle_key = ?", Timestamp.from(until), key);
	}

	private int addresses(String account) {
		Integer count = jdbc.queryForObject(
				"SELECT count(*) FROM login_throttle WHERE account = ? AND throttle_key LIKE 'pair:%'", Integer.class,
				account);
		return count == null ? 0 : count;
	}

	private @Nullable Instant windowStart(String key) {
		return jdbc.query("SELECT window_start FROM login_throttle WHERE throttle_key = ?",
				rs -> rs.next() ? rs.getTimestamp(1).toInstant() : null, key);
	}

	private static String account(String username) {
		String account = username.trim().toLowerCase(Locale.ROOT);
		return account.length() > MAX_ACCOUNT ? account.substring(0, MAX_ACCOUNT) : account;
	}

	private static String address(String address) {
		return address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
	}

	private static String pairKey(String username, String address) {
		return "pair:" + account(username) + "|" + address(address);
	}

	private static String accountKey(String username) {
		return "user:" + account(username);
	}

	private static String addressKey(String address) {
		return "ip:" + address(address);
	}

}
