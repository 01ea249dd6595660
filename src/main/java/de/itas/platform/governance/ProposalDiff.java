package de.itas.platform.governance;

import org.springframework.web.util.HtmlUtils;

/**
 * A word-level comparison of two wordings as HTML: deleted words in {@code <del>}, inserted ones in
 * {@code <ins>}, each starting with a visually hidden label ("gelöscht:", "eingefügt:") so that the change is
 * readable without colour and by a screen reader. All text is escaped; paragraph breaks are kept as text (the
 * page shows the result with {@code white-space: pre-wrap}). The comparison is {@link WordDiff}'s.
 */
public final class ProposalDiff {

	private ProposalDiff() {
	}

	/**
	 * @param deletedLabel the hidden label before deleted text, e.g. "gelöscht:"
	 * @param insertedLabel the hidden label before inserted text, e.g. "eingefügt:"
	 */
	public static String html(String before, String after, String deletedLabel, String insertedLabel) {
		StringBuilder html = new StringBuilder();
		for (WordDiff.Piece piece : WordDiff.between(before == null ? "" : before, after == null ? "" : after)) {
			switch (piece.kind()) {
				case KEPT -> html.append(HtmlUtils.htmlEscape(piece.text(), "UTF-8"));
				case DELETED -> mark(html, "del", deletedLabel, piece.text());
				case INSERTED -> mark(html, "ins", insertedLabel, piece.text());
			}
		}
		return html.toString();
	}

	private static void mark(StringBuilder html, String element, String label, String text) {
		html.append('<').append(element).append("><span class=\"visually-hidden\">")
			.append(HtmlUtils.htmlEscape(label, "UTF-8"))
			.append(" </span>")
			.append(HtmlUtils.htmlEscape(text, "UTF-8"))
			.append("</").append(element).append('>');
	}

}
