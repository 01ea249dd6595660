package de.itas.platform.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The licence under which the open data of the steering (public indicators, their published values and public
 * measures) are given.
 *
 * @param licence the licence's name as shown on the open-data page and in the files
 * @param licenceUrl where its text can be read
 * @param licenceUri the licence's identifier in the DCAT-AP.de vocabulary of licences, for the catalogue
 */
@ConfigurationProperties("platform.governance.open-data")
record OpenDataSettings(@DefaultValue("Datenlizenz Deutschland – Namensnennung – 2.0") String licence,
		@DefaultValue("https://www.govdata.de/dl-de/by-2-0") String licenceUrl,
		@DefaultValue("http://dcat-ap.de/def/licenses/dl-by-de/2.0") String licenceUri) {
}
