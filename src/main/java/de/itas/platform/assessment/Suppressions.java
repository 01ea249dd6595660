package de.itas.platform.assessment;

import de.itas.platform.shared.disclosure.SmallNumbers;

/** The public figure of the platform's disclosure rule ({@link SmallNumbers}), for pages and documentation. */
public final class Suppressions {

	/** A cell, group or district is shown only when at least this many distinct companies stand behind it. */
	public static final int MIN_COMPANIES = SmallNumbers.MIN_COUNT;

	private Suppressions() {
	}

}
