package de.itas.platform.events;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.storage.FileStore;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The documentation of an event: minutes (Markdown, rendered through the kernel's sanitiser), a link to the
 * recording, and files: slides (PDF, PPTX, ODP), photos (JPEG, PNG, WebP, with alternative text) and other
 * documents (PDF). A file's type is recognised from its bytes (Apache Tika; a renamed file stays what it is)
 * and must fit its kind and its name. Visitors see the documentation once it is published. The caller checks
 * that the person organises the event.
 */
@Service
public class EventDocumentation {

	public static final int MAX_MINUTES = 50_000;

	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	static final String ODP = "application/vnd.oasis.opendocument.presentation";

	/** What tika-core calls an Office Open XML container (it does not look inside). */
	static final String OOXML = "application/x-tika-ooxml";

	/** Per kind, the types accepted, each with the file name extensions that fit it. */
	static final Map<DocumentView.Kind, Map<String, List<String>>> ALLOWED = Map.of(DocumentView.Kind.SLIDES,
			Map.of("application/pdf", List.of("pdf"), PPTX, List.of("pptx"), ODP, List.of("odp")),
			DocumentView.Kind.PHOTO,
			Map.of("image/jpeg", List.of("jpg", "jpeg"), "image/png", List.of("png"), "image/webp", List.of("webp")),
			DocumentView.Kind.OTHER, Map.of("application/pdf", List.of("pdf")));

	private static final Tika TIKA = new Tika();

	private final JdbcClient jdbc;
	private final FileStore files;
	private final Clock clock;
	private final long maxBytes;

	EventDocumentation(JdbcClient jdbc, FileStore files, Clock clock,
			@Value("${platform.events.max-upload-bytes:20971520}") long maxBytes) {
		this.jdbc = jdbc;
		this.files = files;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/** A file as uploaded. */
	public record Upload(@Nullable String kind, String title, String altText, String fileName, byte[] content) {
	}

	/** A stored file with its content. */
	public record StoredFile(DocumentView document, InputStreamSource content) {
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** Saves the minutes and the recording link. @throws FieldProblems when refused */
	@Transactional
	public void saveText(EventView event, String minutes, String recordingUrl) {
		List<FieldProblem> problems = new ArrayList<>();
		if (minutes.length() > MAX_MINUTES) {
			problems.add(FieldProblem.of("minutes", "events.error.too-long", MAX_MINUTES));
		}
		if (!recordingUrl.isBlank() && (!EventRules.webAddress(recordingUrl) || recordingUrl.strip().length() > 500)) {
			problems.add(FieldProblem.of("recordingUrl", "events.error.url"));
		}
		FieldProblems.throwIfAny(problems);
		jdbc.sql("UPDATE events.event SET minutes = ?, recording_url = ? WHERE id = ?")
			.params(minutes, recordingUrl.strip(), event.id())
			.update();
	}

	/** Checks and stores a file. @throws FieldProblems naming what is wrong with it */
	@Transactional
	public UUID upload(EventView event, Upload upload, @Nullable UUID uploadedBy) {
		List<FieldProblem> problems = new ArrayList<>();
		DocumentView.Kind kind = null;
		try {
			kind = upload.kind() == null ? null : DocumentView.Kind.valueOf(upload.kind());
		}
		catch (IllegalArgumentException ex) {
			kind = null;
		}
		if (kind == null) {
			problems.add(FieldProblem.of("kind", "events.organiser.documents.error.kind"));
		}
		if (upload.title().strip().length() > 200) {
			problems.add(FieldProblem.of("title", "events.error.too-long", 200));
		}
		if (kind == DocumentView.Kind.PHOTO && upload.altText().isBlank()) {
			problems.add(FieldProblem.of("altText", "events.organiser.documents.error.alt-text"));
		}
		else if (upload.altText().strip().length() > 300) {
			problems.add(FieldProblem.of("altText", "events.error.too-long", 300));
		}
		String name = safeName(upload.fileName());
		String type = null;
		if (upload.content().length == 0) {
			problems.add(FieldProblem.of("file", "events.organiser.documents.error.file"));
		}
		else if (upload.content().length > maxBytes) {
			problems.add(FieldProblem.of("file", "events.organiser.documents.error.too-large",
					Math.max(1, maxBytes / (1024 * 1024))));
		}
		else if (kind != null) {
			type = detect(upload.content());
			List<String> extensions = ALLOWED.get(kind).get(type);
			if (extensions == null) {
				problems.add(FieldProblem.of("file", "events.organiser.documents.error.type." + kind.name()));
			}
			else if (!extensions.contains(extension(name))) {
				problems.add(FieldProblem.of("file", "events.organiser.documents.error.extension", extensions.get(0)));
			}
		}
		FieldProblems.throwIfAny(problems);
		UUID id = UUID.randomUUID();
		String title = upload.title().isBlank() ? name : upload.title().strip();
		// the file first: the row never names a missing file, a rolled-back insert removes it again
		String key = files.add("events", "document", upload.content(), type);
		jdbc.sql("""
				INSERT INTO events.document (id, event_id, kind, title, alt_text, file_name, content_type, size_bytes,
				  storage_key, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, event.id(), kind.name(), title, upload.altText().strip(), name, type,
					upload.content().length, key, uploadedBy, Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/** Removes a file of the event. */
	@Transactional
	public boolean remove(EventView event, UUID documentId) {
		List<Optional<String>> deleted = jdbc
			.sql("DELETE FROM events.document WHERE id = ? AND event_id = ? RETURNING storage_key")
			.params(documentId, event.id())
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.list();
		deleted.forEach(key -> key.ifPresent(files::deleteAfterCommit));
		return deleted.size() == 1;
	}

	/** Removes the files of an event that is being deleted, once its deletion committed. */
	void removeFilesOf(UUID eventId) {
		jdbc.sql("SELECT storage_key FROM events.document WHERE event_id = ? AND storage_key IS NOT NULL")
			.param(eventId)
			.query(String.class)
			.list()
			.forEach(files::deleteAfterCommit);
	}

	/** Publishes the documentation (or withdraws it): visitors see minutes, recording and files. */
	@Transactional
	public void publish(EventView event, boolean published) {
		jdbc.sql("UPDATE events.event SET documented_at = ? WHERE id = ?")
			.params(published ? Timestamp.from(clock.instant()) : null, event.id())
			.update();
	}

	/** A file of the event with its content. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> file(UUID eventId, UUID documentId) {
		return jdbc.sql("""
				SELECT id, event_id, kind, title, alt_text, file_name, content_type, size_bytes, uploaded_at, storage_key,
				  CASE WHEN storage_key IS NULL THEN content END AS content
				FROM events.document WHERE id = ? AND event_id = ?""")
			.params(documentId, eventId)
			.query((rs, row) -> new StoredFile(new DocumentView(rs.getObject("id", UUID.class),
					rs.getObject("event_id", UUID.class), DocumentView.Kind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getString("alt_text"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), EventStore.instant(rs, "uploaded_at")),
					content(rs.getString("storage_key"), rs.getBytes("content"))))
			.optional();
	}

	/** From the file store, or from the column for a row that the start-up job has not moved yet (issue 24). */
	private InputStreamSource content(@Nullable String key, byte @Nullable [] legacy) {
		return key != null ? () -> files.open(key) : () -> new ByteArrayInputStream(legacy == null ? new byte[0] : legacy);
	}

	/** The type of the content by its bytes; an Office Open XML container is opened to see whether it holds slides. */
	static String detect(byte[] content) {
		String type = TIKA.detect(content);
		if (OOXML.equals(type) || "application/zip".equals(type)) {
			return presentation(content) ? PPTX : type;
		}
		return type;
	}

	private static boolean presentation(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			boolean contentTypes = false;
			boolean slides = false;
			ZipEntry entry;
			for (int n = 0; n < 2000 && (entry = zip.getNextEntry()) != null; n++) {
				contentTypes |= "[Content_Types].xml".equals(entry.getName());
				slides |= "ppt/presentation.xml".equals(entry.getName());
			}
			return contentTypes && slides;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
	}

	/** The file's own name without a path, without characters that break a header, at most 200 characters. */
	static String safeName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
		if (name.isEmpty()) {
			name = "dokument";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

}
