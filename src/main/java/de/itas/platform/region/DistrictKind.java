package de.itas.platform.region;

/** Kind of a district (Kreis): a city outside any district or a rural district. */
public enum DistrictKind {

	KREISFREIE_STADT, LANDKREIS;

	public String messageKey() {
		return "region.district-kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
