package de.itas.platform.shared.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by users (offer descriptions, charter sections, proposals): rendered with commonmark and
 * then passed through the OWASP sanitizer, so that neither raw HTML in the Markdown nor a crafted link can run
 * script.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES);

	private Markdown() {
	}

	public static String toSafeHtml(String markdown) {
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
