package de.itas.platform.region;

/** The editable details of a help desk. */
public record HelpDeskDetails(String name, String partnerCode, String districtCode, Address address,
		LocalizedText openingHours, String phone, String email) {
}
