package de.itas.platform.directory;

import org.springframework.modulith.NamedInterface;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Free-text tags (capabilities, certifications) as people type them: one per line or separated by commas
 * or semicolons. Each is trimmed with inner white space collapsed; empty entries and repetitions that
 * differ only in case are dropped. Length and count limits are checked by the profile's rules, so that a
 * too-long tag is reported, never cut off.
 */
@NamedInterface("api")
public final class Tags {

	public static final int MAX_LENGTH = 60;

	private static final Pattern SEPARATORS = Pattern.compile("[\\n\\r,;]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Tags() {
	}

	public static List<String> parse(String text) {
		List<String> tags = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String part : SEPARATORS.split(text)) {
			String tag = normalise(part);
			if (!tag.isEmpty() && seen.add(key(tag))) {
				tags.add(tag);
			}
		}
		return List.copyOf(tags);
	}

	public static String normalise(String tag) {
		return SPACES.matcher(tag.strip()).replaceAll(" ");
	}

	/** How tags are compared and filtered: the same tag in any case is one tag. */
	public static String key(String tag) {
		return normalise(tag).toLowerCase(Locale.GERMAN);
	}

	/** The text to put back into a form field: one tag per line. */
	public static String format(List<String> tags) {
		return String.join("\n", tags);
	}

}
