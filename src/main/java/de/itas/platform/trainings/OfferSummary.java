package de.itas.platform.trainings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A published offer as other modules show it in a list.
 *
 * @param url the public detail page, e.g. {@code /weiterbildung/42}
 * @param nextStart the first day of the next run that has not started yet, if any
 * @param fundable whether the course meets the course-related conditions of § 82 SGB III
 */
public record OfferSummary(long id, String title, String providerName, String url, @Nullable LocalDate nextStart,
		boolean fundable) {
}
