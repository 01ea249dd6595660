package de.itas.platform.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.storage.FileStore;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.PageOf;

/**
 * News articles and their four-eyes workflow: an editor writes a draft and submits it; another editor reviews
 * it and publishes it (at once or at a later time, which visitors' queries respect) or returns it with a note.
 * A published article is corrected with a dated note. The image's type is recognised from its bytes (Apache
 * Tika); an image without alternative text cannot be published. Each method is one user action in one
 * transaction; refused input throws {@link FieldProblems} and leaves nothing half-saved.
 */
@Service
public class NewsService {

	public static final int MAX_TITLE = 200;
	public static final int MAX_TEASER = 500;
	public static final int MAX_BODY = 50_000;
	public static final int MAX_ALT = 300;
	public static final int MAX_NOTE = 1000;

	/** The image types accepted, each with its file name extensions. */
	static final Map<String, List<String>> IMAGE_TYPES = Map.of("image/jpeg", List.of("jpg", "jpeg"), "image/png",
			List.of("png"), "image/webp", List.of("webp"));

	private static final Tika TIKA = new Tika();

	private static final String COLUMNS = """
			a.id, a.slug, a.title, a.teaser, a.body, a.action_fields, a.partner_code, a.status, i.id AS image_id,
			a.image_alt, a.author_id, a.author_name, a.submitted_by, a.submitted_at, a.reviewed_by, a.reviewed_at,
			a.review_note, a.publish_at, a.created_at, a.updated_at, a.version, a.demo
			FROM portal.news_article a LEFT JOIN portal.news_image i ON i.article_id = a.id""";

	private static final String FILTERS = """
			a.status = 'PUBLISHED' AND a.publish_at <= :now
			  AND (CAST(:field AS TEXT) IS NULL OR CAST(:field AS TEXT) = ANY (a.action_fields))
			  AND (CAST(:partner AS TEXT) IS NULL OR a.partner_code = CAST(:partner AS TEXT))
			  AND (CAST(:year AS INTEGER) IS NULL
			       OR EXTRACT(YEAR FROM a.publish_at AT TIME ZONE 'Europe/Berlin') = CAST(:year AS INTEGER))""";

	private final JdbcClient jdbc;
	private final FileStore files;
	private final NewsAccess access;
	private final Region region;
	private final Clock clock;
	private final long maxImageBytes;

	NewsService(JdbcClient jdbc, FileStore files, NewsAccess access, Region region, Clock clock,
			@Value("${platform.portal.news.max-image-bytes:5242880}") long maxImageBytes) {
		this.jdbc = jdbc;
		this.files = files;
		this.access = access;
		this.region = region;
		this.clock = clock;
		this.maxImageBytes = maxImageBytes;
	}

	/** A stored image. */
	public record Image(UUID id, UUID articleId, String contentType, long sizeBytes, InputStreamSource content) {
	}

	public long maxImageBytes() {
		return maxImageBytes;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Optional<NewsArticle> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE a.id = ?").param(id).query(NewsService::article).optional();
	}

	/** The article visitors may read under this address. */
	@Transactional(readOnly = true)
	public Optional<NewsArticle> publicArticle(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE a.slug = ? AND a.status = 'PUBLISHED' AND a.publish_at <= ?")
			.params(slug, Timestamp.from(clock.instant()))
			.query(NewsService::article)
			.optional();
	}

	/** The article under this address, whatever its state (for editors' previews). */
	@Transactional(readOnly = true)
	public Optional<NewsArticle> bySlug(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE a.slug = ?").param(slug).query(NewsService::article).optional();
	}

	/** A page of the public list, newest first. */
	@Transactional(readOnly = true)
	public PageOf<NewsArticle> publicPage(NewsFilter filter, int page, int size) {
		Map<String, Object> params = filterParams(filter);
		long total = jdbc.sql("SELECT count(*) FROM portal.news_article a WHERE " + FILTERS)
			.params(params)
			.query(Long.class)
			.single();
		int shown = PageOf.clamp(page, size, total);
		List<NewsArticle> items = jdbc
			.sql("SELECT " + COLUMNS + " WHERE " + FILTERS + " ORDER BY a.publish_at DESC, a.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) shown * size)
			.query(NewsService::article)
			.list();
		return new PageOf<>(items, shown, size, total);
	}

	/** The newest public articles. */
	@Transactional(readOnly = true)
	public List<NewsArticle> latest(int limit) {
		return publicPage(NewsFilter.none(), 0, limit).items();
	}

	/** All public articles, for the sitemap and the search (newest first). */
	@Transactional(readOnly = true)
	public List<NewsArticle> allPublic() {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE " + FILTERS + " ORDER BY a.publish_at DESC, a.id")
			.params(filterParams(NewsFilter.none()))
			.query(NewsService::article)
			.list();
	}

	/** The years in which articles were published, newest first (for the list's filter). */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return jdbc.sql("""
				SELECT DISTINCT CAST(EXTRACT(YEAR FROM publish_at AT TIME ZONE 'Europe/Berlin') AS INTEGER) AS y
				FROM portal.news_article WHERE status = 'PUBLISHED' AND publish_at <= ? ORDER BY y DESC""")
			.param(Timestamp.from(clock.instant()))
			.query(Integer.class)
			.list();
	}

	/** The articles of the partners the editor writes for: waiting for review first, then the newest. */
	@Transactional(readOnly = true)
	public List<NewsArticle> forEditor(PlatformUser editor) {
		List<String> partners = access.partnerCodes(editor);
		if (partners.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + """
				 WHERE a.partner_code IN (:partners)
				ORDER BY CASE a.status WHEN 'SUBMITTED' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END,
				         COALESCE(a.publish_at, a.updated_at) DESC
				LIMIT 200""").param("partners", partners).query(NewsService::article).list();
	}

	@Transactional(readOnly = true)
	public List<NewsCorrection> corrections(UUID articleId) {
		return jdbc.sql("SELECT id, note, noted_at FROM portal.news_correction WHERE article_id = ? ORDER BY noted_at")
			.param(articleId)
			.query((rs, n) -> new NewsCorrection(rs.getObject("id", UUID.class), rs.getString("note"),
					rs.getTimestamp("noted_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Image> image(UUID imageId) {
		return jdbc.sql("""
				SELECT id, article_id, content_type, size_bytes, storage_key,
				  CASE WHEN storage_key IS NULL THEN content END AS content
				FROM portal.news_image WHERE id = ?""")
			.param(imageId)
			.query((rs, n) -> {
				String key = rs.getString("storage_key");
				byte[] legacy = rs.getBytes("content");
				// from the file store, or from the column for a row the start-up job has not moved yet (issue 24)
				InputStreamSource content = key != null ? () -> files.open(key)
						: () -> new ByteArrayInputStream(legacy == null ? new byte[0] : legacy);
				return new Image(rs.getObject("id", UUID.class), rs.getObject("article_id", UUID.class),
						rs.getString("content_type"), rs.getLong("size_bytes"), content);
			})
			.optional();
	}

	// ---- writing

	/** Starts a draft. @throws FieldProblems when refused */
	@Transactional
	public NewsArticle create(PlatformUser editor, NewsDraft draft) {
		requireEditor(editor);
		FieldProblems.throwIfAny(check(editor, draft));
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO portal.news_article (id, slug, title, teaser, body, action_fields, partner_code, status,
				  image_alt, author_id, author_name, created_at, updated_at)
				VALUES (:id, :slug, :title, :teaser, :body, string_to_array(:fields, ','), :partner, 'DRAFT', :alt,
				  :author, :authorName, :now, :now)""")
			.param("id", id)
			.param("slug", freeSlug(draft.title(), null))
			.param("title", draft.title().strip())
			.param("teaser", draft.teaser().strip())
			.param("body", draft.body())
			.param("fields", String.join(",", draft.actionFields()))
			.param("partner", draft.partnerCode())
			.param("alt", draft.imageAlt().strip())
			.param("author", editor.id())
			.param("authorName", editor.getDisplayName())
			.param("now", Timestamp.from(now))
			.update();
		return find(id).orElseThrow();
	}

	/** Saves a draft's texts (a returned or submitted article goes back to draft). */
	@Transactional
	public NewsArticle update(PlatformUser editor, UUID id, long version, NewsDraft draft) {
		NewsArticle article = editable(editor, id);
		List<FieldProblem> problems = check(editor, draft);
		if (article.status() == NewsStatus.PUBLISHED) {
			problems.add(FieldProblem.ofForm("portal.news.error.published"));
		}
		FieldProblems.throwIfAny(problems);
		int changed = jdbc.sql("""
				UPDATE portal.news_article SET slug = :slug, title = :title, teaser = :teaser, body = :body,
				  action_fields = string_to_array(:fields, ','), partner_code = :partner, image_alt = :alt,
				  status = 'DRAFT', submitted_by = NULL, submitted_at = NULL, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version AND status <> 'PUBLISHED'""")
			.param("slug", freeSlug(draft.title(), id))
			.param("title", draft.title().strip())
			.param("teaser", draft.teaser().strip())
			.param("body", draft.body())
			.param("fields", String.join(",", draft.actionFields()))
			.param("partner", draft.partnerCode())
			.param("alt", draft.imageAlt().strip())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		requireCurrent(changed);
		return find(id).orElseThrow();
	}

	/** Saves a draft's texts and hands it to a second person for review, both or neither. */
	@Transactional
	public NewsArticle updateAndSubmit(PlatformUser editor, UUID id, long version, NewsDraft draft) {
		NewsArticle saved = update(editor, id, version, draft);
		return submit(editor, id, saved.version());
	}

	/** Hands a draft to a second person for review. */
	@Transactional
	public NewsArticle submit(PlatformUser editor, UUID id, long version) {
		NewsArticle article = editable(editor, id);
		if (article.status() != NewsStatus.DRAFT) {
			throw new FieldProblems(List.of(FieldProblem.ofForm("portal.news.error.not-draft")));
		}
		int changed = jdbc.sql("""
				UPDATE portal.news_article SET status = 'SUBMITTED', submitted_by = ?, submitted_at = ?, review_note = '',
				  updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'DRAFT'""")
			.params(editor.id(), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), id, version)
			.update();
		requireCurrent(changed);
		return find(id).orElseThrow();
	}

	/**
	 * The reviewer publishes a submitted article, at once or at a later time ({@code publishAt}); never the
	 * person who submitted it, and never with an image that lacks its alternative text.
	 */
	@Transactional
	public NewsArticle publish(PlatformUser reviewer, UUID id, long version, @Nullable Instant publishAt) {
		NewsArticle article = editable(reviewer, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (article.status() != NewsStatus.SUBMITTED) {
			problems.add(FieldProblem.ofForm("portal.news.error.not-submitted"));
		}
		else if (reviewer.id().equals(article.submittedBy())) {
			problems.add(FieldProblem.ofForm("portal.news.error.four-eyes"));
		}
		if (article.hasImage() && article.imageAlt().isBlank()) {
			problems.add(FieldProblem.ofForm("portal.news.error.alt-required"));
		}
		if (article.teaser().isBlank()) {
			problems.add(FieldProblem.ofForm("portal.news.error.teaser-required"));
		}
		FieldProblems.throwIfAny(problems);
		Instant now = clock.instant();
		Instant when = publishAt == null || publishAt.isBefore(now) ? now : publishAt;
		int changed = jdbc.sql("""
				UPDATE portal.news_article SET status = 'PUBLISHED', reviewed_by = ?, reviewed_at = ?, publish_at = ?,
				  review_note = '', updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'SUBMITTED'""")
			.params(reviewer.id(), Timestamp.from(now), Timestamp.from(when), Timestamp.from(now), id, version)
			.update();
		requireCurrent(changed);
		return find(id).orElseThrow();
	}

	/** The reviewer sends a submitted article back to its authors with a note. */
	@Transactional
	public NewsArticle returnToDraft(PlatformUser reviewer, UUID id, long version, String note) {
		NewsArticle article = editable(reviewer, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (article.status() != NewsStatus.SUBMITTED) {
			problems.add(FieldProblem.ofForm("portal.news.error.not-submitted"));
		}
		if (note.isBlank()) {
			problems.add(FieldProblem.of("note", "portal.news.error.note-required"));
		}
		else if (note.strip().length() > MAX_NOTE) {
			problems.add(FieldProblem.of("note", "portal.news.error.too-long", MAX_NOTE));
		}
		FieldProblems.throwIfAny(problems);
		int changed = jdbc.sql("""
				UPDATE portal.news_article SET status = 'DRAFT', review_note = ?, reviewed_by = ?, reviewed_at = ?,
				  submitted_by = NULL, submitted_at = NULL, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'SUBMITTED'""")
			.params(note.strip(), reviewer.id(), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), id,
					version)
			.update();
		requireCurrent(changed);
		return find(id).orElseThrow();
	}

	/** Corrects a published article: the new text and a dated note that the article shows. */
	@Transactional
	public NewsArticle correct(PlatformUser editor, UUID id, long version, String body, String note) {
		NewsArticle article = editable(editor, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (article.status() != NewsStatus.PUBLISHED) {
			problems.add(FieldProblem.ofForm("portal.news.error.not-published"));
		}
		if (note.isBlank()) {
			problems.add(FieldProblem.of("note", "portal.news.error.note-required"));
		}
		else if (note.strip().length() > MAX_NOTE) {
			problems.add(FieldProblem.of("note", "portal.news.error.too-long", MAX_NOTE));
		}
		if (body.isBlank()) {
			problems.add(FieldProblem.of("body", "portal.news.error.required"));
		}
		else if (body.length() > MAX_BODY) {
			problems.add(FieldProblem.of("body", "portal.news.error.too-long", MAX_BODY));
		}
		FieldProblems.throwIfAny(problems);
		Instant now = clock.instant();
		int changed = jdbc.sql("""
				UPDATE portal.news_article SET body = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'PUBLISHED'""")
			.params(body, Timestamp.from(now), id, version)
			.update();
		requireCurrent(changed);
		jdbc.sql("INSERT INTO portal.news_correction (id, article_id, note, noted_by, noted_at) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id, note.strip(), editor.id(), Timestamp.from(now))
			.update();
		return find(id).orElseThrow();
	}

	/**
	 * Stores the article's image (replacing one it had) with its alternative text; JPEG, PNG or WebP, recognised
	 * from the bytes, at most {@link #maxImageBytes()}. Only while the article is not published.
	 */
	@Transactional
	public NewsArticle uploadImage(PlatformUser editor, UUID id, String fileName, byte[] content, String altText) {
		NewsArticle article = editable(editor, id);
		List<FieldProblem> problems = new ArrayList<>();
		if (article.status() == NewsStatus.PUBLISHED) {
			problems.add(FieldProblem.ofForm("portal.news.error.published"));
		}
		if (altText.strip().length() > MAX_ALT) {
			problems.add(FieldProblem.of("imageAlt", "portal.news.error.too-long", MAX_ALT));
		}
		String type = null;
		if (content.length == 0) {
			problems.add(FieldProblem.of("file", "portal.news.error.file"));
		}
		else if (content.length > maxImageBytes) {
			problems.add(FieldProblem.of("file", "portal.news.error.too-large", Math.max(1, maxImageBytes / (1024 * 1024))));
		}
		else {
			type = detect(content);
			List<String> extensions = IMAGE_TYPES.get(type);
			if (extensions == null) {
				problems.add(FieldProblem.of("file", "portal.news.error.image-type"));
			}
			else if (!extensions.contains(extension(fileName))) {
				problems.add(FieldProblem.of("file", "portal.news.error.extension", extensions.get(0)));
			}
		}
		FieldProblems.throwIfAny(problems);
		Instant now = clock.instant();
		deleteImage(id);
		// the file first: the row never names a missing file, a rolled-back insert removes it again
		String key = files.add("portal", "news-image", content, type);
		jdbc.sql("""
				INSERT INTO portal.news_image (id, article_id, content_type, size_bytes, storage_key, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, type, content.length, key, editor.id(), Timestamp.from(now))
			.update();
		jdbc.sql("UPDATE portal.news_article SET image_alt = ?, updated_at = ?, version = version + 1 WHERE id = ?")
			.params(altText.strip(), Timestamp.from(now), id)
			.update();
		return find(id).orElseThrow();
	}

	/** Deletes the article's image row; its file goes once the transaction committed. */
	private void deleteImage(UUID articleId) {
		jdbc.sql("DELETE FROM portal.news_image WHERE article_id = ? RETURNING storage_key")
			.param(articleId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.list()
			.forEach(key -> key.ifPresent(files::deleteAfterCommit));
	}

	/** Removes the image of an unpublished article. */
	@Transactional
	public NewsArticle removeImage(PlatformUser editor, UUID id) {
		NewsArticle article = editable(editor, id);
		if (article.status() == NewsStatus.PUBLISHED) {
			throw new FieldProblems(List.of(FieldProblem.ofForm("portal.news.error.published")));
		}
		deleteImage(id);
		jdbc.sql("UPDATE portal.news_article SET image_alt = '', updated_at = ?, version = version + 1 WHERE id = ?")
			.params(Timestamp.from(clock.instant()), id)
			.update();
		return find(id).orElseThrow();
	}

	// ---- checks

	/** The article if the person may edit it; else as if it did not exist. */
	public NewsArticle editable(PlatformUser editor, UUID id) {
		NewsArticle article = find(id).orElse(null);
		if (article == null || !access.mayEdit(editor, article)) {
			throw new de.itas.platform.shared.web.NotFoundException();
		}
		return article;
	}

	private void requireEditor(PlatformUser editor) {
		if (!access.mayEdit(editor)) {
			throw new AccessDeniedException("Not an editor of news");
		}
	}

	private static void requireCurrent(int changed) {
		if (changed == 0) {
			throw new FieldProblems(List.of(FieldProblem.ofForm("portal.news.error.stale")));
		}
	}

	private List<FieldProblem> check(PlatformUser editor, NewsDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = draft.title().strip();
		if (title.isEmpty()) {
			problems.add(FieldProblem.of("title", "portal.news.error.required"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(FieldProblem.of("title", "portal.news.error.too-long", MAX_TITLE));
		}
		if (draft.teaser().strip().length() > MAX_TEASER) {
			problems.add(FieldProblem.of("teaser", "portal.news.error.too-long", MAX_TEASER));
		}
		if (draft.body().length() > MAX_BODY) {
			problems.add(FieldProblem.of("body", "portal.news.error.too-long", MAX_BODY));
		}
		if (draft.imageAlt().strip().length() > MAX_ALT) {
			problems.add(FieldProblem.of("imageAlt", "portal.news.error.too-long", MAX_ALT));
		}
		Set<String> fields = region.actionFields().stream().map(ActionFieldSummary::code).collect(Collectors.toSet());
		if (!fields.containsAll(draft.actionFields())) {
			problems.add(FieldProblem.of("actionFields", "portal.news.error.action-field"));
		}
		if (!access.partnerCodes(editor).contains(draft.partnerCode())) {
			problems.add(FieldProblem.of("partnerCode", "portal.news.error.partner"));
		}
		return problems;
	}

	private String freeSlug(String title, @Nullable UUID self) {
		String base = NewsSlugs.of(title.strip());
		String slug = base;
		for (int n = 2; taken(slug, self); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private boolean taken(String slug, @Nullable UUID self) {
		return jdbc.sql("SELECT count(*) FROM portal.news_article WHERE slug = ? AND id <> ?")
			.params(slug, self == null ? new UUID(0, 0) : self)
			.query(Long.class)
			.single() > 0;
	}

	private Map<String, Object> filterParams(NewsFilter filter) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("now", Timestamp.from(clock.instant()));
		params.put("field", filter.actionField());
		params.put("partner", filter.partner());
		params.put("year", filter.year());
		return params;
	}

	static String detect(byte[] content) {
		try {
			return TIKA.detect(new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			return "application/octet-stream";
		}
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

	static NewsArticle article(ResultSet rs, int row) throws SQLException {
		Array fields = rs.getArray("action_fields");
		List<String> codes = fields == null ? List.of() : Arrays.asList((String[]) fields.getArray());
		return new NewsArticle(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
				rs.getString("teaser"), rs.getString("body"), codes, rs.getString("partner_code"),
				NewsStatus.valueOf(rs.getString("status")), rs.getObject("image_id", UUID.class),
				rs.getString("image_alt"), rs.getObject("author_id", UUID.class), rs.getString("author_name"),
				rs.getObject("submitted_by", UUID.class), instant(rs, "submitted_at"),
				rs.getObject("reviewed_by", UUID.class), instant(rs, "reviewed_at"), rs.getString("review_note"),
				instant(rs, "publish_at"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"), rs.getBoolean("demo"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
