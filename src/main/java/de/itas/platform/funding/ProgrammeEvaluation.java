package de.itas.platform.funding;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the rule engine found for one programme, before texts are put into a language.
 *
 * @param version the version applied, or the nearest one when none is valid for the course start
 * @param eligible {@code true} when all conditions are met, {@code false} when one is not (or the
 *        programme is closed, or has no rules for the course start), {@code null} when none fails but
 *        some must be checked
 * @param notes the version's note, notes on secondary sources, and why the programme is closed
 */
record ProgrammeEvaluation(Programme programme, ProgrammeVersion version, @Nullable Boolean eligible,
		BigDecimal courseCostShare, BigDecimal courseCostAmount, BigDecimal wageSubsidyMaxShare,
		@Nullable BigDecimal wageSubsidyMaxAmount, @Nullable BigDecimal netPayReplacementShare, List<ConditionEvaluation> conditions, List<LocalizedText> notes,
		boolean secondarySource) {

	ConditionEvaluation condition(String id) {
		return conditions.stream()
			.filter(condition -> condition.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no condition " + id + " in " + programme.id()));
	}

}
