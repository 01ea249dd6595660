package de.itas.platform.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A project (level 1) or measure (levels 2 and 3) of an action field.
 *
 * @param contractors free text, one contractor per line
 * @param progress 0-100; for computed modes the value last computed from the children
 * @param weight the measure's weight in its parent's weighted average (1-1000)
 * @param isPublic shown on the public dashboard and in the open data
 */
public record MeasureView(UUID id, String actionFieldCode, @Nullable UUID parentId, int level, int position,
		String title, String description, String leadPartnerCode, String contractors,
		Set<MeasureTargetGroup> targetGroups, List<String> districtCodes, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable BigDecimal budgetEuro, MeasureStatus status, ProgressMode progressMode,
		int progress, int weight, boolean isPublic, long version, Instant createdAt, Instant updatedAt) {

	/** The deepest level of the tree: a measure of level 3 has no children. */
	public static final int MAX_LEVEL = 3;

	/** The contractors, one per line, blank lines left out. */
	public List<String> contractorList() {
		return contractors.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public boolean mayHaveChildren() {
		return level < MAX_LEVEL;
	}

}
