package de.itas.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import de.itas.platform.shared.mail.MailQueue;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.AccountSessions;
import de.itas.platform.shared.security.RateLimiter;
import de.itas.platform.shared.security.Role;

/**
 * Registration and password reset do the same work whether or not an address has an account, so that the
 * response time does not tell (issue 14, finding 11). Checked by the work done, never by timing.
 */
class RegistrationUnitTests {

	private static final String KNOWN = "bekannt@example.org";
	private static final String UNKNOWN = "unbekannt@example.org";

	private final UserAccountRepository accounts = mock(UserAccountRepository.class);
	private final Tokens tokens = mock(Tokens.class);
	private final Mailer mailer = mock(Mailer.class);
	private final PasswordEncoder passwords = mock(PasswordEncoder.class);
	private final Consents consents = mock(Consents.class);
	private final PlatformTransactionManager transactionManager = mock(PlatformTransactionManager.class);

	/** Keeps queued work instead of running it, as the real queue does until the response has gone out. */
	private final List<Runnable> queued = new ArrayList<>();

	private final MailQueue queue = mock(MailQueue.class);

	private final Registration registration = new Registration(accounts, mock(Organisations.class), consents, tokens,
			mailer, passwords, mock(AccountSessions.class), new RateLimiter(Clock.systemUTC()), queue,
			transactionManager);

	RegistrationUnitTests() {
		doAnswer(call -> queued.add(call.getArgument(0))).when(queue).enqueue(any());
		UserAccount known = new UserAccount(KNOWN, "Bekannte Person", "{argon2}hash", Set.of(Role.EMPLOYEE),
				Instant.parse("2026-11-01T10:00:00Z"));
		when(accounts.findByEmail(KNOWN)).thenReturn(Optional.of(known));
		when(accounts.findByEmail(UNKNOWN)).thenReturn(Optional.empty());
		when(accounts.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
		when(consents.now()).thenReturn(Instant.parse("2026-12-04T10:00:00Z"));
		when(passwords.encode(anyString())).thenReturn("{argon2}new-hash");
		when(tokens.issue(any(), any(), any(), any(), any())).thenReturn("token");
		when(transactionManager.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
	}

	private static RegistrationRequest request(String email) {
		return new RegistrationRequest("Neue Person", email, "ein gutes Passwort 2026", null, null, "de");
	}

	@Test
	void registeringATakenAddressHashesThePasswordAndSendsOneMailLikeANewAccount() {
		registration.register(request(KNOWN));
		verify(passwords, times(1)).encode("ein gutes Passwort 2026");
		verify(mailer, times(1)).send(eq(KNOWN), any(Locale.class), eq("accounts.mail.already-registered.subject"),
				anyString(), anyMap());
		verify(accounts, never()).saveAndFlush(any());

		registration.register(request(UNKNOWN));
		verify(passwords, times(2)).encode("ein gutes Passwort 2026");
		verify(mailer, times(1)).send(eq(UNKNOWN), any(Locale.class), eq("accounts.mail.verify.subject"), anyString(),
				anyMap());
	}

	@Test
	void aResetRequestOnlyQueuesWorkWhetherOrNotTheAddressHasAnAccount() {
		registration.requestPasswordReset(KNOWN, Locale.GERMAN);
		registration.requestPasswordReset(UNKNOWN, Locale.GERMAN);

		// in the request itself: nothing looked up, nothing written, nothing sent
		assertThat(queued).hasSize(2);
		verifyNoInteractions(accounts, tokens, mailer);

		// after the response: a link for the account, nothing for the unknown address
		queued.forEach(Runnable::run);
		verify(tokens).issue(eq(TokenPurpose.RESET_PASSWORD), any(), eq(KNOWN), any(), any());
		verify(mailer).send(eq(KNOWN), eq(Locale.GERMAN), eq("accounts.mail.reset.subject"), anyString(), anyMap());
		verify(mailer, never()).send(eq(UNKNOWN), any(Locale.class), anyString(), anyString(), anyMap());
		verify(transactionManager, times(2)).commit(any(TransactionStatus.class));
	}

	@Test
	void aNewVerificationLinkIsQueuedLikeAResetRequest() {
		registration.resendVerification(KNOWN, Locale.GERMAN);
		registration.resendVerification(UNKNOWN, Locale.GERMAN);
		assertThat(queued).hasSize(2);
		verifyNoInteractions(accounts, tokens, mailer);

		queued.forEach(Runnable::run);
		verify(mailer).send(eq(KNOWN), eq(Locale.GERMAN), eq("accounts.mail.verify.subject"), anyString(), anyMap());
		verify(mailer, never()).send(eq(UNKNOWN), any(Locale.class), anyString(), anyString(), anyMap());
	}

}
