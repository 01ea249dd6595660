package de.itas.platform.trainings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.itas.platform.funding.FundingCalculator;
import de.itas.platform.funding.FundingCase;
import de.itas.platform.funding.ProgrammeResult;

/**
 * Whether an offer is „fundable“: the funding calculator is asked about § 82 SGB III for an ordinary case
 * (a qualified employee of a mid-sized company, applying well before the start), so that only the
 * course's own facts — hours, AZAV approval of provider and course, cost — decide. A person's own case
 * may differ; the detail page links to the calculator for that.
 */
@Component
class Fundability {

	static final String PROGRAMME = "sgb3-82";

	private final FundingCalculator calculator;
	private final Clock clock;

	Fundability(FundingCalculator calculator, Clock clock) {
		this.calculator = calculator;
		this.clock = clock;
	}

	boolean fundable(BigDecimal hours, boolean providerAzav, boolean courseAzav, BigDecimal price) {
		return programme(hours, providerAzav, courseAzav, price, Locale.GERMAN)
			.map(result -> result.active() && !Boolean.FALSE.equals(result.eligible()))
			.orElse(false);
	}

	/** The programme's name and legal basis, for „förderfähig nach …“. */
	Optional<ProgrammeResult> programme(BigDecimal hours, boolean providerAzav, boolean courseAzav, BigDecimal price,
			Locale locale) {
		LocalDate today = LocalDate.now(clock);
		FundingCase ordinary = new FundingCase(100, 40, false, true, today.getYear() - 10, false, null, hours,
				courseAzav, providerAzav, price, BigDecimal.valueOf(3200), today.plusDays(60), today, false, false);
		return calculator.calculate(ordinary, locale)
			.programmes()
			.stream()
			.filter(result -> result.id().equals(PROGRAMME))
			.findFirst();
	}

}
