package de.itas.platform.helpdesk;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A barrier somebody met on the platform, reported from the accessibility statement: the page, what went
 * wrong, and optionally how to reach the reporter.
 *
 * @param page the address or path of the page (optional)
 * @param description what the barrier is (required)
 * @param name the reporter's name (optional)
 * @param email where the help desk may answer (optional)
 */
@NamedInterface("api")
public record BarrierReport(@Nullable String page, @Nullable String description, @Nullable String name,
		@Nullable String email) {
}
