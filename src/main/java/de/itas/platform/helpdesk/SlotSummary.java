package de.itas.platform.helpdesk;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An appointment slot of an advisor.
 *
 * @param deskCode the region's help desk where it takes place (for {@link SlotKind#HELP_DESK})
 * @param bookedName who booked it, absent while free
 * @param caseNumber the inquiry it was booked for, if any
 */
public record SlotSummary(long id, UUID advisorId, String advisorName, String teamCode, SlotKind kind,
		@Nullable String deskCode, Instant startsAt, int minutes, Set<Topic> topics, boolean booked,
		@Nullable UUID bookedBy, @Nullable String bookedName, @Nullable String caseNumber) {

	public Instant endsAt() {
		return startsAt.plusSeconds(60L * minutes);
	}

}
