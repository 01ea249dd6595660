package de.itas.platform.governance;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A forum input as pages show it. It never carries the contributor's account; the name only when the
 * contributor chose to show it.
 *
 * @param paper whether it came from a paper card
 * @param duplicateOfCode the code of the input it repeats, if the coordination marked it as a duplicate
 */
@NamedInterface("api")
public record InputView(UUID id, String code, UUID forumId, InputKind kind, String body, @Nullable String districtCode,
		@Nullable String actionFieldCode, boolean paper, @Nullable String authorName, boolean published,
		@Nullable UUID topicId, @Nullable String topicTitle, @Nullable String duplicateOfCode, Instant createdAt) {
}
