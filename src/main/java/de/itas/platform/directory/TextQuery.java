package de.itas.platform.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a person types into a search box into PostgreSQL full-text search terms: words of letters
 * and digits only (so the input can never carry tsquery syntax), each matched as a prefix with German
 * stemming, at most {@link #MAX_WORDS} of them.
 */
final class TextQuery {

	static final int MAX_WORDS = 6;

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private TextQuery() {
	}

	static List<String> words(String text) {
		return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.GERMAN)))
			.filter(word -> !word.isEmpty())
			.distinct()
			.limit(MAX_WORDS)
			.toList();
	}

	/** A tsquery for one word as a prefix, e.g. {@code fräs:*}. */
	static String prefix(String word) {
		return word + ":*";
	}

	/** A tsquery that matches any of the words, for ranking. */
	static String anyOf(List<String> words) {
		return String.join(" | ", words.stream().map(TextQuery::prefix).toList());
	}

	/** A LIKE pattern for a word anywhere in a text (German compounds hide words inside longer ones). */
	static String contains(String word) {
		return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
