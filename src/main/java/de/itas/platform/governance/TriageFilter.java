package de.itas.platform.governance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the triage list shows: inputs of a forum, district, action field or kind, optionally only those not
 * yet in a topic. Every part may be left out.
 */
public record TriageFilter(@Nullable UUID forumId, @Nullable String districtCode, @Nullable String actionFieldCode,
		@Nullable InputKind kind, boolean withoutTopic) {
}
