package de.itas.platform.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What an editor gives for a new or changed measure (progress and status change through their own steps). */
public record MeasureDraft(String title, String description, String leadPartnerCode, String contractors,
		Set<MeasureTargetGroup> targetGroups, List<String> districtCodes, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable BigDecimal budgetEuro, ProgressMode progressMode, int weight,
		boolean isPublic) {
}
