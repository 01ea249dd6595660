package de.itas.platform.helpdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.Tika;

import de.itas.platform.shared.web.FieldProblem;

/**
 * Which files an inquiry may carry: PDF, images and Office documents (OOXML and OpenDocument), recognised by
 * their content alone (a renamed program stays a program; the name is never a hint), Office containers
 * opened and inspected within limits ({@link OfficeDocuments}), with a name whose extension fits the content;
 * at most {@link #MAX_FILES} files of {@link #MAX_BYTES} each. The old binary Office formats (DOC, XLS, PPT)
 * are refused: without a full Office parser they cannot be checked for macros.
 */
final class AttachmentRules {

	static final int MAX_FILES = 3;
	static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The types accepted, each with the file name extensions that fit it (the first is the usual one). */
	static final Map<String, List<String>> ALLOWED = Map.ofEntries(Map.entry("application/pdf", List.of("pdf")),
			Map.entry("image/png", List.of("png")), Map.entry("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif")),
			Map.entry("image/gif", List.of("gif")), Map.entry("image/webp", List.of("webp")),
			Map.entry(OfficeDocuments.DOCX, List.of("docx")), Map.entry(OfficeDocuments.XLSX, List.of("xlsx")),
			Map.entry(OfficeDocuments.PPTX, List.of("pptx")), Map.entry(OfficeDocuments.ODT, List.of("odt")),
			Map.entry(OfficeDocuments.ODS, List.of("ods")), Map.entry(OfficeDocuments.ODP, List.of("odp")));

	/** What tika-core calls an OLE2 compound document (DOC, XLS, PPT, MSG and others). */
	static final String LEGACY_OFFICE = "application/x-tika-msoffice";

	/** A ZIP archive that is no Office document we accept. */
	static final String ZIP = "application/zip";

	private static final Tika TIKA = new Tika();

	/** A checked file with the type its content showed. */
	record Checked(String filename, String contentType, byte[] data) {
	}

	private AttachmentRules() {
	}

	/** The type of the content, by its bytes only; a ZIP archive is opened to see which Office type it is. */
	static String detect(byte[] data) {
		if (OfficeDocuments.isZip(data)) {
			return OfficeDocuments.typeOf(data).orElse(ZIP);
		}
		return TIKA.detect(data);
	}

	static List<Checked> check(List<Upload> uploads, List<FieldProblem> problems) {
		List<Upload> present = uploads.stream().filter(upload -> upload.data().length > 0).toList();
		List<Checked> checked = new ArrayList<>();
		if (present.size() > MAX_FILES) {
			problems.add(new FieldProblem("attachments", "helpdesk.inquiry.attachments.too-many",
					List.of(MAX_FILES)));
			return checked;
		}
		for (Upload upload : present) {
			String name = safeName(upload.filename());
			if (upload.data().length > MAX_BYTES) {
				problems.add(new FieldProblem("attachments", "helpdesk.inquiry.attachments.too-large",
						List.of(name, MAX_BYTES / (1024 * 1024))));
				continue;
			}
			String type = detect(upload.data());
			List<String> extensions = ALLOWED.get(type);
			if (extensions == null) {
				String key = switch (type) {
					case LEGACY_OFFICE -> "helpdesk.inquiry.attachments.legacy-office";
					case ZIP -> "helpdesk.inquiry.attachments.container";
					default -> "helpdesk.inquiry.attachments.type";
				};
				problems.add(new FieldProblem("attachments", key, List.of(name)));
				continue;
			}
			if (!extensions.contains(extension(name))) {
				problems.add(new FieldProblem("attachments", "helpdesk.inquiry.attachments.extension",
						List.of(name, extensions.get(0))));
				continue;
			}
			checked.add(new Checked(name, type, upload.data()));
		}
		return checked;
	}

	/** The name's extension in lower case, or an empty string. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
	}

	/** The file's own name without any path, shortened, without characters that break a header. */
	static String safeName(String filename) {
		String name = filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
		if (name.isEmpty()) {
			name = "anhang";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

}
