package de.itas.platform.learning;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor narrowed the public list to; {@code null} means not narrowed.
 *
 * @param query the words as typed
 */
public record LibraryFilter(@Nullable String query, @Nullable ContentKind kind, @Nullable String actionField,
		@Nullable String partner, @Nullable String language) {

	public static LibraryFilter none() {
		return new LibraryFilter(null, null, null, null, null);
	}

	public boolean narrowed() {
		return query != null || kind != null || actionField != null || partner != null || language != null;
	}

}
