package de.itas.platform.portal;

import java.nio.ByteBuffer;
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
 * Signed unsubscribe links of newsletter mails: the token names the subscriber and carries an HMAC-SHA256 under a
 * key that the first instance creates at random and keeps in the database (as the notifications do), so that a
 * link works for every mail ever sent without storing a token per mail.
 */
@Component
class NewsletterLinks implements SmartInitializingSingleton {

	static final String UNSUBSCRIBE = "/newsletter/abmelden";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
	private static final int MAC_BYTES = 16;

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Mailer mailer;
	private volatile byte @Nullable [] key;

	NewsletterLinks(JdbcClient jdbc, PlatformTransactionManager transactions, Mailer mailer) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.mailer = mailer;
	}

	/** Loads (or creates) the key at start-up, so that no request needs a second connection for it. */
	@Override
	public void afterSingletonsInstantiated() {
		key();
	}

	String unsubscribeUrl(UUID subscriber) {
		return mailer.baseUrl() + UNSUBSCRIBE + "?token=" + token(subscriber);
	}

	String token(UUID subscriber) {
		byte[] payload = ByteBuffer.allocate(16)
			.putLong(subscriber.getMostSignificantBits())
			.putLong(subscriber.getLeastSignificantBits())
			.array();
		return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
	}

	Optional<UUID> verify(@Nullable String token) {
		if (token == null || token.indexOf('.') < 0) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		try {
			byte[] payload = DECODER.decode(token.substring(0, dot));
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (payload.length != 16 || !MessageDigest.isEqual(mac(payload), signature)) {
				return Optional.empty();
			}
			ByteBuffer buffer = ByteBuffer.wrap(payload);
			return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
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
				jdbc.sql("INSERT INTO portal.newsletter_signing_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
					.param(fresh)
					.update();
				return jdbc.sql("SELECT secret FROM portal.newsletter_signing_key WHERE id = 1")
					.query(byte[].class)
					.single();
			});
			key = current;
		}
		return current;
	}

}
