package de.itas.platform.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import de.itas.platform.shared.mail.Mailer;

/**
 * The printable report of a completed check: the {@code assessment/report} template rendered to XHTML and
 * turned into a tagged PDF (PDF/UA) by openhtmltopdf. The fonts are shipped with the application
 * ({@code assessment/fonts}, DejaVu Sans) and embedded, so the report looks the same on every machine and
 * does not depend on the fonts of the server. Charts are plain HTML bars (no JavaScript in a PDF).
 */
@Service
@Transactional(readOnly = true)
public class CheckReports {

	/** The font family the report's style sheet names. */
	static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "/assessment/fonts/";

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
		String html = html(result, locale);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("ITAS-Plattform");
			font(builder, "DejaVuSans.ttf", 400);
			font(builder, "DejaVuSans-Bold.ttf", 700);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the report of check " + result.check().id(), ex);
		}
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

	private static void font(PdfRendererBuilder builder, String file, int weight) {
		builder.useFont(() -> open(file), FONT_FAMILY, weight, FontStyle.NORMAL, true,
				EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
	}

	private static InputStream open(String file) {
		InputStream in = CheckReports.class.getResourceAsStream(FONTS + file);
		if (in == null) {
			throw new IllegalStateException("The report font " + FONTS + file + " is not on the class path");
		}
		return in;
	}

}
