package de.itas.platform.events;

import java.time.Instant;
import java.util.UUID;

/** A file of an event's documentation, without its content. */
public record DocumentView(UUID id, UUID eventId, Kind kind, String title, String altText, String fileName,
		String contentType, long sizeBytes, Instant uploadedAt) {

	public enum Kind {
		SLIDES, PHOTO, OTHER;

		public String messageKey() {
			return "events.document.kind." + name();
		}
	}

}
