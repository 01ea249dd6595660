package de.itas.platform.funding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A funding programme with its versions. {@code active} is the programme's current state, independent of
 * the course dates: a programme without budget takes no applications, whatever the rules would say.
 */
record Programme(String id, LocalizedText name, boolean active, @Nullable LocalizedText inactiveNote,
		List<ProgrammeVersion> versions) {

	Optional<ProgrammeVersion> versionOn(LocalDate day) {
		return versions.stream().filter(version -> version.validOn(day)).findFirst();
	}

	/** The version valid on the day, else the one closest to it (for its legal basis and texts). */
	ProgrammeVersion versionNearest(LocalDate day) {
		return versionOn(day).orElseGet(() -> versions.stream()
			.min(Comparator.comparingLong(version -> distance(version, day)))
			.orElseThrow());
	}

	private static long distance(ProgrammeVersion version, LocalDate day) {
		if (day.isBefore(version.validFrom())) {
			return ChronoUnit.DAYS.between(day, version.validFrom());
		}
		LocalDate until = version.validUntil();
		return until == null ? 0 : ChronoUnit.DAYS.between(until, day);
	}

}
