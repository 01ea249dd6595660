package de.itas.platform.directory;

import java.util.List;
import java.util.Locale;

/**
 * Something wrong with entered profile details, for the field it concerns.
 *
 * @param field the property of {@link ProfileDetails} (for visibilities: {@code <group>Visibility} in
 *     lower camel case, e.g. {@code portfolioVisibility})
 * @param messageKey the message that tells the person what is wrong
 * @param arguments the message's arguments
 */
public record ProfileProblem(String field, String messageKey, List<Object> arguments) {

	public ProfileProblem {
		arguments = List.copyOf(arguments);
	}

	static ProfileProblem of(String field, String messageKey, Object... arguments) {
		return new ProfileProblem(field, messageKey, List.of(arguments));
	}

	/** The field name of a group's visibility. */
	public static String visibilityField(FieldGroup group) {
		return group.name().toLowerCase(Locale.ROOT) + "Visibility";
	}

}
