package de.itas.platform.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.Role;

/** Region data: loading from files, public pages (full and htmx), and admin editing. */
@PlatformTest
class RegionIntegrationTests {

	@Autowired
	Region region;

	@Autowired
	RegionDataLoader loader;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void regionOfSuedwestsachsenIsLoadedFromItsFiles() {
		assertThat(region.districts()).extracting(DistrictSummary::name)
			.containsExactly("Stadt Chemnitz", "Landkreis Zwickau", "Erzgebirgskreis", "Landkreis Mittelsachsen",
					"Vogtlandkreis");
		assertThat(region.districts()).extracting(DistrictSummary::seat)
			.containsExactly("Chemnitz", "Zwickau", "Annaberg-Buchholz", "Freiberg", "Plauen");
		assertThat(region.partners()).extracting(PartnerSummary::shortName)
			.containsExactly("CWE", "IHK Chemnitz", "Agentur für Arbeit", "AMZ Sachsen", "IG Metall");
		assertThat(region.actionFields()).hasSize(5)
			.allSatisfy(field -> assertThat(field.leadPartner()).isNotNull())
			.allSatisfy(field -> assertThat(field.details().goals()).isNotEmpty());
		assertThat(region.actionField("qualifizierung").orElseThrow().leadPartner().code()).isEqualTo("aa");
		assertThat(region.helpDesks(null, null)).hasSize(10);
		assertThat(region.helpDesks("zwickau", null)).hasSize(2);
		assertThat(region.helpDesks("zwickau", "ihk")).extracting(HelpDeskSummary::name)
			.containsExactly("IHK-Regionalkammer Zwickau");
	}

	/**
	 * Another instance's change arrives as a raised change counter (issue 24): this instance's snapshot follows
	 * within about a second, without waiting for any expiry.
	 */
	@Test
	void aChangeMadeByAnotherInstanceShowsWithinSeconds() throws InterruptedException {
		String before = region.district("vogtlandkreis").orElseThrow().name();
		try {
			jdbc.update("UPDATE region.district SET name = 'Vogtland (anderswo geändert)' WHERE code = 'vogtlandkreis'");
			jdbc.update("INSERT INTO change_counter (name, version) VALUES ('region', 1) "
					+ "ON CONFLICT (name) DO UPDATE SET version = change_counter.version + 1");
			long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
			while (!region.district("vogtlandkreis").orElseThrow().name().equals("Vogtland (anderswo geändert)")
					&& System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(region.district("vogtlandkreis").orElseThrow().name()).isEqualTo("Vogtland (anderswo geändert)");
		}
		finally {
			jdbc.update("UPDATE region.district SET name = ? WHERE code = 'vogtlandkreis'", before);
			jdbc.update("UPDATE change_counter SET version = version + 1 WHERE name = 'region'");
		}
	}

	@Test
	void districtsCarryTheirOfficialKeyAlsoWhenLoadedBeforeTheKeyExisted() {
		assertThat(region.districts()).extracting(DistrictSummary::regionalKey)
			.containsExactly("14511", "14524", "14521", "14522", "14523");
		assertThat(mvc.get().uri("/region")).hasStatusOk().bodyText().contains("Kreisschlüssel", "14522");
		// a database loaded before the key existed, with an admin's edit of the name
		jdbc.update("UPDATE region.district SET regional_key = NULL, name = 'Mittelsachsen (geändert)' WHERE code = 'mittelsachsen'");
		try {
			assertThat(loader.load()).isEqualTo(1);
			assertThat(jdbc.queryForMap("SELECT name, regional_key FROM region.district WHERE code = 'mittelsachsen'"))
				.containsEntry("regional_key", "14522")
				.containsEntry("name", "Mittelsachsen (geändert)");
			assertThat(loader.load()).isZero();
		}
		finally {
			jdbc.update("UPDATE region.district SET name = 'Landkreis Mittelsachsen', regional_key = '14522' WHERE code = 'mittelsachsen'");
		}
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void loadingAgainAddsNothingAndKeepsAnAdminsEdits() {
		PartnerSummary amz = region.partner("amz").orElseThrow();
		PartnerDetails edited = new PartnerDetails(amz.name(), amz.shortName(),
				new LocalizedText("Geänderter Schwerpunkt", null), amz.details().email(), amz.details().phone(),
				amz.details().website(), amz.details().address());
		region.changePartner("amz", amz.version(), edited);
		try {
			assertThat(loader.load()).isZero();
			assertThat(region.partner("amz").orElseThrow().details().focus().de()).isEqualTo("Geänderter Schwerpunkt");
			assertThat(region.partners()).hasSize(5);
		}
		finally {
			PartnerSummary current = region.partner("amz").orElseThrow();
			region.changePartner("amz", current.version(), amz.details());
		}
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void onlyAdminsMayChangeRegionData() {
		DistrictSummary chemnitz = region.district("chemnitz").orElseThrow();
		assertThatThrownBy(() -> region.changeDistrict("chemnitz", chemnitz.version(), "X", "Y", DistrictKind.LANDKREIS))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void helpDeskPageServesTheFullPageAndTheHtmxFragmentFromOneUrl() {
		MvcTestResult page = mvc.get().uri("/anlaufstellen?landkreis=zwickau").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("<html", "<nav", "IHK-Regionalkammer Zwickau",
				"Agentur für Arbeit Zwickau");
		MvcTestResult fragment = mvc.get()
			.uri("/anlaufstellen?landkreis=zwickau")
			.header("HX-Request", "true")
			.exchange();
		assertThat(fragment).hasStatusOk()
			.bodyText()
			.startsWith("<section id=\"help-desk-list\"")
			.contains("IHK-Regionalkammer Zwickau", "2 Anlaufstellen")
			.doesNotContain("<html", "IHK-Regionalkammer Plauen");
		assertThat(mvc.get().uri("/anlaufstellen?landkreis=unbekannt").header("HX-Request", "true")).bodyText()
			.contains("Für diese Auswahl gibt es keine Anlaufstelle");
	}

	@Test
	void publicPagesShowPartnersAndActionFieldsWithTheirLead() {
		assertThat(mvc.get().uri("/handlungsfelder").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("Qualifizierung und Weiterbildung", "Agentur für Arbeit Zwickau", "Ziele");
		assertThat(mvc.get().uri("/partner").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("IG Metall Chemnitz &amp; Zwickau", "Arbeit und Beschäftigung");
		assertThat(mvc.get().uri("/region").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("Annaberg-Buchholz", "data-values=\"2|2|2|2|2\"");
	}

	@Test
	void invalidAdminInputIsMarkedPerFieldKeepsWhatWasTypedAndSavesNothing() {
		PartnerSummary before = region.partner("cwe").orElseThrow();
		MvcTestResult result = mvc.post()
			.uri("/admin/region/partner/cwe")
			.with(testAccounts.as(Role.ADMIN))
			.with(csrf())
			.param("version", String.valueOf(before.version()))
			.param("name", "")
			.param("shortName", "CWE neu")
			.param("focusDe", "Neuer Schwerpunkt")
			.param("email", "keine-mail")
			.param("phone", "0371 123")
			.param("website", "cwe-chemnitz.de")
			.param("street", "Innere Klosterstraße 6")
			.param("postcode", "9111")
			.param("city", "Chemnitz")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Bitte prüfen Sie Ihre Eingaben.", "Bitte füllen Sie dieses Feld aus.",
					"gültige E-Mail-Adresse", "fünfstellige Postleitzahl", "http:// oder https://")
			.contains("value=\"keine-mail\"", "value=\"CWE neu\"", "aria-invalid=\"true\"",
					"aria-describedby=\"email-error\"");
		assertThat(region.partner("cwe").orElseThrow()).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsRefusedWithAClearMessageInsteadOfOverwriting() {
		DistrictSummary before = region.district("vogtlandkreis").orElseThrow();
		MvcTestResult result = mvc.post()
			.uri("/admin/region/landkreise/vogtlandkreis")
			.with(testAccounts.as(Role.ADMIN))
			.with(csrf())
			.param("version", String.valueOf(before.version() + 7))
			.param("name", "Vogtlandkreis (veraltet)")
			.param("seat", "Plauen")
			.param("kind", "LANDKREIS")
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("inzwischen von jemand anderem geändert",
				"Vogtlandkreis (veraltet)");
		assertThat(region.district("vogtlandkreis").orElseThrow()).isEqualTo(before);
	}

	@Test
	void aValidEditIsSavedAndShownOnThePublicPage() {
		HelpDeskSummary before = region.helpDesk("aa-erzgebirgskreis").orElseThrow();
		MvcTestResult result = mvc.post()
			.uri("/admin/region/anlaufstellen/aa-erzgebirgskreis")
			.with(testAccounts.as(Role.ADMIN))
			.with(csrf())
			.param("version", String.valueOf(before.version()))
			.param("name", "Agentur für Arbeit Annaberg-Buchholz (BBiE)")
			.param("partnerCode", "aa")
			.param("districtCode", "erzgebirgskreis")
			.param("street", "Paulus-Jenisius-Straße 43")
			.param("postcode", "09456")
			.param("city", "Annaberg-Buchholz")
			.param("openingHoursDe", "Mo–Fr 8–12 Uhr")
			.param("openingHoursEn", "")
			.param("phone", "+49 800 4555500")
			.param("email", "bbie@arbeitsagentur.demo.itas.local")
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/region");
		assertThat(mvc.get().uri("/anlaufstellen?landkreis=erzgebirgskreis&lang=en").accept(MediaType.TEXT_HTML))
			.bodyText()
			.contains("Agentur für Arbeit Annaberg-Buchholz (BBiE)", "Mo–Fr 8–12 Uhr");
		assertThat(jdbc.queryForObject("SELECT opening_hours_en FROM region.help_desk WHERE code = 'aa-erzgebirgskreis'",
				String.class)).isNull();
	}

	@Test
	void unknownRecordsAndForeignReferencesAreRefused() {
		assertThat(mvc.get().uri("/admin/region/partner/gibt-es-nicht").with(testAccounts.as(Role.ADMIN))).hasStatus(404);
		ActionFieldSummary field = region.actionField("arbeit").orElseThrow();
		MvcTestResult result = mvc.post()
			.uri("/admin/region/handlungsfelder/arbeit")
			.with(testAccounts.as(Role.ADMIN))
			.with(csrf())
			.param("version", String.valueOf(field.version()))
			.param("nameDe", "Arbeit und Beschäftigung")
			.param("descriptionDe", "Beschreibung")
			.param("leadPartnerCode", "erfunden")
			.param("goalsDe", "Ein Ziel")
			.param("goalsEn", "One goal\nAnother goal")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Bitte wählen Sie einen Partner aus der Liste.", "mehr englische als deutsche Ziele");
		assertThat(region.actionField("arbeit").orElseThrow()).isEqualTo(field);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void goalsAreEditedOnePerLineWithOptionalTranslations() {
		ActionFieldSummary field = region.actionField("gesellschaft").orElseThrow();
		ActionFieldDetails original = field.details();
		ActionFieldDetails changed = new ActionFieldDetails(original.name(), original.description(),
				original.leadPartnerCode(),
				List.of(new LocalizedText("Erstes Ziel", "First goal"), new LocalizedText("Zweites Ziel", null)));
		region.changeActionField("gesellschaft", field.version(), changed);
		try {
			assertThat(region.actionField("gesellschaft").orElseThrow().details().goals())
				.extracting(goal -> goal.in(java.util.Locale.ENGLISH))
				.containsExactly("First goal", "Zweites Ziel");
		}
		finally {
			region.changeActionField("gesellschaft", region.actionField("gesellschaft").orElseThrow().version(),
					original);
		}
	}

}
