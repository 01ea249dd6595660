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
 * @param seriesId the weekly series it belongs to, if any
 * @param reason what the person who booked it wants to talk about, if they said
 */
public record SlotSummary(long id, UUID advisorId, String advisorName, String teamCode, SlotKind kind,
		@Nullable String deskCode, Instant startsAt, int minutes, Set<Topic> topics, boolean booked,
		@Nullable UUID bookedBy, @Nullable String bookedName, @Nullable String caseNumber, @Nullable Long seriesId,
		@Nullable String reason) {

	public SlotSummary(long id, UUID advisorId, String advisorName, String teamCode, SlotKind kind,
			@Nullable String deskCode, Instant startsAt, int minutes, Set<Topic> topics, boolean booked,
			@Nullable UUID bookedBy, @Nullable String bookedName, @Nullable String caseNumber) {
		this(id, advisorId, advisorName, teamCode, kind, deskCode, startsAt, minutes, topics, booked, bookedBy,
				bookedName, caseNumber, null, null);
	}

	public Instant endsAt() {
		return startsAt.plusSeconds(60L * minutes);
	}

}
