package de.itas.platform.portal;

import org.jspecify.annotations.Nullable;

/** The public list's filters; {@code null} means all. */
public record NewsFilter(@Nullable String actionField, @Nullable String partner, @Nullable Integer year) {

	public static NewsFilter none() {
		return new NewsFilter(null, null, null);
	}

}
