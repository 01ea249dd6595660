package de.itas.platform.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.privacy.PersonalData;
import de.itas.platform.shared.security.AccountSessions;

/**
 * A person's rights over their data: export of everything stored (collected from every module's
 * {@link PersonalData}) and deletion of the account after a grace period in which it can be undone.
 */
@Service
public class Privacy {

	private static final Logger log = LoggerFactory.getLogger(Privacy.class);

	/** Serialises deletion runs of several instances (an arbitrary, fixed advisory-lock key). */
	private static final long PURGE_LOCK = 0x17A5_0DE1L;

	private final List<PersonalData> modules;
	private final UserAccountRepository accounts;
	private final PasswordEncoder passwords;
	private final PrivacySettings settings;
	private final Mailer mailer;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final AccountSessions sessions;

	Privacy(List<PersonalData> modules, UserAccountRepository accounts, PasswordEncoder passwords,
			PrivacySettings settings, Mailer mailer, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			AccountSessions sessions) {
		// accounts goes last: the others may still look up the account while they erase
		this.modules = modules.stream()
			.sorted(java.util.Comparator.comparing(module -> module instanceof AccountsPersonalData))
			.toList();
		this.accounts = accounts;
		this.passwords = passwords;
		this.settings = settings;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.sessions = sessions;
	}

	/** Everything stored about the person, by module. */
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID person) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", clock.instant().toString());
		modules.stream()
			.sorted(java.util.Comparator.comparing(PersonalData::module))
			.forEach(module -> export.put(module.module(), module.export(person)));
		return export;
	}

	/** When the account will be deleted, if deletion was requested. */
	@Transactional(readOnly = true)
	public Optional<Instant> scheduledDeletion(UUID person) {
		return accounts.findById(person)
			.map(UserAccount::deletionRequestedAt)
			.map(requested -> requested.plus(settings.deletionGracePeriod()));
	}

	/**
	 * Requests deletion, confirmed with the password, and ends the account's other sessions; answers false
	 * (and changes nothing) if the password is wrong.
	 */
	@Transactional
	public boolean requestDeletion(UUID person, String password, Locale locale) {
		UserAccount account = accounts.findById(person).orElseThrow();
		if (!passwords.matches(password, account.passwordHash())) {
			return false;
		}
		account.requestDeletion(clock.instant());
		sessions.endOtherSessions(account.email());
		Instant due = clock.instant().plus(settings.deletionGracePeriod());
		mailer.send(account.email(), locale, "accounts.mail.deletion.subject", "accounts/deletion",
				Map.of("name", account.displayName(), "date",
						java.time.LocalDate.ofInstant(due, clock.getZone()).format(
								java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
		return true;
	}

	@Transactional
	public void cancelDeletion(UUID person) {
		accounts.findById(person).ifPresent(UserAccount::cancelDeletion);
	}

	/** Deletes every account whose grace period is over; several instances never run it at once. */
	@Scheduled(cron = "${platform.privacy.purge-cron:0 17 3 * * *}")
	public int purgeDue() {
		Integer purged = transactions.execute(status -> {
			Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, PURGE_LOCK);
			if (!Boolean.TRUE.equals(locked)) {
				return 0;
			}
			List<UUID> due = jdbc.queryForList(
					"SELECT id FROM accounts.user_account WHERE deletion_requested_at IS NOT NULL AND deletion_requested_at < ?",
					UUID.class, Timestamp.from(clock.instant().minus(settings.deletionGracePeriod())));
			due.forEach(this::erase);
			return due.size();
		});
		if (purged != null && purged > 0) {
			log.info("Deleted {} accounts after their grace period", purged);
		}
		return purged == null ? 0 : purged;
	}

	private void erase(UUID person) {
		modules.forEach(module -> module.erase(person));
	}

}
