package de.itas.platform.region;

import org.springframework.modulith.NamedInterface;

/** A help desk with its partner and district, as other modules and pages see it. */
@NamedInterface("api")
public record HelpDeskSummary(String code, HelpDeskDetails details, PartnerSummary partner, DistrictSummary district,
		long version) {

	public String name() {
		return details.name();
	}

}
