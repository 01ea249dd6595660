package de.itas.platform.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The packages and their files in SQL. Files live in the database beside their package row: one transaction stores
 * a package whole or not at all, and every instance of the platform on the same PostgreSQL serves the same content.
 */
@Component
class PackageStore {

	/** A file of a package as served. */
	record StoredFile(String mediaType, byte[] content) {
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final NamedParameterJdbcTemplate jdbc;

	PackageStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
		jdbc.update("""
				INSERT INTO learning.package_file (package_id, path, media_type, content)
				VALUES (:id, :path, :mediaType, :content)""",
				new MapSqlParameterSource("id", packageId).addValue("path", path)
					.addValue("mediaType", mediaType)
					.addValue("content", content));
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
		return jdbc.query("SELECT media_type, content FROM learning.package_file WHERE package_id = :id AND path = :path",
				new MapSqlParameterSource("id", packageId).addValue("path", path),
				(rs, row) -> new StoredFile(rs.getString("media_type"), rs.getBytes("content"))).stream().findFirst();
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
