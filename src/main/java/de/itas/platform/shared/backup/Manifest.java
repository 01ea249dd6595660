package de.itas.platform.shared.backup;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * {@code manifest.json}, the first entry of a backup archive: what the backup holds, to check a restore
 * against and for a person who wonders what a file is.
 *
 * @param format always {@value #FORMAT}; a restore refuses other archives
 * @param created when the backup's snapshot was taken (ISO 8601, UTC)
 * @param platformVersion the platform's version that wrote it
 * @param flywayVersion the latest applied migration (null: the database had none)
 * @param serverVersion PostgreSQL's version of the source
 * @param pgDumpVersion the version of pg_dump that wrote the dump
 * @param databaseSize bytes the source database took on disk
 * @param dumpSize bytes of {@code database.dump}
 * @param dumpSha256 SHA-256 of {@code database.dump} (hex), checked before a restore touches anything
 * @param tableRows rows of every table, by schema.table, counted in the dump's snapshot
 * @param storageType the file store's type at backup time ({@code filesystem} or {@code s3})
 * @param files regular files below {@code files/} in the archive
 * @param filesSize their bytes
 */
record Manifest(String format, String created, String platformVersion, @Nullable String flywayVersion,
		String serverVersion, String pgDumpVersion, long databaseSize, long dumpSize, String dumpSha256,
		Map<String, Long> tableRows, String storageType, long files, long filesSize) {

	static final String FORMAT = "itas-platform-backup/1";

	static final String ENTRY = "manifest.json";

	static final String DUMP_ENTRY = "database.dump";

	static final String FILES_PREFIX = "files/";

	long rows() {
		return tableRows.values().stream().mapToLong(Long::longValue).sum();
	}

}
