package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.storage.FileStore;
import de.itas.platform.shared.storage.LegacyFileMover;

/** Attachments in the file store (issue 24): new ones, ones saved in the table before, and their erasure. */
@PlatformTest
class AttachmentStorageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	HelpdeskPersonalData personalData;

	@Autowired
	FileStore files;

	@Autowired
	LegacyFileMover mover;

	@Autowired
	JdbcClient jdbc;

	private record Row(long id, String key, byte[] data) {
	}

	private Row attachmentOf(String caseNumber) {
		return jdbc.sql("SELECT id, storage_key, data FROM helpdesk.attachment WHERE inquiry_id = ?")
			.param(fixtures.row(caseNumber).id())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
			.single();
	}

	@Test
	void aNewAttachmentIsWrittenToTheStoreAndServedFromIt() {
		PlatformUser submitter = accounts.user(Role.EMPLOYEE);
		String caseNumber = as(submitter, () -> fixtures.inquiries.submit(HelpdeskFixtures.request(
				"Ich suche eine Weiterbildung zur Elektrofachkraft.", List.of(new Upload("zeugnis.pdf", AttachmentRulesUnitTests.PDF)))));

		Row row = attachmentOf(caseNumber);
		assertThat(row.data()).as("no bytes in the table").isNull();
		assertThat(row.key()).startsWith("helpdesk/attachment/");
		assertThat(files.read(row.key())).isEqualTo(AttachmentRulesUnitTests.PDF);

		MvcTestResult download = mvc.get().uri("/anliegen/anhang/" + row.id()).with(user(submitter)).exchange();
		assertThat(download).hasStatusOk();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(AttachmentRulesUnitTests.PDF);
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("zeugnis.pdf");
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
	}

	@Test
	void anAttachmentSavedInTheTableIsServedFromItUntilTheStartUpJobMovesItOnce() {
		PlatformUser submitter = accounts.user(Role.EMPLOYEE);
		String caseNumber = as(submitter, () -> fixtures.inquiries.submit(HelpdeskFixtures.request(
				"Ich suche eine Weiterbildung zur Fachkraft für Lagerlogistik.", List.of(new Upload("alt.pdf", AttachmentRulesUnitTests.PDF)))));
		Row stored = attachmentOf(caseNumber);
		// as an older version saved it: bytes in the table, no key
		jdbc.sql("UPDATE helpdesk.attachment SET data = ?, storage_key = NULL WHERE id = ?")
			.params(AttachmentRulesUnitTests.PDF, stored.id())
			.update();
		files.delete(stored.key());

		MvcTestResult before = mvc.get().uri("/anliegen/anhang/" + stored.id()).with(user(submitter)).exchange();
		assertThat(before.getResponse().getContentAsByteArray()).isEqualTo(AttachmentRulesUnitTests.PDF);

		// (the start-up run may be moving demo files at the same time: rows are claimed with SKIP LOCKED)
		mover.moveAll();
		Row moved = attachmentOf(caseNumber);
		assertThat(moved.data()).isNull();
		assertThat(moved.key()).startsWith("helpdesk/attachment/");
		assertThat(files.read(moved.key())).isEqualTo(AttachmentRulesUnitTests.PDF);
		mover.moveAll();
		assertThat(attachmentOf(caseNumber).key()).as("moved once").isEqualTo(moved.key());

		MvcTestResult after = mvc.get().uri("/anliegen/anhang/" + stored.id()).with(user(submitter)).exchange();
		assertThat(after.getResponse().getContentAsByteArray()).isEqualTo(AttachmentRulesUnitTests.PDF);
	}

	@Test
	void anErasedPersonsAttachmentsLeaveTheStore() {
		PlatformUser leaving = accounts.user(Role.EMPLOYEE);
		String caseNumber = as(leaving, () -> fixtures.inquiries.submit(HelpdeskFixtures.request(
				"Ich möchte eine Umschulung beginnen.", List.of(new Upload("lebenslauf.pdf", AttachmentRulesUnitTests.PDF)))));
		String key = attachmentOf(caseNumber).key();
		assertThat(files.exists(key)).isTrue();

		personalData.erase(leaving.id());

		assertThat(files.exists(key)).isFalse();
	}

}
