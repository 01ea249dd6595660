package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** The CSV import: a preview with row-level problems, then all rows or none. */
@PlatformTest
class OfferImportIntegrationTests {

	private static final String HEADER = "titel;kurzbeschreibung;format;stunden;preis;traeger_azav;massnahme_azav;kompetenzen;"
			+ "status;beginn;ende;ort;landkreis;plaetze;online\n";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	JdbcTemplate jdbc;

	private static String day(int days) {
		return LocalDate.now().plusDays(days).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

	private MvcTestResult upload(PlatformUser staff, OrganisationSummary provider, byte[] content) {
		return mvc.post().uri("/anbieter/import").multipart()
			.file(new MockMultipartFile("file", "angebote.csv", "text/csv", content))
			.param("providerId", provider.id().toString())
			.with(user(staff)).with(csrf())
			.exchange();
	}

	private MvcTestResult confirm(PlatformUser staff, OrganisationSummary provider, byte[] content) {
		return mvc.post().uri("/anbieter/import/bestaetigen")
			.param("fileContent", Base64.getEncoder().encodeToString(content))
			.param("providerId", provider.id().toString())
			.with(user(staff)).with(csrf())
			.exchange();
	}

	private long offers(OrganisationSummary provider) {
		return jdbc.queryForObject("SELECT count(*) FROM trainings.offer WHERE provider_id = ?", Long.class, provider.id());
	}

	@Test
	void oneBadRowStopsTheWholeImportAndTheFixedFileImportsEverything() {
		OrganisationSummary provider = fixtures.provider("Import " + TrainingsFixtures.token());
		PlatformUser staff = fixtures.staff(provider);
		String good = HEADER
				+ "SPS-Grundkurs;Einstieg in die SPS;Präsenz;120,5;2.890,00;ja;ja;SPS programmieren|Automatisierungstechnik;veröffentlicht;"
				+ day(30) + ";" + day(50) + ";Zwickau;zwickau;12;nein\n"
				+ "SPS-Grundkurs;;;;;;;;;" + day(80) + ";" + day(95) + ";Plauen;Vogtlandkreis;10;nein\n";
		String bad = good + "Lean kompakt;KVP;Telepathie;-3;abc;vielleicht;nein;Zaubern;;" + day(20) + ";" + day(10)
				+ ";Atlantis;atlantis;0;nein\n";
		byte[] badFile = bad.getBytes(StandardCharsets.UTF_8);

		MvcTestResult preview = upload(staff, provider, badFile);
		assertThat(preview).hasStatusOk().bodyText().contains("Die Datei hat", "Spalte „format“", "Spalte „stunden“",
				"Spalte „preis“", "Spalte „traeger_azav“", "Zaubern", "Spalte „ende“", "Spalte „landkreis“",
				"Spalte „plaetze“").doesNotContain("jetzt importieren");
		assertThat(confirm(staff, provider, badFile)).hasStatusOk().bodyText().contains("Die Datei hat");
		assertThat(offers(provider)).isZero();

		byte[] goodFile = good.getBytes(StandardCharsets.UTF_8);
		assertThat(upload(staff, provider, goodFile)).hasStatusOk().bodyText().contains("1 Angebote jetzt importieren");
		assertThat(confirm(staff, provider, goodFile)).hasRedirectedUrl("/anbieter/angebote");
		assertThat(offers(provider)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.run r JOIN trainings.offer o ON o.id = r.offer_id "
				+ "WHERE o.provider_id = ? AND o.status = 'PUBLISHED' AND o.fundable", Long.class, provider.id())).isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT s.label FROM trainings.offer_skill s JOIN trainings.offer o ON o.id = s.offer_id "
				+ "WHERE o.provider_id = ?", String.class, provider.id()))
			.containsExactlyInAnyOrder("SPS programmieren", "Automatisierungstechnik");
	}

	@Test
	void aDayThatDoesNotExistIsReportedAtItsRowInsteadOfBeingMovedToTheEndOfTheMonth() throws Exception {
		OrganisationSummary provider = fixtures.provider("Datum " + TrainingsFixtures.token());
		PlatformUser staff = fixtures.staff(provider);
		int year = LocalDate.now().getYear() + 2;
		String csv = HEADER + "Kurs am Monatsende;Kurz;Präsenz;8;100;;;;;28.02." + year + ";28.02." + year
				+ ";Zwickau;zwickau;10;nein\n" + "Kurs am Monatsende;;;;;;;;;31.02." + year + ";" + year
				+ "-02-30;Zwickau;zwickau;10;nein\n";
		byte[] file = csv.getBytes(StandardCharsets.UTF_8);

		String html = upload(staff, provider, file).getResponse().getContentAsString(StandardCharsets.UTF_8);
		org.jsoup.nodes.Element badRow = org.jsoup.Jsoup.parse(html).select(".import-preview tbody tr").get(1);
		assertThat(badRow.hasClass("import-errors")).isTrue();
		assertThat(badRow.child(0).text()).isEqualTo("3");
		assertThat(badRow.text()).contains("Spalte „beginn“: Den 31.02." + year + " gibt es nicht.",
				"Spalte „ende“: Den " + year + "-02-30 gibt es nicht.");
		assertThat(html).doesNotContain("jetzt importieren");
		assertThat(confirm(staff, provider, file)).hasStatusOk().bodyText().contains("Die Datei hat 2 Probleme");
		assertThat(offers(provider)).isZero();
	}

	@Test
	void publishedOffersWithoutARunAndRunsThatContradictTheOfferAreRefused() {
		OrganisationSummary provider = fixtures.provider("Widerspruch " + TrainingsFixtures.token());
		PlatformUser staff = fixtures.staff(provider);
		String csv = HEADER + "Ohne Termin;Kurz;Präsenz;8;100;;;;veröffentlicht;;;;;;\n"
				+ "Präsenz online;Kurz;Präsenz;8;100;;;;;" + day(10) + ";" + day(11) + ";;;12;ja\n"
				+ "Zu kurz;Kurz;Präsenz;360;100;;;;;" + day(10) + ";" + day(20) + ";Zwickau;zwickau;12;nein\n";
		byte[] file = csv.getBytes(StandardCharsets.UTF_8);
		assertThat(upload(staff, provider, file)).hasStatusOk()
			.bodyText()
			.contains("„Ohne Termin“ soll veröffentlicht werden, hat aber keinen Termin",
					"ein Online-Termin passt nicht dazu", "360 Stunden passen nicht in einen Termin von 11 Tagen")
			.doesNotContain("jetzt importieren");
		assertThat(confirm(staff, provider, file)).hasStatusOk();
		assertThat(offers(provider)).isZero();
	}

	@Test
	void commasTheByteOrderMarkAndOnlineRunsAreAccepted() {
		OrganisationSummary provider = fixtures.provider("Komma " + TrainingsFixtures.token());
		PlatformUser staff = fixtures.staff(provider);
		String csv = "\uFEFFtitel,kurzbeschreibung,format,stunden,preis,beginn,ende,plaetze,online\n"
				+ "\"Lean, kompakt\",\"KVP, online\",Online,16,490," + day(10) + "," + day(11) + ",20,ja\n";
		byte[] file = csv.getBytes(StandardCharsets.UTF_8);
		assertThat(confirm(staff, provider, file)).hasRedirectedUrl("/anbieter/angebote");
		assertThat(jdbc.queryForObject("SELECT title FROM trainings.offer WHERE provider_id = ?", String.class, provider.id()))
			.isEqualTo("Lean, kompakt");
	}

	@Test
	void wrongEncodingMissingColumnsAndEmptyFilesAreRefusedAsAWhole() {
		OrganisationSummary provider = fixtures.provider("Datei " + TrainingsFixtures.token());
		PlatformUser staff = fixtures.staff(provider);
		byte[] latin1 = (HEADER + "Schweißen;Kurs;Präsenz;8;100;;;;;;;;;;\n").getBytes(StandardCharsets.ISO_8859_1);
		// a problem of the whole file names no column ("Spalte „file“") and says how to save the file as UTF-8, at
		// the file field too
		assertThat(upload(staff, provider, latin1)).hasStatusOk()
			.bodyText()
			.contains("Die Datei ist nicht UTF-8-codiert", "„CSV UTF-8 (durch Trennzeichen getrennt)“",
					"„Unicode (UTF-8)“", "id=\"file-error\"", "aria-invalid=\"true\"",
					"aria-describedby=\"file-hint file-error\"")
			.doesNotContain("Spalte „file“");
		assertThat(upload(staff, provider, "titel;format\nKurs;Online\n".getBytes(StandardCharsets.UTF_8))).hasStatusOk()
			.bodyText().contains("Die Pflichtspalte „kurzbeschreibung“ fehlt", "Die Pflichtspalte „preis“ fehlt")
			.doesNotContain("Spalte „kurzbeschreibung“: Die Pflichtspalte");
		assertThat(upload(staff, provider, new byte[0])).hasStatusOk().bodyText().contains("keine Angebote")
			.doesNotContain("Spalte „file“");
		assertThat(upload(staff, provider, new byte[OfferImport.MAX_BYTES + 1])).hasStatusOk().bodyText()
			.contains("größer als 1.000 KB");
		assertThat(offers(provider)).isZero();
	}

	@Test
	void onlyProvidersImport() {
		OrganisationSummary provider = fixtures.provider("Fremdimport " + TrainingsFixtures.token());
		PlatformUser otherStaff = fixtures.staff(fixtures.provider("Andere " + TrainingsFixtures.token()));
		byte[] file = (HEADER + "Kurs;Kurz;Online;8;100;;;;;;;;;;\n").getBytes(StandardCharsets.UTF_8);
		assertThat(mvc.get().uri("/anbieter/import").with(testAccounts.as(Role.EMPLOYEE)).exchange()).hasStatus(403);
		assertThat(confirm(otherStaff, provider, file)).hasStatus(403);
		assertThat(offers(provider)).isZero();
	}

}
