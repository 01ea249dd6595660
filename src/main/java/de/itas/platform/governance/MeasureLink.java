package de.itas.platform.governance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a measure implements or uses: a charter section ({@link #CHARTER_SECTION}, with the section's stable key)
 * or an item of another module as the site search found it ({@code kind} is the search type, e.g. {@code event}
 * or {@code training}).
 */
public record MeasureLink(UUID id, UUID measureId, String kind, @Nullable String sectionKey, String url,
		String title) {

	public static final String CHARTER_SECTION = "charter-section";

}
