package de.itas.platform.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One registration as stored (personal data: shown only to the person, their company admin and the organiser). */
public record RegistrationView(long id, UUID eventId, AttendanceMode mode, RegistrationStatus status,
		@Nullable UUID accountId, String name, String email, String organisation, @Nullable UUID registeredBy,
		@Nullable UUID companyId, @Nullable UUID groupId, Instant registeredAt, @Nullable Instant waitingSince,
		@Nullable Instant offerUntil, @Nullable Instant cancelledAt, boolean cancelledByOrganiser, String ticketCode,
		@Nullable Instant remindedAt, @Nullable Instant checkedInAt, boolean walkIn) {

	public boolean checkedIn() {
		return checkedInAt != null;
	}

}
