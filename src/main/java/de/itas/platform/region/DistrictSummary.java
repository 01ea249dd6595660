package de.itas.platform.region;

/** A district as other modules and pages see it. */
public record DistrictSummary(String code, String name, String seat, DistrictKind kind, long version) {
}
