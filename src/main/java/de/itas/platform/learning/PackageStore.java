package de.itas.platform.learning;

import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.storage.FileStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packages in SQL and their files in the platform's file store (issue 24): each file row names its file by key,
 * the file written before the row commits (a rolled-back import removes its files again). Rows of older versions
 * keep their bytes in {@code content} until the start-up job moves them.
 */
@Component
class PackageStore {

	/** A file of a package as served, read when opened. */
	record StoredFile(String mediaType, InputStreamSource content) {
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final NamedParameterJdbcTemplate jdbc;
	private final FileStore files;

	PackageStore(NamedParameterJdbcTemplate jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	void insert(UUID id, String title, @Nullable UUID organisationId, UUID uploadedBy, String manifestId,
			PackageStructure structure, int fileCount, long totalBytes, Instant now) {
		jdbc.update("""
				INSERT INTO learning.package_upload (id, title, organisation_id, uploaded_by, status, manifest_id, structure,
				  file_count, total_bytes, created_at)
				VALUES (:id, :title, CAST(:organisation AS uuid), :uploadedBy, 'DRAFT', :manifestId, CAST(:structure AS jsonb),
				  :files, :bytes, :now)""",
				new MapSqlParameterSource("id", id).addValue("title", title)
					.addValue("organisation", organisationId == null ? null : organisationId.toString())
					.addValue("uploadedBy", uploadedBy)
					.addValue("manifestId", manifestId)
					.addValue("structure", JSON.writeValueAsString(structure))
					.addValue("files", fileCount)
					.addValue("bytes", totalBytes)
					.addValue("now", Timestamp.from(now)));
	}

	void insertFile(UUID packageId, String path, String mediaType, byte[] content) {
		// a key of its own rather than the package path: paths may hold any character a zip entry holds
		String key = files.add("learning", "scorm", content, mediaType);
		jdbc.update("""
				INSERT INTO learning.package_file (package_id, path, media_type, storage_key)
				VALUES (:id, :path, :mediaType, :key)""",
				new MapSqlParameterSource("id", packageId).addValue("path", path)
					.addValue("mediaType", mediaType)
					.addValue("key", key));
	}

	Optional<PackageView> find(UUID id) {
		return jdbc.query("SELECT * FROM learning.package_upload WHERE id = :id", new MapSqlParameterSource("id", id),
				PackageStore::view).stream().findFirst();
	}

	/** Published packages and the drafts of the given organisations (all drafts when {@code allDrafts}). */
	List<PackageView> visible(Collection<UUID> organisations, boolean allDrafts) {
		return jdbc.query("""
				SELECT * FROM learning.package_upload
				WHERE status = 'PUBLISHED' OR :allDrafts OR organisation_id IN (:organisations)
				ORDER BY status DESC, title, created_at DESC""",
				new MapSqlParameterSource("allDrafts", allDrafts).addValue("organisations",
						organisations.isEmpty() ? List.of(new UUID(0, 0)) : organisations),
				PackageStore::view);
	}

	boolean publish(UUID id, Instant now) {
		return jdbc.update("""
				UPDATE learning.package_upload SET status = 'PUBLISHED', published_at = :now
				WHERE id = :id AND status = 'DRAFT'""",
				new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now))) == 1;
	}

	Optional<StoredFile> file(UUID packageId, String path) {
		return jdbc.query("""
				SELECT media_type, storage_key, CASE WHEN storage_key IS NULL THEN content END AS content
				FROM learning.package_file WHERE package_id = :id AND path = :path""",
				new MapSqlParameterSource("id", packageId).addValue("path", path), (rs, row) -> {
					String key = rs.getString("storage_key");
					byte[] legacy = rs.getBytes("content");
					InputStreamSource content = key != null ? () -> files.open(key)
							: () -> new ByteArrayInputStream(legacy == null ? new byte[0] : legacy);
					return new StoredFile(rs.getString("media_type"), content);
				}).stream().findFirst();
	}

	int countPackages() {
		Integer count = jdbc.queryForObject("SELECT count(*) FROM learning.package_upload", new MapSqlParameterSource(),
				Integer.class);
		return count == null ? 0 : count;
	}

	int countFiles() {
		Integer count = jdbc.queryForObject("SELECT count(*) FROM learning.package_file", new MapSqlParameterSource(),
				Integer.class);
		return count == null ? 0 : count;
	}

	boolean existsWithManifest(String manifestId, String title) {
		Integer count = jdbc.queryForObject(
				"SELECT count(*) FROM learning.package_upload WHERE manifest_id = :manifest AND title = :title",
				new MapSqlParameterSource("manifest", manifestId).addValue("title", title), Integer.class);
		return count != null && count > 0;
	}

	boolean demoLoaded(UUID loader) {
		Integer count = jdbc.queryForObject("SELECT count(*) FROM learning.package_upload WHERE uploaded_by = :loader",
				new MapSqlParameterSource("loader", loader), Integer.class);
		return count != null && count > 0;
	}

	private static PackageView view(ResultSet rs, int row) throws SQLException {
		String organisation = rs.getString("organisation_id");
		Timestamp published = rs.getTimestamp("published_at");
		return new PackageView(rs.getObject("id", UUID.class), rs.getString("title"),
				organisation == null ? null : UUID.fromString(organisation), rs.getObject("uploaded_by", UUID.class),
				PackageStatus.valueOf(rs.getString("status")),
				JSON.readValue(rs.getString("structure"), PackageStructure.class), rs.getInt("file_count"),
				rs.getLong("total_bytes"), rs.getTimestamp("created_at").toInstant(),
				published == null ? null : published.toInstant());
	}

}
