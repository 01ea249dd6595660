package de.itas.platform.learning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A certificate as issued: what it certifies is kept as it was on that day. */
public record Certificate(String code, UUID courseId, UUID personId, String holderName, String courseTitle,
		List<String> skillLabels, Instant issuedAt, @Nullable Instant revokedAt, @Nullable String revokeReason) {

	public Certificate {
		skillLabels = List.copyOf(skillLabels);
	}

	public boolean valid() {
		return revokedAt == null;
	}

	public String path() {
		return "/zertifikate/" + code;
	}

}
