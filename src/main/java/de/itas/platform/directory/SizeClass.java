package de.itas.platform.directory;

import org.springframework.modulith.NamedInterface;

/**
 * Size class by number of employees, as in the EU SME definition's head-count thresholds. Always derived
 * from the number of employees, never stored, so the two cannot disagree.
 */
@NamedInterface("api")
public enum SizeClass implements Labelled {

	/** Kleinstunternehmen: fewer than 10. */
	MICRO,
	/** Kleines Unternehmen: 10 to 49. */
	SMALL,
	/** Mittleres Unternehmen: 50 to 249. */
	MEDIUM,
	/** Großunternehmen: 250 or more. */
	LARGE;

	public static SizeClass of(int employees) {
		if (employees < 1) {
			throw new IllegalArgumentException("A company has at least one employee, not " + employees);
		}
		if (employees < 10) {
			return MICRO;
		}
		if (employees < 50) {
			return SMALL;
		}
		return employees < 250 ? MEDIUM : LARGE;
	}

	@Override
	public String messageKey() {
		return Keys.of("size-class", this);
	}

}
