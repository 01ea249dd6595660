package de.itas.platform.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A word-level comparison of two wordings as HTML: deleted words in {@code <del>}, inserted ones in
 * {@code <ins>}, each starting with a visually hidden label ("gelöscht:", "eingefügt:") so that the change is
 * readable without colour and by a screen reader. All text is escaped; line breaks are kept as text (the page
 * shows the result with {@code white-space: pre-wrap}).
 */
public final class ProposalDiff {

	/** Words and the whitespace between them, each a token of its own. */
	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	private ProposalDiff() {
	}

	/**
	 * @param deletedLabel the hidden label before deleted text, e.g. "gelöscht:"
	 * @param insertedLabel the hidden label before inserted text, e.g. "eingefügt:"
	 */
	public static String html(String before, String after, String deletedLabel, String insertedLabel) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		Patch<String> patch = DiffUtils.diff(from, to);
		StringBuilder html = new StringBuilder();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			append(html, from.subList(position, start));
			List<String> deleted = delta.getSource().getLines();
			List<String> inserted = delta.getTarget().getLines();
			if (!deleted.isEmpty()) {
				mark(html, "del", deletedLabel, deleted);
			}
			if (!inserted.isEmpty()) {
				mark(html, "ins", insertedLabel, inserted);
			}
			position = start + deleted.size();
		}
		append(html, from.subList(position, from.size()));
		return html.toString();
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text == null ? "" : text.replace("\r\n", "\n"));
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void mark(StringBuilder html, String element, String label, List<String> words) {
		html.append('<').append(element).append("><span class=\"visually-hidden\">")
			.append(HtmlUtils.htmlEscape(label, "UTF-8"))
			.append(" </span>");
		append(html, words);
		html.append("</").append(element).append('>');
	}

	private static void append(StringBuilder html, List<String> words) {
		for (String word : words) {
			html.append(HtmlUtils.htmlEscape(word, "UTF-8"));
		}
	}

}
