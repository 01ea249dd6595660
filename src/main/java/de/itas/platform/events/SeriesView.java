package de.itas.platform.events;

import java.util.UUID;

/** A series of events that share one page (e.g. one future forum per district). */
public record SeriesView(UUID id, String slug, String title, String description) {
}
