package de.itas.platform.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One charter version.
 *
 * @param number "1.0", "2.0", …: also its address ({@code /charta/2.0})
 */
public record VersionSummary(UUID id, String number, String title, Phase phase, VersionStatus status,
		@Nullable UUID predecessorId, @Nullable Instant consultationFrom, @Nullable Instant consultationTo,
		@Nullable LocalDate adoptedOn, Instant createdAt) {

	/** Whether comments and proposals are accepted at the given moment. */
	public boolean consultationOpenAt(Instant when) {
		return status == VersionStatus.CONSULTATION && consultationFrom != null && consultationTo != null
				&& !when.isBefore(consultationFrom) && when.isBefore(consultationTo);
	}

}
