package de.itas.platform.shared.notifications;

import java.nio.charset.StandardCharsets;
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
 * Signed unsubscribe links: the token names the person and what to switch off (a kind, or a digest as
 * {@code @DAILY}/{@code @WEEKLY}) and carries an HMAC-SHA256 under a key that the first instance creates at
 * random and keeps in the database, so that every instance accepts the links of the others and no
 * configuration is needed. Nothing else is stored per link.
 */
@Component
class UnsubscribeLinks implements SmartInitializingSingleton {

	static final String PATH = "/benachrichtigungen/abbestellen";

	private final SignedTokens tokens;
	private final Mailer mailer;

	UnsubscribeLinks(JdbcClient jdbc, PlatformTransactionManager transactions, Mailer mailer) {
		this.tokens = new SignedTokens(jdbc, transactions, "notification_signing_key");
		this.mailer = mailer;
	}

	/** What a link switches off for whom. */
	record Target(UUID person, String scope) {

		/** The digest frequency, for a link from a digest mail. */
		Optional<Delivery> digest() {
			return scope.startsWith("@") ? Optional.of(Delivery.valueOf(scope.substring(1))) : Optional.empty();
		}

	}

	/**
	 * Loads (or creates) the key at start-up, so that no request needs a second connection for it while it
	 * holds one.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		tokens.loadKey();
	}

	static String digestScope(Delivery frequency) {
		return "@" + frequency.name();
	}

	String url(UUID person, String scope) {
		return mailer.baseUrl() + PATH + "?token=" + token(person, scope);
	}

	String token(UUID person, String scope) {
		byte[] scopeBytes = scope.getBytes(StandardCharsets.UTF_8);
		return tokens.sign(SignedTokens.withId(person, scopeBytes.length).put(scopeBytes).array());
	}

	Optional<Target> verify(@Nullable String token) {
		Optional<byte[]> payload = tokens.verify(token);
		if (payload.isEmpty() || payload.get().length <= 16) {
			return Optional.empty();
		}
		byte[] bytes = payload.get();
		String scope = new String(bytes, 16, bytes.length - 16, StandardCharsets.UTF_8);
		if (scope.startsWith("@")) {
			try {
				if (!Delivery.valueOf(scope.substring(1)).digest()) {
					return Optional.empty();
				}
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}
		return Optional.of(new Target(SignedTokens.idOf(bytes), scope));
	}

}
