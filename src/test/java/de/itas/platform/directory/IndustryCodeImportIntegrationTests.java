package de.itas.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.Role;

/**
 * Importing WZ 2008 code lists through the module's API and the admin page: idempotent, all or nothing,
 * and refused with a message next to the field when the file is not a code list or too large. The
 * sample list holds official codes and titles only, so importing it never changes what the full import
 * test expects.
 */
@PlatformTest
class IndustryCodeImportIntegrationTests {

	@Autowired
	IndustryCodes industryCodes;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	DirectorySettings settings;

	@Test
	@WithMockUser(roles = "ADMIN")
	void importingTheSameListTwiceAddsNothingTheSecondTime() throws IOException {
		industryCodes.importGenericode(sample());
		IndustryCodeImport again = industryCodes.importGenericode(sample());
		assertThat(again.total()).isEqualTo(7);
		assertThat(again.inserted()).isZero();
		assertThat(again.updated()).isEqualTo(7);
		assertThat(again.perLevel()).containsExactlyInAnyOrderEntriesOf(Map.of(1, 2, 2, 2, 3, 1, 4, 1, 5, 1));
		assertThat(industryCodes.code("49")).hasValueSatisfying(code -> {
			assertThat(code.parentCode()).isEqualTo("H");
			assertThat(code.title()).isEqualTo("Landverkehr und Transport in Rohrfernleitungen");
		});
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void aBrokenListImportsNothingAtAll() {
		Map<Integer, Integer> before = industryCodes.countsPerLevel();
		String brokenAtTheEnd = GenericodeReaderUnitTests.codeList(GenericodeReaderUnitTests.row("S", "1", "Neuer Abschnitt")
				+ GenericodeReaderUnitTests.row("97", "2", "Neue Abteilung")
				+ GenericodeReaderUnitTests.row("97.1", "2", "Falsche Ebene"));
		assertThatThrownBy(() -> industryCodes.importGenericode(stream(brokenAtTheEnd)))
			.isInstanceOf(IndustryCodeImportException.class);
		assertThat(industryCodes.countsPerLevel()).isEqualTo(before);
		assertThat(industryCodes.code("97")).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADVISOR")
	void onlyAdminsMayImport() {
		assertThatThrownBy(() -> industryCodes.importGenericode(sample())).isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	void theAdminPageImportsAnUploadedListAndReportsTheResult() throws IOException {
		MvcTestResult result = upload(new MockMultipartFile("file", "liste.xml", "application/xml", sample().readAllBytes()));
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/verzeichnis").flash().containsKey("imported");
		assertThat(mvc.get().uri("/admin/verzeichnis").with(testAccounts.as(Role.ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Abschnitte", "Unterklassen", "höchstens 10 MB");
	}

	@Test
	void theUploadIsJudgedByItsContentNotItsName() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
		assertRefused(upload(new MockMultipartFile("file", "liste.xml", "text/xml", png)),
				"keine Codeliste im XÖV-Genericode-Format");
		assertRefused(upload(new MockMultipartFile("file", "liste.xml", "text/xml",
				"<html><body>Keine Liste</body></html>".getBytes(StandardCharsets.UTF_8))),
				"keine Codeliste im XÖV-Genericode-Format");
		byte[] withByteOrderMark = ("\uFEFF" + GenericodeReaderUnitTests.sample()).getBytes(StandardCharsets.UTF_8);
		assertThat(upload(new MockMultipartFile("file", "liste.txt", "text/plain", withByteOrderMark)))
			.hasStatus3xxRedirection();
		assertRefused(upload(new MockMultipartFile("file", "liste.xml", "text/xml", "<gc:CodeList".getBytes())),
				"kein gültiges XML");
	}

	@Test
	void anEmptyOrTooLargeUploadIsRefusedNextToTheField() {
		assertRefused(upload(new MockMultipartFile("file", "leer.xml", "text/xml", new byte[0])),
				"Bitte wählen Sie eine Datei aus.");
		byte[] large = new byte[(int) settings.industryCodeImportMaxSize().toBytes() + 1];
		java.util.Arrays.fill(large, (byte) ' ');
		assertRefused(upload(new MockMultipartFile("file", "gross.xml", "text/xml", large)),
				"Die Datei ist zu groß: Erlaubt sind höchstens 10 MB.");
	}

	private MvcTestResult upload(MockMultipartFile file) {
		return mvc.post()
			.uri("/admin/verzeichnis/wz2008")
			.multipart()
			.file(file)
			.with(testAccounts.as(Role.ADMIN))
			.with(csrf())
			.exchange();
	}

	private static void assertRefused(MvcTestResult result, String message) {
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains(message, "role=\"alert\"", "aria-invalid=\"true\"", "aria-describedby=\"file-hint file-error\"");
	}

	private static ByteArrayInputStream sample() throws IOException {
		return stream(GenericodeReaderUnitTests.sample());
	}

	private static ByteArrayInputStream stream(String xml) {
		return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
	}

}
