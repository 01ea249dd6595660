package de.itas.platform.funding;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The rules of a programme for one period: a law change is a new version with its own {@code validFrom}.
 * Which version applies is decided by the course start, a simplification of § 422 SGB III (which keeps
 * the old law for measures that began, applied for in time, before a change).
 *
 * @param validUntil last day of validity, inclusive; {@code null} while in force
 * @param wageSubsidy share of pay the employer may receive, where the programme pays one
 * @param netPayReplacement share of lost net pay paid to the employee, where the programme pays one
 * @param checks how the version's rules were checked against the law or guideline, rule by rule
 */
record ProgrammeVersion(LocalDate validFrom, @Nullable LocalDate validUntil, LocalizedText legalBasis,
		@Nullable LocalizedText note, Rate courseCost, @Nullable Rate wageSubsidy, @Nullable Rate netPayReplacement,
		List<Condition> conditions, List<Check> checks) {

	/** A rule checked against its source; see {@link RuleCheck}. */
	record Check(LocalizedText subject, String paragraph, String source, LocalDate checked, boolean verified) {
	}

	boolean validOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
	}

}
