package de.itas.platform.funding;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A text of the programme data in German with an optional English translation. */
record LocalizedText(String de, @Nullable String en) {

	String in(Locale locale) {
		if ("en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
			return en;
		}
		return de;
	}

}
