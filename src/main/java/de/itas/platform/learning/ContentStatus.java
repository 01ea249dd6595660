package de.itas.platform.learning;

import java.util.Locale;

/** Where a library item stands in the four-eyes workflow. */
public enum ContentStatus {

	DRAFT, SUBMITTED, PUBLISHED;

	public String messageKey() {
		return "learning.library.status." + name().toLowerCase(Locale.ROOT);
	}

}
