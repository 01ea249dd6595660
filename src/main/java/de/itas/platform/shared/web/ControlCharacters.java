package de.itas.platform.shared.web;

import java.beans.PropertyEditorSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses control characters (C0, except tab, line feed and carriage return) in every text a form binds (a
 * {@code @ModelAttribute}, multipart forms included). Nobody types them; they come from broken copies or
 * attackers, PostgreSQL refuses NUL in text, and XML exports break on the others. Such a text fails to bind
 * like a number that is none: the form shows the message {@code typeMismatch.java.lang.String} at the field,
 * with everything else as typed; a form without a binding result ends in the 400 page instead of an error
 * deep in the database. Single request parameters ({@code @RequestParam}) are left to their controllers,
 * which answer searches with a message of their own.
 */
@ControllerAdvice
class ControlCharacters {

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		if (binder.getTarget() != null || binder.getTargetType() != null) {
			binder.registerCustomEditor(String.class, new Editor());
		}
	}

	/** Whether the text holds a control character other than tab, line feed and carriage return. */
	static boolean present(@Nullable CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/** Takes a text as it is, unless it holds a control character. */
	static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (present(text)) {
				throw new IllegalArgumentException("Text with a control character");
			}
			setValue(text);
		}

	}

}
