package de.itas.platform.region;

import jakarta.persistence.Embeddable;
import org.springframework.modulith.NamedInterface;

/** A postal address in Germany. */
@Embeddable
@NamedInterface("api")
public record Address(String street, String postcode, String city) {

	public String singleLine() {
		return street + ", " + postcode + " " + city;
	}

}
