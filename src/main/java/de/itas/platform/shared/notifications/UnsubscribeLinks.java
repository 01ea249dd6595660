package de.itas.platform.shared.notifications;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.shared.mail.Mailer;

/**
 * Signed unsubscribe links: the token names the person and what to switch off (a kind, or a digest as
 * {@code @DAILY}/{@code @WEEKLY}) and carries an HMAC-SHA256 under a key that the first instance creates at
 * random and keeps in the database, so that every instance accepts the links of the others and no
 * configuration is needed. Nothing else is stored per link.
 */
@Component
class UnsubscribeLinks implements SmartInitializingSingleton {

	static final String PATH = "/benachrichtigungen/abbestellen";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
	private static final int MAC_BYTES = 16;

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Mailer mailer;
	private volatile byte @Nullable [] key;

	UnsubscribeLinks(JdbcClient jdbc, PlatformTransactionManager transactions, Mailer mailer) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
		key();
	}

	static String digestScope(Delivery frequency) {
		return "@" + frequency.name();
	}

	String url(UUID person, String scope) {
		return mailer.baseUrl() + PATH + "?token=" + token(person, scope);
	}

	String token(UUID person, String scope) {
		byte[] payload = payload(person, scope);
		return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
	}

	Optional<Target> verify(@Nullable String token) {
		if (token == null) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		try {
			byte[] payload = DECODER.decode(token.substring(0, dot));
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (payload.length <= 16 || !MessageDigest.isEqual(mac(payload), signature)) {
				return Optional.empty();
			}
			ByteBuffer buffer = ByteBuffer.wrap(payload);
			UUID person = new UUID(buffer.getLong(), buffer.getLong());
			String scope = new String(payload, 16, payload.length - 16, StandardCharsets.UTF_8);
			if (scope.startsWith("@")) {
				Delivery frequency = Delivery.valueOf(scope.substring(1));
				if (!frequency.digest()) {
					return Optional.empty();
				}
			}
			return Optional.of(new Target(person, scope));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static byte[] payload(UUID person, String scope) {
		byte[] scopeBytes = scope.getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(16 + scopeBytes.length)
			.putLong(person.getMostSignificantBits())
			.putLong(person.getLeastSignificantBits())
			.put(scopeBytes)
			.array();
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] current = key;
		if (current == null) {
			current = ownTransaction.execute(status -> {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				jdbc.sql("INSERT INTO notification_signing_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
					.param(fresh)
					.update();
				return jdbc.sql("SELECT secret FROM notification_signing_key WHERE id = 1").query(byte[].class).single();
			});
			key = current;
		}
		return current;
	}

}
