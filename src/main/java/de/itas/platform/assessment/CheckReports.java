package de.itas.platform.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.itas.platform.shared.web.TaggedPdf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.itas.platform.shared.mail.Mailer;

/**
 * The printable report of a completed check: the {@code assessment/report} template rendered to XHTML and
 * turned into a tagged PDF (PDF/UA) with the platform's embedded fonts by the kernel's
 * {@link de.itas.platform.shared.web.TaggedPdf}. Charts are plain HTML bars (no JavaScript in a PDF).
 */
@Service
@Transactional(readOnly = true)
public class CheckReports {

	private final Checks checks;
	private final ITemplateEngine templates;
	private final Clock clock;
	private final Mailer mailer;

	CheckReports(Checks checks, ITemplateEngine templates, Clock clock, Mailer mailer) {
		this.checks = checks;
		this.templates = templates;
		this.clock = clock;
		this.mailer = mailer;
	}

	/**
	 * A suggested next step as printed: its title in the reader's language and the absolute address (on paper
	 * a relative path leads nowhere).
	 *
	 * @param href the address percent-encoded for the link annotation
	 */
	public record PrintedStep(String title, String url, String href) {
	}

	/** The report as PDF; empty when the check is not completed or not there for the current person. */
	public Optional<byte[]> pdf(UUID checkId, Locale locale) {
		return checks.result(checkId).map(result -> render(result, locale));
	}

	byte[] render(CheckResult result, Locale locale) {
		return TaggedPdf.render(html(result, locale), "the report of check " + result.check().id());
	}

	/** The XHTML the PDF is made of. */
	String html(CheckResult result, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("result", result);
		context.setVariable("steps", steps(result.nextSteps(), locale));
		context.setVariable("comparison", checks.comparison(result.check().id()).orElse(null));
		context.setVariable("history", checks.history(result.check().organisationId()));
		context.setVariable("createdAt", clock.instant());
		return templates.process("assessment/report", context);
	}

	List<PrintedStep> steps(List<Questionnaire.NextStep> steps, Locale locale) {
		String base = mailer.baseUrl();
		return steps.stream().map(step -> {
			String url = step.link().startsWith("/") ? base + step.link() : step.link();
			String href = UriComponentsBuilder.fromUriString(url).encode().toUriString();
			return new PrintedStep(step.text().in(locale), url, href);
		}).toList();
	}

}
