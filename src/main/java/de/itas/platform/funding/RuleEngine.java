package de.itas.platform.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Interprets a programme's data for one case. Plain Java without Spring, so that every rule can be tested
 * at its boundaries by unit tests.
 * <p>
 * The shares are what the programme pays when the case is eligible (or may be, pending the conditions to
 * be checked); a case that is not eligible gets nothing, so its shares and amount are zero. The conditions
 * say why.
 */
final class RuleEngine {

	static final String CLOSED = "programme-open";
	static final String NO_RULES = "rules-for-course-start";

	private static final int SHARE_SCALE = 2;
	private static final int AMOUNT_SCALE = 2;

	private RuleEngine() {
	}

	static ProgrammeEvaluation evaluate(Programme programme, FundingCase input) {
		Facts facts = Facts.of(input);
		Optional<ProgrammeVersion> valid = programme.versionOn(input.courseStart());
		ProgrammeVersion version = valid.orElseGet(() -> programme.versionNearest(input.courseStart()));
		List<ConditionEvaluation> conditions = new ArrayList<>();
		if (!programme.active()) {
			conditions.add(ConditionEvaluation.message(CLOSED, Outcome.NOT_MET, "funding.condition.programme-open"));
		}
		if (valid.isEmpty()) {
			conditions.add(ConditionEvaluation.message(NO_RULES, Outcome.NOT_MET, "funding.condition.no-rules",
					input.courseStart(), version.validFrom()));
		}
		else {
			version.conditions().stream().map(condition -> condition.evaluate(facts)).forEach(conditions::add);
		}
		@Nullable Boolean eligible = eligibility(conditions);

		Set<LocalizedText> notes = new LinkedHashSet<>();
		if (version.note() != null) {
			notes.add(version.note());
		}
		List<Rate> rates = new ArrayList<>();
		rates.add(version.courseCost());
		if (version.wageSubsidy() != null) {
			rates.add(version.wageSubsidy());
		}
		if (version.netPayReplacement() != null) {
			rates.add(version.netPayReplacement());
		}
		List<LocalizedText> secondary = rates.stream().flatMap(rate -> rate.secondarySources().stream()).toList();
		notes.addAll(secondary);
		if (programme.inactiveNote() != null && !programme.active()) {
			notes.add(programme.inactiveNote());
		}

		boolean pays = !Boolean.FALSE.equals(eligible);
		BigDecimal courseCostShare = pays ? scaled(version.courseCost().share(facts)) : zero();
		BigDecimal courseCostAmount = amount(courseCostShare, input.courseCost(), version.courseCost().maxAmount());
		BigDecimal wageShare = pays && version.wageSubsidy() != null ? scaled(version.wageSubsidy().share(facts)) : zero();
		@Nullable BigDecimal netPayShare = version.netPayReplacement() == null ? null
				: pays ? scaled(version.netPayReplacement().share(facts)) : zero();
		BigDecimal wageAmount = wageShare.signum() > 0 ? wageSubsidyAmount(wageShare, input) : null;
		return new ProgrammeEvaluation(programme, version, eligible, courseCostShare, courseCostAmount, wageShare,
				wageAmount, netPayShare, List.copyOf(conditions), List.copyOf(notes), !secondary.isEmpty());
	}

	private static @Nullable Boolean eligibility(List<ConditionEvaluation> conditions) {
		if (conditions.stream().anyMatch(condition -> condition.outcome() == Outcome.NOT_MET)) {
			return Boolean.FALSE;
		}
		if (conditions.stream().anyMatch(condition -> condition.outcome() == Outcome.UNKNOWN)) {
			return null;
		}
		return Boolean.TRUE;
	}

	/** Weeks in a month on average: 13 weeks in 3 months, the usual conversion of monthly pay to hours. */
	private static final BigDecimal WEEKS_PER_MONTH = BigDecimal.valueOf(13).divide(BigDecimal.valueOf(3), 10,
			RoundingMode.HALF_UP);

	/**
	 * The wage subsidy in euro: the share of the pay for the course hours, the hourly pay being the monthly
	 * gross pay over the contractual hours of an average month. Every course hour is taken to fall into
	 * working time; the employer's flat social-insurance contribution is not included. Without the weekly
	 * hours there is no amount.
	 */
	static @Nullable BigDecimal wageSubsidyAmount(BigDecimal share, FundingCase input) {
		BigDecimal weekly = input.weeklyWorkingHours();
		if (weekly == null || weekly.signum() <= 0) {
			return null;
		}
		BigDecimal hourly = input.monthlyGrossWage().divide(weekly.multiply(WEEKS_PER_MONTH), 10, RoundingMode.HALF_UP);
		return share.multiply(hourly).multiply(input.courseHours()).setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
	}

	/** Share × course cost in euro and cent (half up), capped where the programme caps the amount. */
	static BigDecimal amount(BigDecimal share, BigDecimal courseCost, @Nullable BigDecimal maxAmount) {
		BigDecimal amount = share.multiply(courseCost).setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
		return maxAmount == null ? amount : amount.min(maxAmount.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP));
	}

	private static BigDecimal scaled(BigDecimal share) {
		return share.setScale(SHARE_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(SHARE_SCALE);
	}

}
