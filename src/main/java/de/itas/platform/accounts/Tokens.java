package de.itas.platform.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;

/**
 * Single-use links for mails. The secret goes only into the mail; the database keeps its SHA-256, so
 * that a copy of the database does not hand out valid links.
 */
@Component
class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;
	private final Clock clock;

	Tokens(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Token(UUID id, TokenPurpose purpose, @Nullable UUID userId, @Nullable String email,
			@Nullable UUID organisationId, @Nullable Role role, Instant expiresAt, @Nullable Instant usedAt) {
	}

	/** Issues a new link secret. */
	String issue(TokenPurpose purpose, @Nullable UUID userId, @Nullable String email, @Nullable UUID organisationId,
			@Nullable Role role) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		jdbc.update("""
				INSERT INTO accounts.token (id, purpose, token_hash, user_id, email, organisation_id, role, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), purpose.name(), hash(raw), userId, email,
				organisationId, role == null ? null : role.name(), Timestamp.from(now),
				Timestamp.from(now.plus(purpose.validity())));
		return raw;
	}

	Optional<Token> find(TokenPurpose purpose, @Nullable String raw) {
		if (raw == null || raw.isBlank() || raw.length() > 100) {
			return Optional.empty();
		}
		List<Token> found = jdbc.query("""
				SELECT id, purpose, user_id, email, organisation_id, role, expires_at, used_at
				FROM accounts.token WHERE token_hash = ? AND purpose = ?""", (rs, row) -> new Token(
				rs.getObject("id", UUID.class), TokenPurpose.valueOf(rs.getString("purpose")),
				rs.getObject("user_id", UUID.class), rs.getString("email"), rs.getObject("organisation_id", UUID.class),
				rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
				rs.getTimestamp("expires_at").toInstant(),
				rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()), hash(raw),
				purpose.name());
		return found.stream().findFirst();
	}

	LinkState state(Optional<Token> token) {
		if (token.isEmpty()) {
			return LinkState.UNKNOWN;
		}
		if (token.get().usedAt() != null) {
			return LinkState.USED;
		}
		return token.get().expiresAt().isAfter(clock.instant()) ? LinkState.VALID : LinkState.EXPIRED;
	}

	/** Marks the link used; false when another request used it first (so it works only once). */
	boolean use(Token token) {
		return jdbc.update("UPDATE accounts.token SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?",
				Timestamp.from(clock.instant()), token.id(), Timestamp.from(clock.instant())) == 1;
	}

	/** Invalidates the person's open links of this purpose (a new one replaces them). */
	void revoke(UUID userId, TokenPurpose purpose) {
		jdbc.update("UPDATE accounts.token SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
				Timestamp.from(clock.instant()), userId, purpose.name());
	}

	static String hash(String raw) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
