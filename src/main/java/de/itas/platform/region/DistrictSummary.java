package de.itas.platform.region;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A district as other modules and pages see it.
 *
 * @param regionalKey the official key of the district (Kreisschlüssel: the first five digits of the Amtlicher
 *     Regionalschlüssel and of every Amtlicher Gemeindeschlüssel in it), for joining open data; none when the
 *     region's data does not give one
 */
@NamedInterface("api")
public record DistrictSummary(String code, String name, String seat, DistrictKind kind, @Nullable String regionalKey,
		long version) {
}
