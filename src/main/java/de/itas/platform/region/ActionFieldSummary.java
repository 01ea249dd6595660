package de.itas.platform.region;

import org.springframework.modulith.NamedInterface;

/** An action field with its lead partner, as other modules and pages see it. */
@NamedInterface("api")
public record ActionFieldSummary(String code, ActionFieldDetails details, PartnerSummary leadPartner, long version) {

	public LocalizedText name() {
		return details.name();
	}

}
