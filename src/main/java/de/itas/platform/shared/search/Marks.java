package de.itas.platform.shared.search;

import java.util.ArrayList;
import java.util.List;

import de.itas.platform.shared.search.SiteSearchResult.Part;

/**
 * The control characters that surround matched words in a marked text. They cannot occur in the texts
 * themselves (the kernel removes control characters from every hit), so the marks are unambiguous and no HTML
 * ever passes through the database.
 */
final class Marks {

	static final char START = '\u0002';
	static final char STOP = '\u0003';

	private Marks() {
	}

	/** The marked text split into parts; marks without their partner are ignored. */
	static List<Part> parts(String marked) {
		List<Part> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inMatch = false;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == START || c == STOP) {
				if (current.length() > 0) {
					parts.add(new Part(current.toString(), inMatch));
					current.setLength(0);
				}
				inMatch = c == START;
			}
			else {
				current.append(c);
			}
		}
		if (current.length() > 0) {
			parts.add(new Part(current.toString(), inMatch));
		}
		return parts;
	}

	/** The text without marks. */
	static String plain(String marked) {
		return marked.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
	}

}
