package de.itas.platform.trainings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A registration for a run, with what a list of registrations shows about the course.
 *
 * @param waitingPosition place on the waiting list (1 = next to move up), {@code 0} unless waiting
 * @param registeredBy who registered: the person themself or their company's admin
 */
public record RegistrationSummary(long id, long runId, long offerId, String offerTitle, LocalDate startDate,
		LocalDate endDate, @Nullable String city, boolean online, UUID personId, String personName, String personEmail,
		UUID registeredBy, @Nullable UUID companyId, RegistrationStatus status, int waitingPosition,
		Instant registeredAt) {

	public boolean active() {
		return status != RegistrationStatus.CANCELLED;
	}

}
