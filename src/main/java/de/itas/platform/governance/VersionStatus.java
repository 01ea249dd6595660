package de.itas.platform.governance;

import java.util.Locale;

/** Where a charter version stands. Only a draft is edited; adopted and superseded versions are frozen. */
public enum VersionStatus {

	/** Entwurf: the coordination edits it. */
	DRAFT,
	/** in Konsultation: read-only text; comments and proposals within the period. */
	CONSULTATION,
	/** beschlossen: the current charter, frozen. */
	ADOPTED,
	/** abgelöst: an older adopted version, frozen, still readable and citable. */
	SUPERSEDED;

	/** Whether the text may no longer change. */
	public boolean frozen() {
		return this == ADOPTED || this == SUPERSEDED;
	}

	public String messageKey() {
		return "governance.status." + name().toLowerCase(Locale.ROOT);
	}

}
