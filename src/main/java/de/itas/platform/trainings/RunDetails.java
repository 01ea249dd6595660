package de.itas.platform.trainings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A run of an offer with its occupancy.
 *
 * @param confirmed registrations holding a place
 * @param waiting registrations on the waiting list
 */
public record RunDetails(long id, long offerId, LocalDate startDate, LocalDate endDate, String schedule,
		boolean online, @Nullable String placeName, @Nullable String street, @Nullable String postcode,
		@Nullable String city, @Nullable String districtCode, @Nullable String districtName, int capacity,
		boolean cancelled, int confirmed, int waiting, long version) {

	public int freePlaces() {
		return Math.max(0, capacity - confirmed);
	}

	public boolean full() {
		return confirmed >= capacity;
	}

	public boolean upcoming(LocalDate today) {
		return !cancelled && !startDate.isBefore(today);
	}

	/** Whether the run has begun (a run starting today has not: it still takes registrations and may be cancelled). */
	public boolean started(LocalDate today) {
		return startDate.isBefore(today);
	}

	/** Whether its provider may still cancel the run. */
	public boolean cancellable(LocalDate today) {
		return !cancelled && !started(today);
	}

	/** Registrations the run's cancellation would cancel: confirmed and waiting ones. */
	public int affected() {
		return confirmed + waiting;
	}

}
