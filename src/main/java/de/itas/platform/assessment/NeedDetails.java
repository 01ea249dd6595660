package de.itas.platform.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A qualification need of one company as its members and advisors with consent see it. */
public record NeedDetails(UUID id, UUID organisationId, String occupationUri, String occupationLabel,
		@Nullable String occupationGroup, @Nullable String occupationGroupLabel, int employeesAffected,
		List<Skill> skills, Horizon horizon, Urgency urgency, Set<TrainingFormat> formats, @Nullable String comment,
		boolean open, Instant recordedAt) {

	/** A skill from the taxonomy, with the label it had when the need was recorded. */
	public record Skill(String uri, String label) {
	}

}
