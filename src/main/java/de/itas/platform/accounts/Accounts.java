package de.itas.platform.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.security.Role;
import org.springframework.modulith.NamedInterface;

/** The accounts module's API. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Accounts {

	private final UserAccountRepository accounts;
	private final PasswordEncoder passwords;
	private final JdbcClient jdbc;

	Accounts(UserAccountRepository accounts, PasswordEncoder passwords, JdbcClient jdbc) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	public Optional<AccountSummary> account(UUID id) {
		return accounts.findById(id).map(Accounts::toSummary);
	}

	/**
	 * The enabled, verified accounts that hold the role, globally or through a membership: whom a module tells
	 * about work waiting for that role (a report to moderate, an inquiry in the coordination's queue).
	 */
	public List<UUID> holdersOf(Role role) {
		return jdbc.sql("""
				SELECT a.id FROM accounts.user_account a
				WHERE a.enabled AND a.email_verified
				  AND (EXISTS (SELECT 1 FROM accounts.user_role r WHERE r.user_id = a.id AND r.role = :role)
				       OR EXISTS (SELECT 1 FROM accounts.membership m WHERE m.user_id = a.id AND m.role = :role))
				ORDER BY a.id""")
			.param("role", role.name())
			.query(UUID.class)
			.list();
	}

	/** The account's e-mail address if its owner has proven it (by a link or an invitation). */
	public Optional<String> verifiedEmail(UUID id) {
		return accounts.findById(id).filter(UserAccount::emailVerified).map(UserAccount::email);
	}

	/**
	 * Creates a seeded account (demo data, staff created by an admin) unless one with this e-mail exists;
	 * the address counts as verified. Answers whether it created one.
	 */
	@Transactional
	boolean createIfAbsent(String email, String displayName, String rawPassword, Set<Role> roles, Instant now) {
		if (accounts.existsByEmail(UserAccount.normalise(email))) {
			return false;
		}
		UserAccount account = new UserAccount(email, displayName, passwords.encode(rawPassword), roles, now);
		account.verifyEmail();
		accounts.save(account);
		return true;
	}

	private static AccountSummary toSummary(UserAccount account) {
		return new AccountSummary(account.id(), account.email(), account.displayName(), account.roles(),
				account.createdAt());
	}

}
