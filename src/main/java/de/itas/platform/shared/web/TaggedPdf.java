package de.itas.platform.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML (rendered by a module's Thymeleaf template) as a tagged PDF (PDF/UA) by openhtmltopdf, with the fonts
 * shipped with the application ({@code /fonts/}, DejaVu Sans, regular and bold) embedded, so that every PDF of
 * the platform looks the same on every machine and does not depend on the fonts of the server. Templates name
 * the family {@value #FONT_FAMILY}.
 */
public final class TaggedPdf {

	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "/fonts/";

	private TaggedPdf() {
	}

	/**
	 * @param xhtml the document, well-formed XHTML
	 * @param what what the document is, for the message of a failure (e.g. "the ticket of registration 12")
	 */
	public static byte[] render(String xhtml, String what) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("ITAS-Plattform");
			font(builder, "DejaVuSans.ttf", 400);
			font(builder, "DejaVuSans-Bold.ttf", 700);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render " + what + " as PDF", ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight) {
		builder.useFont(() -> open(file), FONT_FAMILY, weight, FontStyle.NORMAL, true,
				EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
	}

	private static InputStream open(String file) {
		InputStream in = TaggedPdf.class.getResourceAsStream(FONTS + file);
		if (in == null) {
			throw new IllegalStateException("The font " + FONTS + file + " is not on the class path");
		}
		return in;
	}

}
