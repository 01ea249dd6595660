package de.itas.platform.networking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import de.itas.platform.directory.ProductGroup;

/**
 * A search of the exchange's active posts; absent criteria do not filter.
 *
 * @param page 0-based page number
 */
public record ExchangeQuery(@Nullable String text, @Nullable PostKind kind, @Nullable PostDirection direction,
		@Nullable String district, @Nullable ProductGroup productGroup, @Nullable String actionField, int page,
		int size) {

	public static final int DEFAULT_SIZE = 12;
	static final int MAX_SIZE = 50;
	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	public ExchangeQuery {
		text = blankToNull(text);
		district = blankToNull(district);
		actionField = blankToNull(actionField);
		page = Math.max(0, page);
		size = Math.min(MAX_SIZE, Math.max(1, size));
	}

	public static ExchangeQuery all() {
		return new ExchangeQuery(null, null, null, null, null, null, 0, DEFAULT_SIZE);
	}

	public ExchangeQuery onPage(int newPage) {
		return new ExchangeQuery(text, kind, direction, district, productGroup, actionField, newPage, size);
	}

	/**
	 * The text as a PostgreSQL tsquery in which every word must occur as a prefix; letters and digits only, so
	 * nothing typed can carry query syntax. Null without words.
	 */
	@Nullable String tsquery() {
		if (text == null) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (String word : NON_WORD.split(text.toLowerCase(Locale.GERMAN))) {
			if (!word.isEmpty() && words.size() < 8) {
				words.add(word + ":*");
			}
		}
		return words.isEmpty() ? null : String.join(" & ", words);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
