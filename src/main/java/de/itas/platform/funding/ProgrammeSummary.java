package de.itas.platform.funding;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A programme as listed on the calculator page before anything is calculated.
 *
 * @param note why the programme is closed, when it is
 */
@NamedInterface("api")
public record ProgrammeSummary(String id, String name, String legalBasis, boolean active, @Nullable String note) {
}
