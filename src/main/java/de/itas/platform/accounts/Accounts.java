package de.itas.platform.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

	Accounts(UserAccountRepository accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	public Optional<AccountSummary> account(UUID id) {
		return accounts.findById(id).map(Accounts::toSummary);
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
