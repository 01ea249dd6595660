package de.itas.platform.trainings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A run (Termin) as its provider enters it: in a place of the region or online. */
public record RunDraft(@Nullable LocalDate startDate, @Nullable LocalDate endDate, String schedule, boolean online,
		String placeName, String street, String postcode, String city, @Nullable String districtCode,
		@Nullable Integer capacity) {
}
