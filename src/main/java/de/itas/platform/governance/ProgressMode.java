package de.itas.platform.governance;

import java.util.Locale;

/** How the progress of a measure is found: typed in, or computed from its children. */
public enum ProgressMode {

	/** Typed in (0-100 %). */
	ENTERED,
	/** The plain average of the children's progress. */
	AVERAGE,
	/** The average of the children's progress weighted by their weights. */
	WEIGHTED;

	public boolean computed() {
		return this != ENTERED;
	}

	public String messageKey() {
		return "governance.measure.progress-mode." + name().toLowerCase(Locale.ROOT);
	}

}
