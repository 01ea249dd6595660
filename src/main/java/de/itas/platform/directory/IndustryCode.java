package de.itas.platform.directory;

import org.springframework.modulith.NamedInterface;

import org.jspecify.annotations.Nullable;

/**
 * A code of the Klassifikation der Wirtschaftszweige 2008 (WZ 2008).
 *
 * @param code e.g. {@code C}, {@code 29}, {@code 29.3}, {@code 29.32}, {@code 29.32.0}
 * @param level 1 (Abschnitt) to 5 (Unterklasse)
 * @param title the official title
 * @param parentCode the code one level up, absent for sections
 */
@NamedInterface("api")
public record IndustryCode(String code, int level, String title, @Nullable String parentCode) {

	/** The level companies are classified at. */
	public static final int SUBCLASS = 5;

	public String label() {
		return code + " – " + title;
	}

}
