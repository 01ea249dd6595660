package de.itas.platform.region;

import org.springframework.modulith.NamedInterface;

/** A district as other modules and pages see it. */
@NamedInterface("api")
public record DistrictSummary(String code, String name, String seat, DistrictKind kind, long version) {
}
