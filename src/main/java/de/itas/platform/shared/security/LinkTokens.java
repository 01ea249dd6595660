package de.itas.platform.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens for links in mails to people without an account (an invitation, a ticket): 32 random bytes, URL-safe,
 * of which only the SHA-256 is stored, so that a copy of the database opens no link.
 */
public final class LinkTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private LinkTokens() {
	}

	/** A new token of 32 random bytes in URL-safe Base64 (43 characters). */
	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of the token in lower-case hex (64 characters), which is what gets stored. */
	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
