package de.itas.platform.governance;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A forum as the coordination creates or edits it.
 *
 * @param inputFrom with {@code inputTo}: the input period, local time in Europe/Berlin
 */
public record ForumDraft(@Nullable String title, @Nullable String districtCode, @Nullable String place,
		@Nullable LocalDate heldOn, @Nullable LocalDateTime inputFrom, @Nullable LocalDateTime inputTo,
		@Nullable String description) {
}
