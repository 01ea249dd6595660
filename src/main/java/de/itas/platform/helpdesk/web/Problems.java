package de.itas.platform.helpdesk.web;

import org.springframework.validation.BindingResult;

import de.itas.platform.helpdesk.InvalidInputException;

/** Puts the service's problems next to their form fields. */
final class Problems {

	private Problems() {
	}

	static void reject(BindingResult errors, InvalidInputException ex) {
		for (InvalidInputException.Problem problem : ex.problems()) {
			if (errors.getFieldType(problem.field()) != null || hasProperty(errors, problem.field())) {
				errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), null);
			}
			else {
				errors.reject(problem.messageKey(), problem.arguments().toArray(), null);
			}
		}
	}

	private static boolean hasProperty(BindingResult errors, String field) {
		try {
			errors.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
