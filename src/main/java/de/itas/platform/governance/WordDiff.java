package de.itas.platform.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A word-level difference of two texts: a list of pieces that are kept, inserted or deleted. Joining the kept
 * and inserted pieces gives the new text exactly, the kept and deleted ones the old text.
 */
public final class WordDiff {

	/** Words, runs of white space and single punctuation marks, so that "Energie," and "Energie" share a word. */
	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\s+|[^\\p{L}\\p{N}\\s]");

	/**
	 * Most words and spaces of both texts compared word by word (a long charter section has about 1,000):
	 * beyond it the texts are shown as replaced as a whole, so that no text makes a page expensive.
	 */
	static final int MAX_TOKENS = 4000;

	/** What happened to a piece of text. */
	public enum Kind {
		KEPT, INSERTED, DELETED
	}

	/** A run of words with the same fate. */
	public record Piece(Kind kind, String text) {

		public boolean kept() {
			return kind == Kind.KEPT;
		}

		public boolean inserted() {
			return kind == Kind.INSERTED;
		}

		public boolean deleted() {
			return kind == Kind.DELETED;
		}

	}

	private WordDiff() {
	}

	/** The pieces that turn {@code before} into {@code after}. */
	public static List<Piece> between(String before, String after) {
		List<String> a = tokens(layout(before));
		List<String> b = tokens(layout(after));
		if (a.size() + b.size() > MAX_TOKENS) {
			// the diff's cost grows with the square of the changes: very long texts are shown as replaced whole
			List<Piece> whole = new ArrayList<>();
			add(whole, Kind.DELETED, a);
			add(whole, Kind.INSERTED, b);
			return whole;
		}
		Patch<String> patch = DiffUtils.diff(a, b);
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			add(pieces, Kind.KEPT, a.subList(at, start));
			add(pieces, Kind.DELETED, delta.getSource().getLines());
			add(pieces, Kind.INSERTED, delta.getTarget().getLines());
			at = start + delta.getSource().size();
		}
		add(pieces, Kind.KEPT, a.subList(at, a.size()));
		return pieces;
	}

	/**
	 * The text with its line breaks reduced to what Markdown shows: a blank line stays a paragraph break, any
	 * other run of white space is one space (re-wrapping a paragraph is no change).
	 */
	static String layout(String text) {
		return text.strip().replaceAll("[ \\t]*\\R[ \\t]*(\\R\\s*)+", "\n\n").replaceAll("(?<!\\n)[ \\t]*\\R[ \\t]*(?!\\n)", " ")
			.replaceAll("[ \\t]+", " ");
	}

	/** Whether the texts differ in more than white space. */
	public static boolean changed(String before, String after) {
		return !layout(before).equals(layout(after));
	}

	private static void add(List<Piece> pieces, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == kind) {
			Piece last = pieces.remove(pieces.size() - 1);
			text = last.text() + text;
		}
		pieces.add(new Piece(kind, text));
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens;
	}

}
