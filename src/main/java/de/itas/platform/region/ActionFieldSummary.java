package de.itas.platform.region;

/** An action field with its lead partner, as other modules and pages see it. */
public record ActionFieldSummary(String code, ActionFieldDetails details, PartnerSummary leadPartner, long version) {

	public LocalizedText name() {
		return details.name();
	}

}
