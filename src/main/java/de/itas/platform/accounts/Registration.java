package de.itas.platform.accounts;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.mail.MailQueue;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.AccountSessions;
import de.itas.platform.shared.security.RateLimiter;
import de.itas.platform.shared.security.ReturnPath;
import de.itas.platform.shared.security.Role;

/**
 * Self-service around an account: registration with e-mail verification, password reset and change of
 * e-mail address. No answer ever reveals whether an address is registered: where it matters, the owner of
 * the address learns it by mail instead.
 */
@Service
@Transactional
public class Registration {

	private final UserAccountRepository accounts;
	private final Organisations organisations;
	private final Consents consents;
	private final Tokens tokens;
	private final Mailer mailer;
	private final PasswordEncoder passwords;
	private final AccountSessions sessions;
	private final RateLimiter limiter;
	private final MailQueue queue;
	private final TransactionTemplate transactions;

	Registration(UserAccountRepository accounts, Organisations organisations, Consents consents, Tokens tokens,
			Mailer mailer, PasswordEncoder passwords, AccountSessions sessions, RateLimiter limiter, MailQueue queue,
			PlatformTransactionManager transactionManager) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.consents = consents;
		this.tokens = tokens;
		this.mailer = mailer;
		this.passwords = passwords;
		this.sessions = sessions;
		this.limiter = limiter;
		this.queue = queue;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * How many mails that anybody can make the platform send (registration, new verification link, password
	 * reset) one mailbox gets per hour; beyond it they are left out silently, as the answer must not tell
	 * whether the address has an account.
	 */
	static final int UNSOLICITED_MAILS_PER_HOUR = 3;

	/** Whether another mail that anybody could have asked for may go to the address now (and counts it). */
	private boolean mayMail(String email) {
		return limiter.tryAcquire(new RateLimiter.Limit("accounts.mailbox:" + UserAccount.normalise(email),
				UNSOLICITED_MAILS_PER_HOUR, Duration.ofHours(1)));
	}

	/** Registers a person or a company; an existing address gets a hint by mail instead of a new account. */
	public void register(RegistrationRequest request) {
		String email = UserAccount.normalise(request.email());
		Locale locale = Locale.forLanguageTag(request.language());
		// hashed in both cases: the hash is most of the work, and its absence would tell by the response time
		// that the address is registered
		String passwordHash = passwords.encode(request.password());
		Optional<UserAccount> existing = accounts.findByEmail(email);
		if (existing.isPresent()) {
			if (!mayMail(email)) {
				return;
			}
			mailer.send(email, locale, "accounts.mail.already-registered.subject", "accounts/already-registered",
					Map.of("name", existing.get().displayName()));
			return;
		}
		Set<Role> roles = request.isCompany() ? Set.of() : Set.of(Role.EMPLOYEE);
		UserAccount account = new UserAccount(email, request.displayName().trim(), passwordHash,
				roles, consents.now());
		account.speaks(locale.getLanguage());
		// flushed at once: consents and links refer to the account through plain JDBC
		accounts.saveAndFlush(account);
		consents.acceptCurrent(account.id());
		if (request.isCompany()) {
			OrganisationSummary company = organisations.register(request.companyName().trim(), OrganisationKind.COMPANY,
					request.districtCode(), null);
			organisations.addMember(company.id(), account.id(), Role.COMPANY_ADMIN);
			organisations.addMember(company.id(), account.id(), Role.COMPANY_MEMBER);
		}
		sendVerification(account, locale, request.returnTo());
	}

	public LinkState verificationLink(String token) {
		return tokens.state(tokens.find(TokenPurpose.VERIFY_EMAIL, token));
	}

	/** Confirms the address behind a verification link; answers the link's state before it was used. */
	public LinkState verify(String token) {
		Optional<Tokens.Token> found = tokens.find(TokenPurpose.VERIFY_EMAIL, token);
		LinkState state = tokens.state(found);
		if (state == LinkState.VALID && tokens.use(found.get())) {
			accounts.findById(found.get().userId()).ifPresent(UserAccount::verifyEmail);
		}
		return state;
	}

	/**
	 * Sends a new verification link if the address belongs to an unverified account; silent otherwise. Queued
	 * like a reset request, so that the response time does not tell which.
	 */
	public void resendVerification(String email, Locale locale) {
		String address = UserAccount.normalise(email);
		queue.enqueue(() -> transactions.executeWithoutResult(status -> accounts.findByEmail(address)
			.filter(account -> !account.emailVerified())
			.filter(account -> mayMail(account.email()))
			.ifPresent(account -> sendVerification(account, locale, null))));
	}

	private void sendVerification(UserAccount account, Locale locale, @Nullable String returnTo) {
		tokens.revoke(account.id(), TokenPurpose.VERIFY_EMAIL);
		String token = tokens.issue(TokenPurpose.VERIFY_EMAIL, account.id(), account.email(), null, null);
		// the link leads back to the page the person registered from, through verification and sign-in
		mailer.send(account.email(), locale, "accounts.mail.verify.subject", "accounts/verify",
				Map.of("name", account.displayName(), "link",
						ReturnPath.append(mailer.baseUrl() + "/konto/bestaetigen?token=" + token, returnTo)));
	}

	/**
	 * Mails a reset link if the address belongs to an account; silent otherwise. The work is queued and done
	 * after the response, so that the request takes the same time whether or not the address is registered.
	 */
	public void requestPasswordReset(String email, Locale locale) {
		String address = UserAccount.normalise(email);
		queue.enqueue(() -> transactions.executeWithoutResult(status -> sendResetLink(address, locale)));
	}

	private void sendResetLink(String email, Locale locale) {
		accounts.findByEmail(email).filter(account -> mayMail(account.email())).ifPresent(account -> {
			tokens.revoke(account.id(), TokenPurpose.RESET_PASSWORD);
			String token = tokens.issue(TokenPurpose.RESET_PASSWORD, account.id(), account.email(), null, null);
			mailer.send(account.email(), locale, "accounts.mail.reset.subject", "accounts/reset",
					Map.of("name", account.displayName(), "token", token));
		});
	}

	public LinkState resetLink(String token) {
		return tokens.state(tokens.find(TokenPurpose.RESET_PASSWORD, token));
	}

	/**
	 * Sets a new password through a reset link and ends the account's other sessions. Following the link
	 * proves the address, so an unverified account counts as verified afterwards.
	 */
	public LinkState resetPassword(String token, String newPassword) {
		Optional<Tokens.Token> found = tokens.find(TokenPurpose.RESET_PASSWORD, token);
		LinkState state = tokens.state(found);
		if (state == LinkState.VALID && tokens.use(found.get())) {
			accounts.findById(found.get().userId()).ifPresent(account -> {
				account.changePassword(passwords.encode(newPassword));
				account.verifyEmail();
				sessions.endOtherSessions(account.email());
			});
			return LinkState.VALID;
		}
		return state == LinkState.VALID ? LinkState.USED : state;
	}

	/** Outcome of a request to change the e-mail address. */
	public enum EmailChange {

		/** A confirmation link went to the new address (or a hint, if it is taken). */
		REQUESTED,
		/** The current password was wrong; nothing was sent. */
		WRONG_PASSWORD

	}

	public EmailChange requestEmailChange(UUID userId, String newEmail, String currentPassword, Locale locale) {
		UserAccount account = accounts.findById(userId).orElseThrow();
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			return EmailChange.WRONG_PASSWORD;
		}
		String target = UserAccount.normalise(newEmail);
		if (accounts.existsByEmail(target)) {
			mailer.send(target, locale, "accounts.mail.already-registered.subject", "accounts/already-registered",
					Map.of("name", ""));
			return EmailChange.REQUESTED;
		}
		tokens.revoke(account.id(), TokenPurpose.CHANGE_EMAIL);
		String token = tokens.issue(TokenPurpose.CHANGE_EMAIL, account.id(), target, null, null);
		mailer.send(target, locale, "accounts.mail.change-email.subject", "accounts/change-email",
				Map.of("name", account.displayName(), "token", token));
		mailer.send(account.email(), locale, "accounts.mail.change-email-notice.subject", "accounts/change-email-notice",
				Map.of("name", account.displayName(), "newEmail", target));
		return EmailChange.REQUESTED;
	}

	public LinkState emailChangeLink(String token) {
		return tokens.state(tokens.find(TokenPurpose.CHANGE_EMAIL, token));
	}

	/**
	 * Switches to the new address and ends the account's other sessions; refused (as USED) if somebody
	 * registered that address meanwhile.
	 */
	public LinkState confirmEmailChange(String token) {
		Optional<Tokens.Token> found = tokens.find(TokenPurpose.CHANGE_EMAIL, token);
		LinkState state = tokens.state(found);
		if (state != LinkState.VALID) {
			return state;
		}
		String target = found.get().email();
		if (target == null || accounts.existsByEmail(target) || !tokens.use(found.get())) {
			return LinkState.USED;
		}
		accounts.findById(found.get().userId()).ifPresent(account -> {
			// the sessions are indexed by the address they signed in with
			sessions.endOtherSessions(account.email());
			account.changeEmail(target);
		});
		return LinkState.VALID;
	}

}
