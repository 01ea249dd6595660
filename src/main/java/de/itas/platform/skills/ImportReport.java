package de.itas.platform.skills;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an import: counts and warnings when it succeeded, or every problem (file, line, what)
 * when the export was refused and the taxonomy left as it was.
 */
public record ImportReport(boolean success, boolean alreadyImported, String source, int occupations, int skills,
		int relations, int obsoleteOccupations, int obsoleteSkills, List<String> warnings, List<String> problems,
		Duration duration) {

	static ImportReport refused(String source, List<String> problems, Duration duration) {
		return new ImportReport(false, false, source, 0, 0, 0, 0, 0, List.of(), problems, duration);
	}

	/** A text for the console and the log. */
	public String describe() {
		if (!success) {
			return "Import of " + source + " refused, the taxonomy is unchanged:\n  " + String.join("\n  ", problems);
		}
		if (alreadyImported) {
			return "Import of " + source + " skipped: this export is already the current taxonomy";
		}
		return String.format(java.util.Locale.ROOT,
				"Imported %s in %.1f s: %d occupations, %d skills, %d relations; obsolete now: %d occupations, %d skills%s",
				source, duration.toMillis() / 1000.0, occupations, skills, relations, obsoleteOccupations, obsoleteSkills,
				warnings.isEmpty() ? "" : "\n  " + String.join("\n  ", warnings));
	}

}
