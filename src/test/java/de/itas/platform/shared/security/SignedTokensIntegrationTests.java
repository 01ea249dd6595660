package de.itas.platform.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import de.itas.platform.PlatformTest;

/**
 * Signed tokens against the key tables of the running application: what one instance signs another accepts (the
 * key is shared through the database), and an altered payload, an altered signature, garbage or a token signed
 * under another table's key are refused.
 */
@PlatformTest
class SignedTokensIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aTokenSignedByOneInstanceIsAcceptedByAnotherAndCarriesItsPayload() {
		UUID id = UUID.randomUUID();
		byte[] scope = "events.reminder".getBytes(StandardCharsets.UTF_8);
		String token = tokens("notification_signing_key").sign(SignedTokens.withId(id, scope.length).put(scope).array());

		byte[] payload = tokens("notification_signing_key").verify(token).orElseThrow();
		assertThat(SignedTokens.idOf(payload)).isEqualTo(id);
		assertThat(new String(payload, 16, payload.length - 16, StandardCharsets.UTF_8)).isEqualTo("events.reminder");
	}

	@Test
	void alteredForeignAndMalformedTokensAreRefused() {
		SignedTokens notifications = tokens("notification_signing_key");
		String token = notifications.sign(SignedTokens.withId(UUID.randomUUID(), 0).array());
		int dot = token.indexOf('.');
		String otherPayload = notifications.sign(SignedTokens.withId(UUID.randomUUID(), 0).array());

		assertThat(notifications.verify(otherPayload.substring(0, dot) + token.substring(dot))).as("payload swapped")
			.isEmpty();
		assertThat(notifications.verify(token.substring(0, dot + 1) + "AAAAAAAAAAAAAAAAAAAAAA")).as("signature forged")
			.isEmpty();
		assertThat(notifications.verify(token.replace('.', '-'))).as("no separator").isEmpty();
		assertThat(notifications.verify("%%%.%%%")).as("not Base64").isEmpty();
		assertThat(notifications.verify(null)).isEmpty();
		assertThat(tokens("portal.newsletter_signing_key").verify(token)).as("signed under another key").isEmpty();
		assertThat(notifications.verify(token)).as("the untouched token").isPresent();
	}

	private SignedTokens tokens(String table) {
		return new SignedTokens(jdbc, transactions, table);
	}

}
