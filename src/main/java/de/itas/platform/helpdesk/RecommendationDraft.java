package de.itas.platform.helpdesk;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an advisor composes: a personal message and the chosen items. Each item names its kind and a
 * reference (training offer reference, funding programme id, help-desk code, company id, or a content's
 * address). {@code title} and {@code url} are what the editor showed: needed for contents, and for training
 * offers that the catalogue's search does not find by their reference.
 */
public record RecommendationDraft(String message, List<Item> items) {

	public record Item(RecommendationKind kind, String reference, @Nullable String title, @Nullable String url,
			@Nullable String note) {
	}

}
