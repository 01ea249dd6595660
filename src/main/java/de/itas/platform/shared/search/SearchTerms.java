package de.itas.platform.shared.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a person types into the words of a search and into PostgreSQL {@code tsquery} texts: words of
 * letters and digits only (so the input never carries query syntax), each matched as a prefix with German
 * stemming, so that a half-typed word ("Schwei") already finds "Schweißen".
 */
final class SearchTerms {

	static final int MAX_WORDS = 8;

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchTerms() {
	}

	static List<String> words(String text) {
		return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.GERMAN)))
			.filter(word -> !word.isEmpty())
			.distinct()
			.limit(MAX_WORDS)
			.toList();
	}

	/** Every word as a prefix: {@code cnc:* & fräs:*}. */
	static String allOf(List<String> words) {
		return String.join(" & ", words.stream().map(SearchTerms::prefix).toList());
	}

	/** Any word as a prefix: {@code cnc:* | fräs:*}. */
	static String anyOf(List<String> words) {
		return String.join(" | ", words.stream().map(SearchTerms::prefix).toList());
	}

	private static String prefix(String word) {
		return word + ":*";
	}

}
