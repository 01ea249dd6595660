package de.itas.platform.region;

import jakarta.persistence.Embeddable;

/** A postal address in Germany. */
@Embeddable
public record Address(String street, String postcode, String city) {

	public String singleLine() {
		return street + ", " + postcode + " " + city;
	}

}
