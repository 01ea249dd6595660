package de.itas.platform.helpdesk;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A recommendation with its items and the submitter's feedback on each. */
public record RecommendationView(long id, String caseNumber, String advisorName, String message, Instant sentAt,
		List<Item> items) {

	/**
	 * @param title the title when the recommendation was sent (the source may change later)
	 * @param helpful the submitter's feedback; absent until given
	 */
	public record Item(long id, RecommendationKind kind, String reference, String title, @Nullable String url,
			@Nullable String note, @Nullable Boolean helpful) {
	}

}
