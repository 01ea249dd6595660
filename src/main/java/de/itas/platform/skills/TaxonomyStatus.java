package de.itas.platform.skills;

import java.time.Instant;
import java.util.List;

/** The taxonomy in use: which import it comes from and how large it is. */
public record TaxonomyStatus(long importId, String source, Instant importedAt, int occupations, int skills,
		int relations, int obsoleteOccupations, int obsoleteSkills, List<String> warnings) {
}
