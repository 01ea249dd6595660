package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.region.RegionFolder;

/** The region's texts are filled into the module messages, in the language of the bundle. */
class RegionalMessageSourceUnitTests {

	@Test
	void aTextOfTheRegionIsFilledIn() {
		Properties region = new Properties();
		region.setProperty("regional.name", "Leipzig");
		assertThat(RegionalMessageSource.fill("Die Region ${regional.name}", region, "x")).isEqualTo("Die Region Leipzig");
		assertThat(RegionalMessageSource.fill("Ohne Text der Region", region, "x")).isEqualTo("Ohne Text der Region");
	}

	@Test
	void anApostropheStaysOneInAMessageWithArguments() {
		Properties region = new Properties();
		region.setProperty("regional.name", "Saxony's south-west");
		assertThat(RegionalMessageSource.fill("{0} in ${regional.name}", region, "x")).isEqualTo("{0} in Saxony''s south-west");
		assertThat(RegionalMessageSource.fill("In ${regional.name}", region, "x")).isEqualTo("In Saxony's south-west");
	}

	@Test
	void anUnknownTextIsReportedWithTheMessage() {
		assertThatThrownBy(() -> RegionalMessageSource.fill("Die ${regional.nope}", new Properties(), "shared: key"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("shared: key")
			.hasMessageContaining("${regional.nope}");
	}

	@Test
	void theMessagesOfEachRegionNameItInBothLanguages() throws IOException {
		for (String name : new String[] { "suedwestsachsen", "leipzig" }) {
			RegionalMessageSource messages = new RegionalMessageSource(new RegionFolder(name));
			messages.setBasenames(WebConfiguration.moduleBundles());
			messages.addBasenames(messages.regionBundle());
			messages.setDefaultEncoding("UTF-8");
			messages.setFallbackToSystemLocale(false);
			String german = messages.getMessage("region.districts.heading", null, Locale.GERMAN);
			String english = messages.getMessage("region.districts.heading", null, Locale.ENGLISH);
			if (name.equals("leipzig")) {
				assertThat(german).isEqualTo("Die Region Leipzig");
				assertThat(english).isEqualTo("The region of Leipzig");
				assertThat(messages.getMessage("common.platform-name", null, Locale.GERMAN)).isEqualTo("MoLeWa-Plattform");
			}
			else {
				assertThat(german).isEqualTo("Die Region Südwestsachsen");
				assertThat(english).isEqualTo("The region of South-West Saxony");
				assertThat(messages.getMessage("common.platform-name", null, Locale.GERMAN)).isEqualTo("ITAS-Plattform");
			}
			// a message with arguments gets the region's text as well
			assertThat(messages.getMessage("accounts.mail.deletion.text", new Object[] { "1. Januar" }, Locale.GERMAN))
				.contains(messages.getMessage("regional.platform-name", null, Locale.GERMAN)).contains("1. Januar");
		}
	}

}
