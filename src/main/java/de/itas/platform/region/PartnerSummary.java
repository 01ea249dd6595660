package de.itas.platform.region;

import org.springframework.modulith.NamedInterface;

/** A consortium partner as other modules and pages see it. */
@NamedInterface("api")
public record PartnerSummary(String code, PartnerDetails details, long version) {

	public String name() {
		return details.name();
	}

	public String shortName() {
		return details.shortName();
	}

}
