package de.itas.platform.networking;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Matching of the moderators' watched words against a text: whole words or phrases only (a word inside a longer
 * word is no hit, so a watched word does not refuse harmless compounds), case and umlauts as Unicode letters,
 * any run of spaces in a phrase matching any run of white space. When several words hit, the strictest action
 * wins (block before hold before flag).
 */
final class WatchedWords {

	/** A watched word or phrase as moderators entered it. */
	record Word(UUID id, String phrase, WatchedWordAction action) {
	}

	private WatchedWords() {
	}

	/** The strictest watched word in the text, if any. */
	static Optional<Word> match(String text, List<Word> words) {
		return words.stream()
			.filter(word -> matches(text, word.phrase()))
			.min(Comparator.comparing(Word::action));
	}

	static boolean matches(String text, String phrase) {
		String[] parts = phrase.strip().split("\\s+");
		if (parts.length == 0 || parts[0].isEmpty()) {
			return false;
		}
		String body = Arrays.stream(parts).map(Pattern::quote).collect(Collectors.joining("\\s+"));
		Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}_])" + body + "(?![\\p{L}\\p{N}_])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		return pattern.matcher(text).find();
	}

}
