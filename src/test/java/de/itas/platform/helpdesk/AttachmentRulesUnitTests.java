package de.itas.platform.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.web.FieldProblem;

/** Attachments are checked by content (tika-core), size and count. */
class AttachmentRulesUnitTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
			0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	static byte[] docx() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static List<FieldProblem> problems(Upload... uploads) {
		List<FieldProblem> problems = new ArrayList<>();
		AttachmentRules.check(List.of(uploads), problems);
		return problems;
	}

	@Test
	void pdfPngAndWordDocumentsAreAccepted() throws IOException {
		List<FieldProblem> problems = new ArrayList<>();
		List<AttachmentRules.Checked> checked = AttachmentRules.check(
				List.of(new Upload("antrag.pdf", PDF), new Upload("foto.png", PNG), new Upload("brief.docx", docx())),
				problems);
		assertThat(problems).isEmpty();
		assertThat(checked).extracting(AttachmentRules.Checked::contentType)
			.containsExactly("application/pdf", "image/png",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void aProgramRenamedToPdfIsRefusedByItsContent() {
		assertThat(problems(new Upload("rechnung.pdf", EXE))).extracting(FieldProblem::messageKey)
			.containsExactly("helpdesk.inquiry.attachments.type");
	}

	@Test
	void plainTextNamedPdfIsRefused() {
		assertThat(problems(new Upload("notiz.pdf", "Nur ein Text, kein PDF.".getBytes(StandardCharsets.UTF_8))))
			.extracting(FieldProblem::messageKey)
			.containsExactly("helpdesk.inquiry.attachments.type");
	}

	@Test
	void filesOverTheLimitAndTooManyFilesAreRefused() {
		byte[] big = new byte[AttachmentRules.MAX_BYTES + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertThat(problems(new Upload("gross.pdf", big))).extracting(FieldProblem::messageKey)
			.containsExactly("helpdesk.inquiry.attachments.too-large");
		assertThat(problems(new Upload("1.pdf", PDF), new Upload("2.pdf", PDF), new Upload("3.pdf", PDF),
				new Upload("4.pdf", PDF)))
			.extracting(FieldProblem::messageKey)
			.containsExactly("helpdesk.inquiry.attachments.too-many");
	}

	@Test
	void namesLoseTheirPathAndControlCharacters() {
		assertThat(AttachmentRules.safeName("C:\\Users\\x\\bericht.pdf")).isEqualTo("bericht.pdf");
		assertThat(AttachmentRules.safeName("../../etc/a\"b\n.pdf")).isEqualTo("a_b_.pdf");
	}

}
