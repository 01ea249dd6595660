package de.itas.platform.surveys;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A survey as another module links to it: where to answer it and, once published, its results.
 *
 * @param resultsPath the public results page, when the results are published and the period has ended
 */
@NamedInterface("api")
public record SurveyLink(UUID id, String slug, int revision, String title, SurveyPhase phase, @Nullable Instant closesAt,
		String path, @Nullable String resultsPath, int responses) {
}
