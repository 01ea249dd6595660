package de.itas.platform.region.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import de.itas.platform.region.LocalizedText;

/** Conversions between form text fields and region values. */
final class FormText {

	private FormText() {
	}

	static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	/** German text with an English translation that is absent when left blank. */
	static LocalizedText localized(String german, String english) {
		return new LocalizedText(german.trim(), english.isBlank() ? null : english.trim());
	}

	/** The non-blank lines of a text area. */
	static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
