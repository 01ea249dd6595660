package de.itas.platform.governance;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The short public codes of forum inputs and paper cards ("ZF-7K3M"): random from an alphabet without
 * look-alikes (no 0/O, 1/I/L), unique among inputs and reserved card codes.
 */
@Component
class InputCodes {

	static final String PREFIX = "ZF-";

	/** Letters and digits that cannot be mistaken for one another when typed from a handwritten card. */
	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 4;

	private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "[" + ALPHABET + "]{" + LENGTH + "}");

	private final SecureRandom random = new SecureRandom();
	private final JdbcClient jdbc;

	InputCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A code no input has and no printed card carries. */
	String fresh() {
		for (int attempt = 0; attempt < 100; attempt++) {
			String code = random();
			if (!taken(code)) {
				return code;
			}
		}
		throw new IllegalStateException("No free input code found in 100 attempts");
	}

	String random() {
		StringBuilder code = new StringBuilder(PREFIX);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	boolean taken(String code) {
		return jdbc.sql("SELECT (SELECT count(*) FROM governance.forum_input WHERE code = :code) "
				+ "+ (SELECT count(*) FROM governance.card_code WHERE code = :code)")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether an input with that code exists. */
	boolean used(String code) {
		return jdbc.sql("SELECT count(*) FROM governance.forum_input WHERE code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	/** The code as typed, cleaned up: trimmed, upper case, the prefix added when it was left out. */
	static String normalise(@Nullable String typed) {
		if (typed == null) {
			return "";
		}
		String code = typed.strip().toUpperCase(Locale.ROOT).replace(" ", "");
		if (code.length() == LENGTH) {
			code = PREFIX + code;
		}
		return code;
	}

	static boolean wellFormed(String code) {
		return FORMAT.matcher(code).matches();
	}

}
