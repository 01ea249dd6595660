package de.itas.platform.skills;

import java.util.List;

/**
 * A group of the ISCO-08 classification as the occupation browser shows it: the groups above it (broadest
 * first), the groups below it and, for a unit group, its occupations.
 */
public record OccupationGroup(String code, String label, List<GroupLink> parents, List<GroupLink> children,
		List<OccupationSummary> occupations) {

	/** A group named by code and label, for links. */
	public record GroupLink(String code, String label) {
	}

}
