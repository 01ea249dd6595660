package de.itas.platform.portal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Readable addresses of news articles: the title in lower case ASCII words. */
final class NewsSlugs {

	/** Words under {@code /aktuelles/} that are pages of their own. */
	static final Set<String> RESERVED = Set.of("verwaltung", "bilder", "feed");

	private NewsSlugs() {
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
			words = "meldung";
		}
		return RESERVED.contains(words) ? words + "-1" : words;
	}

}
