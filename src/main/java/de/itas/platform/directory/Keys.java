package de.itas.platform.directory;

import java.util.Locale;

/** Message keys of enum values: {@code directory.<kind>.<value in kebab case>}. */
final class Keys {

	private Keys() {
	}

	static String of(String kind, Enum<?> value) {
		return "directory." + kind + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
