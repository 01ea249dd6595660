package de.itas.platform.funding;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What one programme pays for the case. Shares are fractions (0.5 = 50 %); amounts are euro.
 *
 * @param active whether the programme currently takes applications
 * @param eligible {@code true}, {@code false}, or {@code null} when no condition fails but some must be
 *        checked; a case that is not eligible gets shares and amount of zero
 * @param courseCostShare share of the course costs paid by the programme
 * @param courseCostAmount that share of the course costs in euro, capped where the programme caps it
 * @param wageSubsidyMaxShare maximum share of pay the employer may receive as wage subsidy
 * @param wageSubsidyMaxAmount that share of the gross pay for the course hours in euro, assuming every course
 *        hour falls into working time (without the employer's social-insurance contribution, which the
 *        agency adds as a flat rate); {@code null} without the weekly working hours or without a wage subsidy
 * @param netPayReplacementShare share of lost net pay replaced for the employee (Qualifizierungsgeld);
 *        {@code null} for programmes without such a benefit
 * @param note remarks, including which rates come from secondary sources and why a programme is closed
 * @param secondarySource whether some of the programme's rates are not yet verified against the statute
 * @param checks how each rule of the version applied was checked against the law or guideline
 */
@NamedInterface("api")
public record ProgrammeResult(String id, String name, boolean active, @Nullable Boolean eligible,
		BigDecimal courseCostShare, BigDecimal courseCostAmount, BigDecimal wageSubsidyMaxShare,
		@Nullable BigDecimal wageSubsidyMaxAmount, @Nullable BigDecimal netPayReplacementShare, List<ConditionResult> conditions, String legalBasis,
		@Nullable String note, boolean secondarySource, List<RuleCheck> checks) {

	/** The one word a person reads first: closed, eligible, not eligible, or to be checked. */
	public Status status() {
		if (!active) {
			return Status.CLOSED;
		}
		if (eligible == null) {
			return Status.TO_BE_CHECKED;
		}
		return eligible ? Status.ELIGIBLE : Status.NOT_ELIGIBLE;
	}

	public enum Status {

		ELIGIBLE, TO_BE_CHECKED, NOT_ELIGIBLE, CLOSED;

		/** The suffix of its message key, e.g. {@code funding.status.to-be-checked}. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
