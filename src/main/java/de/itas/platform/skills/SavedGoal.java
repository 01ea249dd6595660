package de.itas.platform.skills;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The goal a person saved on "Mein Weg": from which occupation to which, with the skills they confirmed. */
@NamedInterface("api")
public record SavedGoal(OccupationSummary from, OccupationSummary target, List<String> skillUris, Instant savedAt) {
}
