package de.itas.platform.funding;

import org.jspecify.annotations.Nullable;

/**
 * The result of a rule test. Three-valued, because some conditions cannot be decided from what the
 * calculator asks (for example whether 20 % of the workforce need training): those are {@link #UNKNOWN},
 * shown as "zu prüfen", and never silently counted as met or failed.
 */
enum Outcome {

	MET, NOT_MET, UNKNOWN;

	/** {@code true}, {@code false} or {@code null} (to be checked), as the API answers it. */
	@Nullable
	Boolean asBoolean() {
		return switch (this) {
			case MET -> Boolean.TRUE;
			case NOT_MET -> Boolean.FALSE;
			case UNKNOWN -> null;
		};
	}

	static Outcome of(boolean met) {
		return met ? MET : NOT_MET;
	}

	/** The name used in the data file ({@code "met"}, {@code "notMet"}, {@code "unknown"}). */
	static Outcome fromData(String name) {
		return switch (name) {
			case "met" -> MET;
			case "notMet" -> NOT_MET;
			case "unknown" -> UNKNOWN;
			default -> throw new IllegalArgumentException(
					"unknown outcome '" + name + "' (expected met, notMet or unknown)");
		};
	}

}
