package de.itas.platform.skills;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a running import stands on this instance, for the admin page.
 *
 * @param step message key suffix of the current step ({@code reading}, {@code occupations}, …, {@code done})
 * @param percent rough completion, 0–100
 */
public record ImportProgress(boolean running, String step, int percent, String source, Instant startedAt,
		@Nullable ImportReport report) {
}
