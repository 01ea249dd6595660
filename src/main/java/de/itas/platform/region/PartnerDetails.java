package de.itas.platform.region;

/** The editable details of a consortium partner. */
public record PartnerDetails(String name, String shortName, LocalizedText focus, String email, String phone,
		String website, Address address) {
}
