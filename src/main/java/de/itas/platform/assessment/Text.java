package de.itas.platform.assessment;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A text of the questionnaire in German with an English translation; German where English is missing. */
public record Text(String de, @Nullable String en) {

	public String in(Locale locale) {
		if ("en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
			return en;
		}
		return de;
	}

}
