package de.itas.platform.shared.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed tokens for links in mails that must work without sign-in and without a row per link (one-click
 * unsubscribe): the payload travels in the link, followed by an HMAC-SHA256 (truncated to 16 bytes) under a key
 * that the first instance creates at random and keeps in the owner's table, so that every instance accepts the
 * links of the others and no configuration is needed. Each user of this class keeps its own key table (one row,
 * {@code id = 1}, column {@code secret}), so that a leaked key opens only its own kind of link.
 */
public final class SignedTokens {

	private static final Pattern TABLE = Pattern.compile("[a-z_]+(\\.[a-z_]+)?");
	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
	private static final int MAC_BYTES = 16;

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final String keyTable;
	private volatile byte @Nullable [] key;

	/**
	 * @param keyTable the table (optionally schema-qualified) that keeps the key, created by the owner's migration
	 */
	public SignedTokens(JdbcClient jdbc, PlatformTransactionManager transactions, String keyTable) {
		if (!TABLE.matcher(keyTable).matches()) {
			throw new IllegalArgumentException("Not a table name: " + keyTable);
		}
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.keyTable = keyTable;
	}

	/**
	 * Loads (or creates) the key; call it at start-up, so that no request needs a second connection for it while
	 * it holds one.
	 */
	public void loadKey() {
		key();
	}

	/** The payload and its signature, URL-safe. */
	public String sign(byte[] payload) {
		return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
	}

	/** The payload of a token signed with this key; empty for anything else (malformed, altered, foreign). */
	public Optional<byte[]> verify(@Nullable String token) {
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
			return MessageDigest.isEqual(mac(payload), signature) ? Optional.of(payload) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The 16 bytes of an id, for a payload that starts with one. */
	public static ByteBuffer withId(UUID id, int extraBytes) {
		return ByteBuffer.allocate(16 + extraBytes)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits());
	}

	/** The id at the start of a payload made with {@link #withId}. */
	public static UUID idOf(byte[] payload) {
		ByteBuffer buffer = ByteBuffer.wrap(payload);
		return new UUID(buffer.getLong(), buffer.getLong());
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
				jdbc.sql("INSERT INTO " + keyTable + " (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
					.param(fresh)
					.update();
				return jdbc.sql("SELECT secret FROM " + keyTable + " WHERE id = 1").query(byte[].class).single();
			});
			key = current;
		}
		return current;
	}

}
