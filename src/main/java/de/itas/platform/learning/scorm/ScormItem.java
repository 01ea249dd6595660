package de.itas.platform.learning.scorm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An item of an organisation: an aggregation (children, no resource) or a leaf that launches a resource.
 *
 * @param identifierRef the resource it launches, null for a pure aggregation
 * @param visible {@code isvisible}; an invisible item is launched but not shown in the table of contents
 * @param parameters the query string or fragment appended to the launch URL, empty when none
 * @param prerequisites the {@code adlcp:prerequisites} expression (AICC script), null when none
 * @param masteryScore {@code adlcp:masteryscore} (0 to 100), null when none
 * @param maxTimeAllowed {@code adlcp:maxtimeallowed} as a CMITimespan, null when none
 * @param timeLimitAction {@code adlcp:timelimitaction}, null when none
 * @param launchData {@code adlcp:datafromlms}, given to the SCO as {@code cmi.launch_data}, null when none
 */
public record ScormItem(String identifier, String title, @Nullable String identifierRef, boolean visible,
		String parameters, @Nullable String prerequisites, @Nullable BigDecimal masteryScore,
		@Nullable String maxTimeAllowed, @Nullable String timeLimitAction, @Nullable String launchData,
		List<ScormItem> children) {

	public ScormItem {
		children = List.copyOf(children);
	}

	/** This item and all items below it, depth first in document order (the order of a table of contents). */
	public List<ScormItem> flatten() {
		List<ScormItem> all = new ArrayList<>();
		collect(this, all);
		return all;
	}

	private static void collect(ScormItem item, List<ScormItem> into) {
		into.add(item);
		for (ScormItem child : item.children()) {
			collect(child, into);
		}
	}

}
