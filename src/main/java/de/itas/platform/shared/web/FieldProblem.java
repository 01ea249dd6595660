package de.itas.platform.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one field of an input, or with the input as a whole, as a message key with its
 * arguments. Every module's services report refused input with these (thrown as {@link FieldProblems});
 * {@link FormErrors} puts them on a form, where the field fragments show them at their field. Serializable, since
 * a problem may travel in a flash attribute through the database-backed session (its arguments are strings and
 * numbers).
 *
 * @param field the form field (and JSON property) the problem belongs to; {@code null} for a problem of the
 *     whole input (a blank name is taken as {@code null})
 * @param messageKey the message that tells the person what is wrong
 * @param arguments the message's arguments
 */
public record FieldProblem(@Nullable String field, String messageKey, List<Object> arguments)
		implements java.io.Serializable {

	public FieldProblem {
		field = field == null || field.isBlank() ? null : field;
		arguments = List.copyOf(arguments);
	}

	/** A problem of one field. */
	public static FieldProblem of(String field, String messageKey, Object... arguments) {
		return new FieldProblem(field, messageKey, List.of(arguments));
	}

	/** A problem of the input as a whole, shown above the form rather than at a field. */
	public static FieldProblem ofForm(String messageKey, Object... arguments) {
		return new FieldProblem(null, messageKey, List.of(arguments));
	}

	/** Whether the problem concerns the whole input rather than one field. */
	public boolean formWide() {
		return field == null;
	}

}
