package de.itas.platform.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.web.FieldProblem;

/**
 * Attachments are checked by content only (tika-core, Office containers opened within limits), name extension,
 * size and count.
 */
class AttachmentRulesUnitTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
			0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
			<Default Extension="xml" ContentType="application/xml"/>
			<Override PartName="/word/document.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
			</Types>""";

	static byte[] docx() throws IOException {
		return zip("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), "word/document.xml",
				"<w:document/>".getBytes(StandardCharsets.UTF_8));
	}

	/** A ZIP archive of the given entries, as name, content, name, content, and so on. */
	static byte[] zip(Object... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries.length; i += 2) {
				zip.putNextEntry(new ZipEntry((String) entries[i]));
				zip.write((byte[]) entries[i + 1]);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** An OpenDocument text: its uncompressed {@code mimetype} entry first, then its content. */
	static byte[] odt() throws IOException {
		byte[] mimetype = OfficeDocuments.ODT.getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static List<String> keys(Upload... uploads) {
		return problems(uploads).stream().map(FieldProblem::messageKey).toList();
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

	@Test
	void randomBytesNamedPdfAreRefusedAsTheNameIsNoHint() {
		byte[] noise = new byte[4096];
		new Random(14).nextBytes(noise);
		assertThat(keys(new Upload("scan.pdf", noise))).containsExactly("helpdesk.inquiry.attachments.type");
	}

	@Test
	void aZipWithAProgramNamedDocxIsRefused() throws IOException {
		assertThat(keys(new Upload("brief.docx", zip("setup.exe", EXE))))
			.containsExactly("helpdesk.inquiry.attachments.container");
		byte[] packageWithProgram = zip("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8),
				"word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8), "word/media/image1.png", EXE);
		assertThat(keys(new Upload("brief.docx", packageWithProgram)))
			.containsExactly("helpdesk.inquiry.attachments.container");
	}

	@Test
	void aZipWithoutTheMainPartItsContentTypesNameIsRefused() throws IOException {
		byte[] noDocument = zip("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), "word/other.xml",
				"<w:document/>".getBytes(StandardCharsets.UTF_8));
		assertThat(keys(new Upload("brief.docx", noDocument))).containsExactly("helpdesk.inquiry.attachments.container");
	}

	@Test
	void documentsWithMacrosAreRefused() throws IOException {
		byte[] withMacros = zip("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), "word/document.xml",
				"<w:document/>".getBytes(StandardCharsets.UTF_8), "word/vbaProject.bin", new byte[] { 1, 2, 3 });
		assertThat(keys(new Upload("brief.docx", withMacros))).containsExactly("helpdesk.inquiry.attachments.container");
	}

	@Test
	void embeddedOleObjectsAreRefusedAsTheyCanCarryPrograms() throws IOException {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		byte[] withObject = zip("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), "word/document.xml",
				"<w:document/>".getBytes(StandardCharsets.UTF_8), "word/embeddings/oleObject1.bin", ole2);
		assertThat(keys(new Upload("brief.docx", withObject))).containsExactly("helpdesk.inquiry.attachments.container");
	}

	@Test
	void zipBombsAreRefusedByUnpackedSizeAndRatio() throws IOException {
		byte[] huge = zip("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), "word/document.xml",
				new byte[(int) OfficeDocuments.MAX_UNPACKED_BYTES + 1]);
		assertThat(huge.length).isLessThan(AttachmentRules.MAX_BYTES);
		assertThat(keys(new Upload("bombe.docx", huge))).containsExactly("helpdesk.inquiry.attachments.container");

		byte[] packed = zip("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8), "word/document.xml",
				new byte[2 * 1024 * 1024]);
		assertThat((long) packed.length * OfficeDocuments.MAX_RATIO).isLessThan(2 * 1024 * 1024);
		assertThat(keys(new Upload("dicht.docx", packed))).containsExactly("helpdesk.inquiry.attachments.container");
	}

	@Test
	void tooManyEntriesAreRefused() throws IOException {
		Object[] entries = new Object[2 * (OfficeDocuments.MAX_ENTRIES + 1)];
		entries[0] = "[Content_Types].xml";
		entries[1] = CONTENT_TYPES.getBytes(StandardCharsets.UTF_8);
		entries[2] = "word/document.xml";
		entries[3] = "<w:document/>".getBytes(StandardCharsets.UTF_8);
		for (int i = 2; i <= OfficeDocuments.MAX_ENTRIES; i++) {
			entries[2 * i] = "word/part" + i + ".xml";
			entries[2 * i + 1] = new byte[] { '<', 'a', '/', '>' };
		}
		assertThat(keys(new Upload("viele.docx", zip(entries)))).containsExactly("helpdesk.inquiry.attachments.container");
	}

	@Test
	void openDocumentTextIsAcceptedByItsMimetypeEntry() throws IOException {
		List<FieldProblem> problems = new ArrayList<>();
		List<AttachmentRules.Checked> checked = AttachmentRules.check(List.of(new Upload("brief.odt", odt())), problems);
		assertThat(problems).isEmpty();
		assertThat(checked).extracting(AttachmentRules.Checked::contentType).containsExactly(OfficeDocuments.ODT);
	}

	@Test
	void oldBinaryOfficeFilesAreRefusedWithTheirOwnMessage() {
		byte[] ole2 = new byte[1024];
		byte[] signature = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(signature, 0, ole2, 0, signature.length);
		assertThat(keys(new Upload("alt.doc", ole2))).containsExactly("helpdesk.inquiry.attachments.legacy-office");
	}

	@Test
	void aNameThatDoesNotFitTheContentIsRefused() throws IOException {
		List<FieldProblem> problems = problems(new Upload("foto.png", PDF), new Upload("brief.pdf", docx()));
		assertThat(problems).extracting(FieldProblem::messageKey)
			.containsExactly("helpdesk.inquiry.attachments.extension", "helpdesk.inquiry.attachments.extension");
		assertThat(problems).extracting(FieldProblem::arguments)
			.containsExactly(List.of("foto.png", "pdf"), List.of("brief.pdf", "docx"));
		assertThat(keys(new Upload("FOTO.JPEG", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10,
				'J', 'F', 'I', 'F', 0 }))).isEmpty();
	}

}
