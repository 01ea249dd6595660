package de.itas.platform.trainings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A registration for a run, with what a list of registrations shows about the course.
 *
 * @param personId the participant's account; none while a person a company invited has no account linked
 * @param personName empty once an invitation expired or was declined (the invitee's data is removed then)
 * @param waitingPosition place on the waiting list (1 = next to move up), {@code 0} unless waiting
 * @param registeredBy who registered: the person themself or their company's admin
 * @param invitedUntil until when an invited person may confirm; none for other registrations
 */
public record RegistrationSummary(long id, long runId, long offerId, String offerTitle, LocalDate startDate,
		LocalDate endDate, @Nullable String city, boolean online, @Nullable UUID personId, String personName,
		String personEmail, UUID registeredBy, @Nullable UUID companyId, RegistrationStatus status,
		int waitingPosition, Instant registeredAt, @Nullable Instant invitedUntil) {

	public boolean active() {
		return status.active();
	}

	/** Whether this is an invitation the invitee has not answered yet. */
	public boolean invited() {
		return status == RegistrationStatus.INVITED;
	}

	/** Whether the registration is of the person with this account. */
	public boolean of(UUID person) {
		return person.equals(personId);
	}

}
