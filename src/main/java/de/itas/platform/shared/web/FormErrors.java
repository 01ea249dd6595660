package de.itas.platform.shared.web;

import java.util.Collection;

import org.springframework.validation.BindingResult;

/**
 * Puts {@link FieldProblem}s on a Spring form ({@link BindingResult}), where the field fragments
 * ({@code fragments/fields}) show each at its field with label, hint and {@code aria-describedby}, and the
 * error summary lists them, linking to the field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Adds each problem to the form: a field's problem at its field, unless the field shows an error already
	 * (the form's own check, such as "not a number", comes first and one message per field is enough); a
	 * problem of the whole input, or of a field the form does not have, as a global error. The typed values
	 * stay as they were bound.
	 */
	public static void reject(BindingResult errors, Collection<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			String field = problem.field();
			Object[] arguments = problem.arguments().toArray();
			if (field == null || !isField(errors, field)) {
				errors.reject(problem.messageKey(), arguments, null);
			}
			else if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, problem.messageKey(), arguments, null);
			}
		}
	}

	private static boolean isField(BindingResult errors, String field) {
		if (errors.getFieldType(field) != null) {
			return true;
		}
		try {
			errors.getFieldValue(field);
			return true;
		}
		catch (RuntimeException notAProperty) {
			return false;
		}
	}

	/** Adds the refused input's problems to the form (see {@link #reject(BindingResult, Collection)}). */
	public static void reject(BindingResult errors, FieldProblems refused) {
		reject(errors, refused.problems());
	}

}
