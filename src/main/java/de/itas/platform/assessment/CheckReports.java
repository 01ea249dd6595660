package de.itas.platform.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The printable report of a completed check: the {@code assessment/report} template rendered to XHTML and
 * turned into PDF by openhtmltopdf. Charts are plain HTML bars (no JavaScript in a PDF).
 */
@Service
@Transactional(readOnly = true)
public class CheckReports {

	private final Checks checks;
	private final ITemplateEngine templates;
	private final Clock clock;

	CheckReports(Checks checks, ITemplateEngine templates, Clock clock) {
		this.checks = checks;
		this.templates = templates;
		this.clock = clock;
	}

	/** The report as PDF; empty when the check is not completed or not there for the current person. */
	public Optional<byte[]> pdf(UUID checkId, Locale locale) {
		return checks.result(checkId).map(result -> render(result, locale));
	}

	byte[] render(CheckResult result, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("result", result);
		context.setVariable("comparison", checks.comparison(result.check().id()).orElse(null));
		context.setVariable("history", checks.history(result.check().organisationId()));
		context.setVariable("createdAt", clock.instant());
		String html = templates.process("assessment/report", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the report of check " + result.check().id(), ex);
		}
	}

}
