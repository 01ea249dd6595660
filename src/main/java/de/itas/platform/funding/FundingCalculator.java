package de.itas.platform.funding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.modulith.NamedInterface;

/**
 * The funding module's API: which programme pays what for a course, a company and an employee. The
 * answer is an orientation, not a decision; the employment agency decides.
 */
@Service
@NamedInterface("api")
public class FundingCalculator {

	private final ProgrammeCatalogue catalogue;
	private final MessageSource messages;

	FundingCalculator(ProgrammeCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/** Every programme with its result for the case, texts in the given language. */
	public FundingResult calculate(FundingCase input, Locale locale) {
		return new FundingResult(catalogue.programmes()
			.stream()
			.map(programme -> RuleEngine.evaluate(programme, input))
			.map(evaluation -> toResult(evaluation, locale))
			.toList());
	}

	/** The programmes the calculator knows, with the legal basis valid on the given day. */
	public List<ProgrammeSummary> programmes(LocalDate day, Locale locale) {
		return catalogue.programmes().stream().map(programme -> {
			ProgrammeVersion version = programme.versionNearest(day);
			return new ProgrammeSummary(programme.id(), programme.name().in(locale), version.legalBasis().in(locale),
					programme.active(), programme.active() || programme.inactiveNote() == null ? null
							: programme.inactiveNote().in(locale));
		}).toList();
	}

	private ProgrammeResult toResult(ProgrammeEvaluation evaluation, Locale locale) {
		List<ConditionResult> conditions = evaluation.conditions()
			.stream()
			.map(condition -> new ConditionResult(condition.id(), text(condition, locale),
					condition.outcome().asBoolean()))
			.toList();
		String note = evaluation.notes().isEmpty() ? null
				: evaluation.notes().stream().map(text -> text.in(locale)).collect(Collectors.joining(" "));
		Programme programme = evaluation.programme();
		return new ProgrammeResult(programme.id(), programme.name().in(locale), programme.active(),
				evaluation.eligible(), evaluation.courseCostShare(), evaluation.courseCostAmount(),
				evaluation.wageSubsidyMaxShare(), evaluation.wageSubsidyMaxAmount(), evaluation.netPayReplacementShare(),
				conditions,
				evaluation.version().legalBasis().in(locale), note, evaluation.secondarySource(),
				evaluation.version()
					.checks()
					.stream()
					.map(check -> new RuleCheck(check.subject().in(locale), check.paragraph(), check.source(),
							check.checked(), check.verified()))
					.toList());
	}

	private String text(ConditionEvaluation condition, Locale locale) {
		if (condition.text() != null) {
			return condition.text().in(locale);
		}
		Object[] arguments = condition.arguments()
			.stream()
			.map(argument -> argument instanceof LocalDate date
					? date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)) : argument)
			.toArray();
		return messages.getMessage(condition.messageKey(), arguments, locale);
	}

}
