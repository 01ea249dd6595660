package de.itas.platform.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** One item of an event's programme. */
@NamedInterface("api")
public record AgendaItem(long id, Instant startsAt, @Nullable Instant endsAt, String title, String speakers,
		String room) {
}
