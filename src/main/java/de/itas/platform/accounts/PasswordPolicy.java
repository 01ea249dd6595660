package de.itas.platform.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords need at least 12 characters and must not be a commonly used password (NIST SP 800-63B: length
 * and a block list instead of composition rules).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		try (InputStream in = new ClassPathResource("accounts/common-passwords.txt").getInputStream()) {
			common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the list of common passwords", ex);
		}
	}

	/** The message key of what is wrong with the password, or empty when it is acceptable. */
	public Optional<String> problem(String password, String email) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("accounts.password.too-short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("accounts.password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || password.chars().distinct().count() < 4) {
			return Optional.of("accounts.password.common");
		}
		String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT) : "";
		if (localPart.length() >= 4 && lower.contains(localPart)) {
			return Optional.of("accounts.password.contains-email");
		}
		return Optional.empty();
	}

	int size() {
		return common.size();
	}

}
