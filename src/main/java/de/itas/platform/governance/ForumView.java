package de.itas.platform.governance;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A future forum as pages show it.
 *
 * @param districtCode the region's code of the district it takes place in
 * @param inputFrom with {@code inputTo}: the period in which inputs are accepted online
 * @param published how many of its inputs are public
 */
@NamedInterface("api")
public record ForumView(UUID id, String title, String districtCode, @Nullable String place, LocalDate heldOn,
		Instant inputFrom, Instant inputTo, String description, long published) {

	/** Whether inputs are accepted at the given moment. */
	public boolean openAt(Instant when) {
		return !when.isBefore(inputFrom) && when.isBefore(inputTo);
	}

}
