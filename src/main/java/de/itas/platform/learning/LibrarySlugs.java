package de.itas.platform.learning;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Readable addresses of library items: the title in lower case ASCII words. */
final class LibrarySlugs {

	/** Words under {@code /wissen/} that are pages of their own. */
	static final Set<String> RESERVED = Set.of("verwaltung");

	private LibrarySlugs() {
	}

	static String of(String title) {
		String folded = title.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String words = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (words.length() > 80) {
			words = words.substring(0, 80).replaceAll("-[^-]*$", "");
		}
		if (words.isEmpty()) {
			words = "beitrag";
		}
		return RESERVED.contains(words) ? words + "-1" : words;
	}

}
