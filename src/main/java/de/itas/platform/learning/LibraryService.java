package de.itas.platform.learning;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.search.SearchRequest;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.storage.FileStore;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;
import de.itas.platform.skills.Occupations;

/**
 * The library's items and their four-eyes workflow: an editor of a partner writes a draft and submits it;
 * another editor reviews it and publishes it or returns it with a note. Saving a published item takes it back
 * to draft, so that every public text has been seen by two people. A study's PDF is recognised by its bytes
 * (not by the name or the type the browser claims) and kept in the database with the item, like the news
 * images, so backup and erasure cover it. Each method is one user action in one transaction; refused input
 * throws {@link FieldProblems} and stores nothing, not even the file.
 */
@Service
public class LibraryService {

	public static final int MAX_TITLE = 200;
	public static final int MAX_SUMMARY = 2000;
	public static final int MAX_BODY = 100_000;
	public static final int MAX_URL = 1000;
	public static final int MAX_TRANSCRIPT = 200_000;
	public static final int MAX_NOTE = 1000;
	public static final int MAX_SKILLS = 30;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final String COLUMNS = """
			i.id, i.slug, i.kind, i.title, i.summary, i.body, i.url, i.transcript, i.caption_url, i.partner_code,
			i.item_date, i.language, i.action_fields, i.skills, i.districts, i.target_groups, i.status, i.author_id,
			i.author_name, i.submitted_by, i.submitted_at, i.reviewed_by, i.reviewed_at, i.review_note,
			i.published_at, i.created_at, i.updated_at, i.version, i.demo, f.file_name, f.size_bytes
			FROM learning.library_item i LEFT JOIN learning.library_file f ON f.item_id = i.id""";

	private static final String QUERY = "(CAST(:query AS TEXT) IS NULL OR i.search_doc @@ to_tsquery('german', CAST(:query AS TEXT)))";
	private static final String KIND = "(CAST(:kind AS TEXT) IS NULL OR i.kind = CAST(:kind AS TEXT))";
	private static final String FIELD = "(CAST(:field AS TEXT) IS NULL OR CAST(:field AS TEXT) = ANY (i.action_fields))";
	private static final String PARTNER = "(CAST(:partner AS TEXT) IS NULL OR i.partner_code = CAST(:partner AS TEXT))";
	private static final String LANGUAGE = "(CAST(:language AS TEXT) IS NULL OR i.language = CAST(:language AS TEXT))";
	private static final String PUBLIC = "i.status = 'PUBLISHED'";

	private final JdbcClient jdbc;
	private final FileStore files;
	private final LibraryAccess access;
	private final Region region;
	private final Occupations occupations;
	private final Clock clock;
	private final long maxPdfBytes;

	LibraryService(JdbcClient jdbc, FileStore files, LibraryAccess access, Region region, Occupations occupations, Clock clock,
			@Value("${platform.learning.library.max-pdf-bytes:20971520}") long maxPdfBytes) {
		this.jdbc = jdbc;
		this.files = files;
		this.access = access;
		this.region = region;
		this.occupations = occupations;
		this.clock = clock;
		this.maxPdfBytes = maxPdfBytes;
	}

	/** A study's stored PDF. */
	public record StoredFile(String fileName, String contentType, long sizeBytes, InputStreamSource content) {
	}

	public long maxPdfBytes() {
		return maxPdfBytes;
	}

	public long maxPdfMegabytes() {
		return Math.max(1, maxPdfBytes / (1024 * 1024));
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Optional<LibraryItem> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE i.id = ?").param(id).query(LibraryService::item).optional();
	}

	/** The item visitors may read under this address. */
	@Transactional(readOnly = true)
	public Optional<LibraryItem> publicItem(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE i.slug = ? AND " + PUBLIC)
			.param(slug)
			.query(LibraryService::item)
			.optional();
	}

	/** The item under this address whatever its state, for its editors' preview. */
	@Transactional(readOnly = true)
	public Optional<LibraryItem> bySlug(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE i.slug = ?").param(slug).query(LibraryService::item).optional();
	}

	/** A page of the public list: best match first when words were given, else newest first. */
	@Transactional(readOnly = true)
	public PageOf<LibraryItem> publicPage(LibraryFilter filter, int page, int size) {
		Map<String, Object> params = params(filter);
		String where = String.join(" AND ", PUBLIC, QUERY, KIND, FIELD, PARTNER, LANGUAGE);
		long total = jdbc.sql("SELECT count(*) FROM learning.library_item i WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		int shown = PageOf.clamp(page, size, total);
		String order = params.get("query") == null ? "i.item_date DESC, i.title, i.id"
				: "ts_rank(i.search_doc, to_tsquery('german', CAST(:query AS TEXT))) DESC, i.item_date DESC, i.id";
		List<LibraryItem> items = jdbc
			.sql("SELECT " + COLUMNS + " WHERE " + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) shown * size)
			.query(LibraryService::item)
			.list();
		return new PageOf<>(items, shown, size, total);
	}

	/** The facet counts for the public list under this filter. */
	@Transactional(readOnly = true)
	public LibraryFacets facets(LibraryFilter filter) {
		Map<String, Object> params = params(filter);
		return new LibraryFacets(
				counts("i.kind", String.join(" AND ", PUBLIC, QUERY, FIELD, PARTNER, LANGUAGE), params),
				counts("f", "learning.library_item i CROSS JOIN LATERAL unnest(i.action_fields) f",
						String.join(" AND ", PUBLIC, QUERY, KIND, PARTNER, LANGUAGE), params),
				counts("i.partner_code", String.join(" AND ", PUBLIC, QUERY, KIND, FIELD, LANGUAGE), params),
				counts("i.language", String.join(" AND ", PUBLIC, QUERY, KIND, FIELD, PARTNER), params));
	}

	private Map<String, Long> counts(String column, String where, Map<String, Object> params) {
		return counts(column, "learning.library_item i", where, params);
	}

	private Map<String, Long> counts(String column, String from, String where, Map<String, Object> params) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT " + column + " AS v, count(*) AS n FROM " + from + " WHERE " + where + " GROUP BY " + column)
			.params(params)
			.query(rs -> {
				counts.put(rs.getString("v"), rs.getLong("n"));
			});
		return counts;
	}

	/** All published items, for the sitemap (newest first). */
	@Transactional(readOnly = true)
	public List<LibraryItem> allPublic() {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE " + PUBLIC + " ORDER BY i.item_date DESC, i.id")
			.query(LibraryService::item)
			.list();
	}

	/**
	 * Published items that teach one of the skills or serve one of the action fields, those with more matching
	 * skills first.
	 */
	@Transactional(readOnly = true)
	public List<LibraryItem> related(List<String> skillUris, List<String> actionFields, int limit) {
		if (skillUris.isEmpty() && actionFields.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " WHERE " + PUBLIC + """
				 AND (i.skills && string_to_array(CAST(:skills AS TEXT), chr(31)) OR i.action_fields && string_to_array(CAST(:fields AS TEXT), chr(31)))
				ORDER BY cardinality(ARRAY(SELECT unnest(i.skills) INTERSECT SELECT unnest(string_to_array(CAST(:skills AS TEXT), chr(31))))) DESC,
				         i.item_date DESC, i.id
				LIMIT :limit""")
			.param("skills", joined(skillUris))
			.param("fields", joined(actionFields))
			.param("limit", limit)
			.query(LibraryService::item)
			.list();
	}

	/** The items of the partners the editor works for: waiting for review first, then drafts, then the newest. */
	@Transactional(readOnly = true)
	public List<LibraryItem> forEditor(PlatformUser editor) {
		List<String> partners = access.partnerCodes(editor);
		if (partners.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + """
				 WHERE i.partner_code IN (:partners)
				ORDER BY CASE i.status WHEN 'SUBMITTED' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END, i.updated_at DESC
				LIMIT 300""").param("partners", partners).query(LibraryService::item).list();
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> file(UUID itemId) {
		return jdbc.sql("""
				SELECT file_name, content_type, size_bytes, storage_key, CASE WHEN storage_key IS NULL THEN content END AS content
				FROM learning.library_file WHERE item_id = ?""")
			.param(itemId)
			.query((rs, n) -> {
				String key = rs.getString("storage_key");
				byte[] legacy = rs.getBytes("content");
				// from the file store, or from the column for a row the start-up job has not moved yet (issue 24)
				InputStreamSource content = key != null ? () -> files.open(key)
						: () -> new ByteArrayInputStream(legacy == null ? new byte[0] : legacy);
				return new StoredFile(rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
						content);
			})
			.optional();
	}

	// ---- writing

	/** Starts a draft (with a study's PDF). @throws FieldProblems when refused */
	@Transactional
	public LibraryItem create(PlatformUser editor, LibraryDraft draft, @Nullable LibraryUpload upload) {
		requireEditor(editor);
		List<FieldProblem> problems = check(editor, draft, upload, false);
		FieldProblems.throwIfAny(problems);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO learning.library_item (id, slug, kind, title, summary, body, url, transcript, caption_url,
				  partner_code, item_date, language, action_fields, skills, districts, target_groups, status,
				  author_id, author_name, created_at, updated_at)
				VALUES (:id, :slug, :kind, :title, :summary, :body, :url, :transcript, :captionUrl, :partner, :date,
				  :language, string_to_array(:fields, chr(31)), string_to_array(:skills, chr(31)),
				  string_to_array(:districts, chr(31)), string_to_array(:groups, chr(31)), 'DRAFT', :author, :authorName, :now, :now)""")
			.params(values(draft))
			.param("id", id)
			.param("slug", freeSlug(draft.title(), null))
			.param("author", editor.id())
			.param("authorName", editor.getDisplayName())
			.param("now", Timestamp.from(now))
			.update();
		store(editor, id, upload, now);
		return find(id).orElseThrow();
	}

	/** Saves the texts (and a new PDF); the item goes (back) to draft. */
	@Transactional
	public LibraryItem update(PlatformUser editor, UUID id, long version, LibraryDraft draft,
			@Nullable LibraryUpload upload) {
		LibraryItem item = editable(editor, id);
		FieldProblems.throwIfAny(check(editor, draft, upload, item.hasFile()));
		Instant now = clock.instant();
		int changed = jdbc.sql("""
				UPDATE learning.library_item SET slug = :slug, kind = :kind, title = :title, summary = :summary,
				  body = :body, url = :url, transcript = :transcript, caption_url = :captionUrl, partner_code = :partner,
				  item_date = :date, language = :language, action_fields = string_to_array(:fields, chr(31)),
				  skills = string_to_array(:skills, chr(31)), districts = string_to_array(:districts, chr(31)),
				  target_groups = string_to_array(:groups, chr(31)), status = 'DRAFT', submitted_by = NULL,
				  submitted_at = NULL, published_at = NULL, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version""")
			.params(values(draft))
			.param("slug", item.published() ? item.slug() : freeSlug(draft.title(), id))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", version)
			.update();
		requireCurrent(changed);
		if (!ContentKind.STUDY.name().equals(draft.kind())) {
			deleteFile(id);
		}
		store(editor, id, upload, now);
		return find(id).orElseThrow();
	}

	/** Saves and hands the draft to a second person, both or neither. */
	@Transactional
	public LibraryItem updateAndSubmit(PlatformUser editor, UUID id, long version, LibraryDraft draft,
			@Nullable LibraryUpload upload) {
		LibraryItem saved = update(editor, id, version, draft, upload);
		return submit(editor, id, saved.version());
	}

	/** Hands a draft to a second person for review. */
	@Transactional
	public LibraryItem submit(PlatformUser editor, UUID id, long version) {
		LibraryItem item = editable(editor, id);
		if (item.status() != ContentStatus.DRAFT) {
			throw new FieldProblems(FieldProblem.ofForm("learning.library.error.not-draft"));
		}
		if (item.kind() == ContentKind.STUDY && !item.hasFile()) {
			throw new FieldProblems(FieldProblem.of("file", "learning.library.error.pdf-required"));
		}
		Timestamp now = Timestamp.from(clock.instant());
		int changed = jdbc.sql("""
				UPDATE learning.library_item SET status = 'SUBMITTED', submitted_by = ?, submitted_at = ?,
				  review_note = '', updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'DRAFT'""")
			.params(editor.id(), now, now, id, version)
			.update();
		requireCurrent(changed);
		return find(id).orElseThrow();
	}

	/** The reviewer publishes a submitted item; never the person who submitted it. */
	@Transactional
	public LibraryItem publish(PlatformUser reviewer, UUID id, long version) {
		LibraryItem item = editable(reviewer, id);
		if (item.status() != ContentStatus.SUBMITTED) {
			throw new FieldProblems(FieldProblem.ofForm("learning.library.error.not-submitted"));
		}
		if (reviewer.id().equals(item.submittedBy())) {
			throw new FieldProblems(FieldProblem.ofForm("learning.library.error.four-eyes"));
		}
		Timestamp now = Timestamp.from(clock.instant());
		int changed = jdbc.sql("""
				UPDATE learning.library_item SET status = 'PUBLISHED', reviewed_by = ?, reviewed_at = ?,
				  published_at = ?, review_note = '', updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'SUBMITTED'""")
			.params(reviewer.id(), now, now, now, id, version)
			.update();
		requireCurrent(changed);
		return find(id).orElseThrow();
	}

	/** The reviewer sends a submitted item back with a note. */
	@Transactional
	public LibraryItem returnToDraft(PlatformUser reviewer, UUID id, long version, String note) {
		LibraryItem item = editable(reviewer, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (item.status() != ContentStatus.SUBMITTED) {
			problems.add(FieldProblem.ofForm("learning.library.error.not-submitted"));
		}
		if (note.isBlank()) {
			problems.add(FieldProblem.of("note", "learning.library.error.required"));
		}
		else if (note.strip().length() > MAX_NOTE) {
			problems.add(FieldProblem.of("note", "learning.library.error.too-long", MAX_NOTE));
		}
		FieldProblems.throwIfAny(problems);
		Timestamp now = Timestamp.from(clock.instant());
		int changed = jdbc.sql("""
				UPDATE learning.library_item SET status = 'DRAFT', review_note = ?, reviewed_by = ?, reviewed_at = ?,
				  submitted_by = NULL, submitted_at = NULL, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'SUBMITTED'""")
			.params(note.strip(), reviewer.id(), now, now, id, version)
			.update();
		requireCurrent(changed);
		return find(id).orElseThrow();
	}

	/** Deletes an item that was never published (a published one is taken back to draft first). */
	@Transactional
	public void delete(PlatformUser editor, UUID id) {
		LibraryItem item = editable(editor, id);
		if (item.published()) {
			throw new FieldProblems(FieldProblem.ofForm("learning.library.error.published"));
		}
		deleteFile(id);
		jdbc.sql("DELETE FROM learning.library_item WHERE id = ?").param(id).update();
	}

	// ---- checks

	/** The item if the person may edit it; else as if it did not exist. */
	public LibraryItem editable(PlatformUser editor, UUID id) {
		LibraryItem item = find(id).orElse(null);
		if (item == null || !access.mayEdit(editor, item)) {
			throw new NotFoundException();
		}
		return item;
	}

	private void requireEditor(PlatformUser editor) {
		if (!access.mayEdit(editor)) {
			throw new AccessDeniedException("Not an editor of the library");
		}
	}

	private static void requireCurrent(int changed) {
		if (changed == 0) {
			throw new FieldProblems(FieldProblem.ofForm("learning.library.error.stale"));
		}
	}

	private void store(PlatformUser editor, UUID id, @Nullable LibraryUpload upload, Instant now) {
		if (upload == null || upload.empty()) {
			return;
		}
		deleteFile(id);
		// the file first: the row never names a missing file, a rolled-back insert removes it again
		String key = files.add("learning", "library", upload.content(), "application/pdf");
		jdbc.sql("""
				INSERT INTO learning.library_file (item_id, file_name, content_type, size_bytes, storage_key, uploaded_by,
				  uploaded_at) VALUES (?, ?, 'application/pdf', ?, ?, ?, ?)""")
			.params(id, fileName(upload.fileName()), upload.content().length, key, editor.id(), Timestamp.from(now))
			.update();
	}

	/** Deletes the item's file row; the file goes once the transaction committed. */
	private void deleteFile(UUID itemId) {
		jdbc.sql("DELETE FROM learning.library_file WHERE item_id = ? RETURNING storage_key")
			.param(itemId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.list()
			.forEach(key -> key.ifPresent(files::deleteAfterCommit));
	}

	/** A download name that is safe in a header: the uploaded name's letters, ending in .pdf. */
	static String fileName(String uploaded) {
		String base = uploaded.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("(?i)\\.pdf$", "");
		base = LibrarySlugs.of(base.isBlank() ? "dokument" : base);
		return (base.length() > 100 ? base.substring(0, 100) : base) + ".pdf";
	}

	List<FieldProblem> check(PlatformUser editor, LibraryDraft draft, @Nullable LibraryUpload upload,
			boolean hasFile) {
		List<FieldProblem> problems = new ArrayList<>();
		ContentKind kind = null;
		try {
			kind = ContentKind.valueOf(draft.kind());
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of("kind", "learning.library.error.kind"));
		}
		text(problems, "title", draft.title(), MAX_TITLE, true);
		text(problems, "summary", draft.summary(), MAX_SUMMARY, true);
		if (kind == ContentKind.ARTICLE) {
			text(problems, "body", draft.body(), MAX_BODY, true);
		}
		if (kind == ContentKind.VIDEO || kind == ContentKind.LINK) {
			if (draft.url().isBlank()) {
				problems.add(FieldProblem.of("url", "learning.library.error.required"));
			}
			else if (!https(draft.url())) {
				problems.add(FieldProblem.of("url", "learning.library.error.https"));
			}
		}
		if (kind == ContentKind.VIDEO) {
			text(problems, "transcript", draft.transcript(), MAX_TRANSCRIPT, false);
			if (!draft.captionUrl().isBlank() && !https(draft.captionUrl())) {
				problems.add(FieldProblem.of("captionUrl", "learning.library.error.https"));
			}
			if (draft.transcript().isBlank() && draft.captionUrl().isBlank()) {
				problems.add(FieldProblem.of("transcript", "learning.library.error.transcript-required"));
			}
		}
		if (kind == ContentKind.STUDY) {
			if (upload == null || upload.empty()) {
				if (!hasFile) {
					problems.add(FieldProblem.of("file", "learning.library.error.pdf-required"));
				}
			}
			else if (upload.content().length > maxPdfBytes) {
				problems.add(FieldProblem.of("file", "learning.library.error.pdf-too-large", maxPdfMegabytes()));
			}
			else if (!isPdf(upload.content())) {
				problems.add(FieldProblem.of("file", "learning.library.error.pdf-type"));
			}
		}
		if (!access.partnerCodes(editor).contains(draft.partnerCode())) {
			problems.add(FieldProblem.of("partnerCode", "learning.library.error.partner"));
		}
		if (date(draft.date()) == null) {
			problems.add(FieldProblem.of("date", "learning.library.error.date"));
		}
		if (!Set.of("de", "en").contains(draft.language())) {
			problems.add(FieldProblem.of("language", "learning.library.error.language"));
		}
		Set<String> fields = region.actionFields().stream().map(ActionFieldSummary::code).collect(Collectors.toSet());
		if (!fields.containsAll(draft.actionFields())) {
			problems.add(FieldProblem.of("actionFields", "learning.library.error.choice"));
		}
		Set<String> districts = region.districts().stream().map(DistrictSummary::code).collect(Collectors.toSet());
		if (!districts.containsAll(draft.districts())) {
			problems.add(FieldProblem.of("districts", "learning.library.error.choice"));
		}
		Set<String> groups = Arrays.stream(ContentTargetGroup.values()).map(Enum::name).collect(Collectors.toSet());
		if (!groups.containsAll(draft.targetGroups())) {
			problems.add(FieldProblem.of("targetGroups", "learning.library.error.choice"));
		}
		if (draft.skills().size() > MAX_SKILLS) {
			problems.add(FieldProblem.of("skills", "learning.library.error.too-many-skills", MAX_SKILLS));
		}
		else if (!draft.skills().stream().allMatch(uri -> occupations.skill(uri).isPresent())) {
			problems.add(FieldProblem.of("skills", "learning.library.error.choice"));
		}
		return problems;
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
		if (required && value.isBlank()) {
			problems.add(FieldProblem.of(field, "learning.library.error.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(FieldProblem.of(field, "learning.library.error.too-long", max));
		}
	}

	/** Whether the bytes are a PDF: the header {@code %PDF-} within the first kilobyte, as readers accept it. */
	static boolean isPdf(byte[] content) {
		int limit = Math.min(content.length - PDF_MAGIC.length, 1024);
		for (int start = 0; start <= limit; start++) {
			if (Arrays.equals(content, start, start + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
				return true;
			}
		}
		return false;
	}

	static boolean https(String value) {
		String url = value.strip();
		if (url.length() > MAX_URL) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	static @Nullable LocalDate date(String typed) {
		try {
			return typed.isBlank() ? null : LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private Map<String, Object> values(LibraryDraft draft) {
		ContentKind kind = ContentKind.valueOf(draft.kind());
		Map<String, Object> values = new HashMap<>();
		values.put("kind", kind.name());
		values.put("title", draft.title().strip());
		values.put("summary", draft.summary().strip());
		values.put("body", kind == ContentKind.ARTICLE ? draft.body() : "");
		values.put("url", kind == ContentKind.VIDEO || kind == ContentKind.LINK ? draft.url().strip() : "");
		values.put("transcript", kind == ContentKind.VIDEO ? draft.transcript().strip() : "");
		values.put("captionUrl", kind == ContentKind.VIDEO ? draft.captionUrl().strip() : "");
		values.put("partner", draft.partnerCode());
		values.put("date", Date.valueOf(date(draft.date())));
		values.put("language", draft.language());
		values.put("fields", joined(draft.actionFields().stream().distinct().toList()));
		values.put("skills", joined(draft.skills().stream().distinct().toList()));
		values.put("districts", joined(draft.districts().stream().distinct().toList()));
		values.put("groups", joined(draft.targetGroups().stream().distinct().toList()));
		return values;
	}

	/** Values joined for {@code string_to_array(:x, chr(31))}: no code or URI holds the unit separator. */
	static String joined(List<String> values) {
		return values.stream().filter(value -> value.indexOf('\u001f') < 0).collect(Collectors.joining("\u001f"));
	}

	private String freeSlug(String title, @Nullable UUID self) {
		String base = LibrarySlugs.of(title.strip());
		String slug = base;
		for (int n = 2; taken(slug, self); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private boolean taken(String slug, @Nullable UUID self) {
		return jdbc.sql("SELECT count(*) FROM learning.library_item WHERE slug = ? AND id <> ?")
			.params(slug, self == null ? new UUID(0, 0) : self)
			.query(Long.class)
			.single() > 0;
	}

	private static Map<String, Object> params(LibraryFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String query = filter.query() == null ? null
				: new SearchRequest(filter.query(), null, Locale.GERMAN, 1).allWordsQuery();
		params.put("query", query == null || query.isBlank() ? null : query);
		params.put("kind", filter.kind() == null ? null : filter.kind().name());
		params.put("field", filter.actionField());
		params.put("partner", filter.partner());
		params.put("language", filter.language());
		return params;
	}

	static LibraryItem item(ResultSet rs, int row) throws SQLException {
		return new LibraryItem(rs.getObject("id", UUID.class), rs.getString("slug"),
				ContentKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("summary"),
				rs.getString("body"), rs.getString("url"), rs.getString("transcript"), rs.getString("caption_url"),
				rs.getString("partner_code"), rs.getDate("item_date").toLocalDate(), rs.getString("language"),
				list(rs.getArray("action_fields")), list(rs.getArray("skills")), list(rs.getArray("districts")),
				list(rs.getArray("target_groups")), ContentStatus.valueOf(rs.getString("status")),
				rs.getObject("author_id", UUID.class), rs.getString("author_name"),
				rs.getObject("submitted_by", UUID.class), instant(rs, "submitted_at"),
				rs.getObject("reviewed_by", UUID.class), instant(rs, "reviewed_at"), rs.getString("review_note"),
				instant(rs, "published_at"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"), rs.getBoolean("demo"),
				rs.getString("file_name"), rs.getLong("size_bytes"));
	}

	private static List<String> list(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
