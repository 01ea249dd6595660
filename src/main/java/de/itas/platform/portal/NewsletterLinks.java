package de.itas.platform.portal;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.SignedTokens;

/**
 * Signed unsubscribe links of newsletter mails: the token names the subscriber and carries an HMAC-SHA256 under a
 * key that the first instance creates at random and keeps in the database (as the notifications do), so that a
 * link works for every mail ever sent without storing a token per mail.
 */
@Component
class NewsletterLinks implements SmartInitializingSingleton {

	static final String UNSUBSCRIBE = "/newsletter/abmelden";

	private final SignedTokens tokens;
	private final Mailer mailer;

	NewsletterLinks(JdbcClient jdbc, PlatformTransactionManager transactions, Mailer mailer) {
		this.tokens = new SignedTokens(jdbc, transactions, "portal.newsletter_signing_key");
		this.mailer = mailer;
	}

	/** Loads (or creates) the key at start-up, so that no request needs a second connection for it. */
	@Override
	public void afterSingletonsInstantiated() {
		tokens.loadKey();
	}

	String unsubscribeUrl(UUID subscriber) {
		return mailer.baseUrl() + UNSUBSCRIBE + "?token=" + token(subscriber);
	}

	String token(UUID subscriber) {
		return tokens.sign(SignedTokens.withId(subscriber, 0).array());
	}

	Optional<UUID> verify(@Nullable String token) {
		return tokens.verify(token).filter(payload -> payload.length == 16).map(SignedTokens::idOf);
	}

}
