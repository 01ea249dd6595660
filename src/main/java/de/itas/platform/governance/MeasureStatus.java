package de.itas.platform.governance;

import java.util.Locale;

/** Where a project or measure stands. */
public enum MeasureStatus {

	/** geplant */
	PLANNED,
	/** laufend */
	RUNNING,
	/** abgeschlossen */
	DONE,
	/** ausgesetzt */
	SUSPENDED;

	public String messageKey() {
		return "governance.measure.status." + name().toLowerCase(Locale.ROOT);
	}

}
