package de.itas.platform.assessment;

/** The public figure of the disclosure rule, for pages and documentation. */
public final class Suppressions {

	/** A cell, group or district is shown only when at least this many distinct companies stand behind it. */
	public static final int MIN_COMPANIES = Suppression.MIN_COMPANIES;

	private Suppressions() {
	}

}
