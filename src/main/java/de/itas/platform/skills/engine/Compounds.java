package de.itas.platform.skills.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Splits German compounds into words the taxonomy knows ("Zerspanungsmechaniker" → zerspanung +
 * mechaniker, "Motorenmontage" → motoren + montage), so that a title written as one word, with a hyphen
 * or as two words matches the same occupations. The fewest parts win; linking letters (Fugen-s, -n,
 * -en, -es, -e) are allowed between parts; parts are split again, so every level is found.
 */
final class Compounds {

	/** Short words that are parts of titles often enough to be allowed as compound parts. */
	private static final Set<String> SHORT_PARTS = Set.of("kfz", "cnc", "sps", "hv", "it", "lkw", "pkw", "bau", "oel",
			"gas", "ki", "erp", "cad", "cam", "web", "app", "bus", "bahn", "see", "tier", "holz", "glas", "haus", "bad");

	private static final List<String> LINKS = List.of("", "s", "n", "en", "es", "e", "er");

	private static final int MIN_PART = 4;

	private final Set<String> vocabulary;

	Compounds(Set<String> vocabulary) {
		Set<String> all = new java.util.HashSet<>(vocabulary);
		all.addAll(GermanText.canonicalForms());
		this.vocabulary = all;
	}

	boolean isPart(String word) {
		return word.length() >= MIN_PART ? vocabulary.contains(word) : SHORT_PARTS.contains(word);
	}

	/**
	 * All parts of the word on every level (canonical forms) with their depth (1 for the first split), or
	 * empty when it is no known compound.
	 */
	Map<String, Integer> parts(String word) {
		return parts(word, this::split);
	}

	/** As {@link #parts(String)}, with splits from {@code splitter} (which must split as {@link #split} does). */
	Map<String, Integer> parts(String word, Function<String, List<String>> splitter) {
		Map<String, Integer> parts = new LinkedHashMap<>();
		collect(word, parts, 1, splitter);
		return parts;
	}

	private void collect(String word, Map<String, Integer> parts, int depth, Function<String, List<String>> splitter) {
		if (depth > 4 || word.length() < 6) {
			return;
		}
		List<String> split = splitter.apply(word);
		if (split.size() < 2) {
			return;
		}
		for (String part : split) {
			for (String canonical : GermanText.canonical(part).split(" ")) {
				parts.merge(canonical, depth, Math::min);
			}
			collect(part, parts, depth + 1, splitter);
		}
	}

	/** The split of the word into the fewest known parts, or the word alone. */
	List<String> split(String word) {
		int n = word.length();
		int[] cost = new int[n + 1];
		int[] from = new int[n + 1];
		String[] partAt = new String[n + 1];
		Arrays.fill(cost, Integer.MAX_VALUE);
		cost[0] = 0;
		for (int end = 1; end <= n; end++) {
			for (int start = 0; start < end; start++) {
				if (cost[start] == Integer.MAX_VALUE) {
					continue;
				}
				String piece = word.substring(start, end);
				String part = knownWithLink(piece, end < n);
				if (part == null) {
					continue;
				}
				// whole word as one part is not a split; prefer fewer parts, then a longer last part
				if (start == 0 && end == n) {
					continue;
				}
				int candidate = cost[start] + 1;
				if (candidate < cost[end] || (candidate == cost[end] && start < from[end])) {
					cost[end] = candidate;
					from[end] = start;
					partAt[end] = part;
				}
			}
		}
		if (cost[n] == Integer.MAX_VALUE || cost[n] > 4) {
			return List.of(word);
		}
		List<String> parts = new ArrayList<>();
		for (int end = n; end > 0; end = from[end]) {
			parts.add(0, partAt[end]);
		}
		return parts;
	}

	private @Nullable String knownWithLink(String piece, boolean mayHaveLink) {
		if (isPart(piece)) {
			return piece;
		}
		if (!mayHaveLink) {
			return null;
		}
		for (String link : LINKS) {
			if (!link.isEmpty() && piece.endsWith(link) && isPart(piece.substring(0, piece.length() - link.length()))) {
				return piece.substring(0, piece.length() - link.length());
			}
		}
		return null;
	}

}
