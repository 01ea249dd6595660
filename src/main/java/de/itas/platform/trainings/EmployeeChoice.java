package de.itas.platform.trainings;

import java.util.Optional;
import java.util.UUID;

/**
 * A member of a company whom the signed-in company admin may register for a run, as the registration form
 * offers it: {@link #value()} names company and member in the one value a form field sends, and
 * {@link Key#parse(String)} reads it back, so that no controller glues or splits ids.
 */
public record EmployeeChoice(Key key, String employeeName, String companyName) {

	/** Company and member of a choice. */
	public record Key(UUID companyId, UUID employeeId) {

		private static final char SEPARATOR = ':';

		/** The company and member a form value names; empty for anything else. */
		public static Optional<Key> parse(String value) {
			int at = value.indexOf(SEPARATOR);
			if (at < 0 || value.indexOf(SEPARATOR, at + 1) >= 0) {
				return Optional.empty();
			}
			try {
				return Optional.of(new Key(UUID.fromString(value.substring(0, at)), UUID.fromString(value.substring(at + 1))));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

		/** The value a form field sends. */
		public String value() {
			return companyId.toString() + SEPARATOR + employeeId;
		}

	}

	/** The value the form's field sends for this choice. */
	public String value() {
		return key.value();
	}

	/** What the form shows: the member's name with the company's. */
	public String label() {
		return employeeName + " (" + companyName + ")";
	}

}
