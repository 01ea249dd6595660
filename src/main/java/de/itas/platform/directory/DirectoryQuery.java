package de.itas.platform.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A search of the company directory; absent criteria do not filter.
 *
 * @param text words to find in name, description, industry, city and capabilities (as far as the reader
 *     may see them)
 * @param capability a capability tag, compared case-insensitively
 * @param page 0-based page number
 * @param size companies per page
 */
@NamedInterface("api")
public record DirectoryQuery(@Nullable String text, @Nullable String districtCode,
		@Nullable ValueChainPosition position, @Nullable ProductGroup productGroup, @Nullable String capability,
		int page, int size) {

	public static final int DEFAULT_SIZE = 12;
	public static final int MAX_SIZE = 100;

	public DirectoryQuery {
		text = blankToNull(text);
		districtCode = blankToNull(districtCode);
		capability = capability == null || capability.isBlank() ? null : Tags.key(capability);
		page = Math.max(0, page);
		size = Math.min(MAX_SIZE, Math.max(1, size));
	}

	public static DirectoryQuery all() {
		return new DirectoryQuery(null, null, null, null, null, 0, DEFAULT_SIZE);
	}

	/** The same search on another page (0-based). */
	public DirectoryQuery onPage(int newPage) {
		return new DirectoryQuery(text, districtCode, position, productGroup, capability, newPage, size);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
