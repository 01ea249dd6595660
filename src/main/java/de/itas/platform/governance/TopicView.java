package de.itas.platform.governance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A topic that groups similar forum inputs, with how many it holds. */
public record TopicView(UUID id, String title, String description, @Nullable String actionFieldCode, long inputs) {
}
