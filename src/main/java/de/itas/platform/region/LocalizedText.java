package de.itas.platform.region;

import java.util.Locale;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A text in German with an optional English translation; German is shown where English is missing. */
@Embeddable
public record LocalizedText(String de, @Nullable String en) {

	public String in(Locale locale) {
		if ("en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
			return en;
		}
		return de;
	}

	@Override
	public String toString() {
		return de;
	}

}
