package de.itas.platform.accounts.web;

import org.springframework.validation.Errors;

import de.itas.platform.accounts.PasswordPolicy;

/** The password rules as field errors, the same for every form that sets a password. */
final class PasswordChecks {

	private PasswordChecks() {
	}

	static void check(PasswordPolicy policy, String password, String repeat, String email, Errors errors) {
		policy.problem(password, email).ifPresent(problem -> errors.rejectValue("password", problem));
		if (!password.equals(repeat)) {
			errors.rejectValue("passwordRepeat", "accounts.password.mismatch");
		}
	}

}
