package de.itas.platform.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a programme computes one share (of course costs, of pay): the first matching base step, raised to
 * the highest matching {@code raisedTo}, plus every matching {@code plusPoints}, capped at
 * {@code maxShare}. Shares are fractions (0.5 = 50 %).
 *
 * @param maxAmount cap of the resulting amount in euro, where the programme has one
 * @param secondarySource why this rate is not yet verified against the primary source, if it is not
 */
record Rate(List<Step> base, List<Raise> raisedTo, List<Plus> plusPoints, BigDecimal maxShare,
		@Nullable BigDecimal maxAmount, @Nullable LocalizedText secondarySource) {

	/** A base share; the step without {@code when} is the fallback and comes last. */
	record Step(@Nullable Criterion when, BigDecimal share) {
	}

	record Raise(Criterion when, BigDecimal share) {
	}

	record Plus(Criterion when, BigDecimal points, @Nullable LocalizedText secondarySource) {
	}

	/** The share for these facts. Rules whose test is unknown do not apply: a share is never guessed up. */
	BigDecimal share(Facts facts) {
		BigDecimal share = BigDecimal.ZERO;
		for (Step step : base) {
			if (step.when() == null || step.when().evaluate(facts) == Outcome.MET) {
				share = step.share();
				break;
			}
		}
		for (Raise raise : raisedTo) {
			if (raise.when().evaluate(facts) == Outcome.MET) {
				share = share.max(raise.share());
			}
		}
		for (Plus plus : plusPoints) {
			if (plus.when().evaluate(facts) == Outcome.MET) {
				share = share.add(plus.points());
			}
		}
		return share.min(maxShare);
	}

	/** The notes on parts of this rate that come from secondary sources, whether or not they applied. */
	List<LocalizedText> secondarySources() {
		List<LocalizedText> sources = new ArrayList<>();
		if (secondarySource != null) {
			sources.add(secondarySource);
		}
		plusPoints.stream().map(Plus::secondarySource).filter(source -> source != null).forEach(sources::add);
		return sources;
	}

}
