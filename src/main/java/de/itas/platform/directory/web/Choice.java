package de.itas.platform.directory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import de.itas.platform.directory.Labelled;

/** An option of a select field: the submitted value and the text people read. */
record Choice(String value, String label) {

	static <E extends Enum<E> & Labelled> List<Choice> of(E[] values, MessageSource messages, Locale locale) {
		return Arrays.stream(values)
			.map(value -> new Choice(value.name(), messages.getMessage(value.messageKey(), null, locale)))
			.toList();
	}

}
