package de.itas.platform.events;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Readable addresses of events: the title in lower case ASCII words, with the start date. */
final class Slugs {

	private Slugs() {
	}

	static String of(String title, @Nullable Instant startsAt) {
		String folded = title.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String words = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (words.length() > 70) {
			words = words.substring(0, 70).replaceAll("-[^-]*$", "");
		}
		if (words.isEmpty()) {
			words = "veranstaltung";
		}
		return startsAt == null ? words : words + "-" + startsAt.atZone(EventStore.BERLIN).toLocalDate();
	}

}
