package de.itas.platform.governance;

import java.util.Locale;

/** The phases of the charter process. */
public enum Phase {

	/** Entwurf */
	DRAFTING,
	/** Konsolidierung */
	CONSOLIDATION,
	/** Verstetigung */
	PERMANENCE;

	public String messageKey() {
		return "governance.phase." + name().toLowerCase(Locale.ROOT);
	}

}
