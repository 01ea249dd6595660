package de.itas.platform.helpdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.Tika;

import de.itas.platform.shared.web.FieldProblem;

/**
 * Which files an inquiry may carry: PDF, images and Office documents, recognised by their content (a
 * renamed program stays a program), at most {@link #MAX_FILES} files of {@link #MAX_BYTES} each.
 */
final class AttachmentRules {

	static final int MAX_FILES = 3;
	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
			"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation");

	private static final Tika TIKA = new Tika();

	/** A checked file with the type its content showed. */
	record Checked(String filename, String contentType, byte[] data) {
	}

	private AttachmentRules() {
	}

	static String detect(Upload upload) {
		return TIKA.detect(upload.data(), upload.filename());
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
			String type = detect(upload);
			if (!ALLOWED.contains(type)) {
				problems.add(new FieldProblem("attachments", "helpdesk.inquiry.attachments.type",
						List.of(name)));
				continue;
			}
			checked.add(new Checked(name, type, upload.data()));
		}
		return checked;
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
