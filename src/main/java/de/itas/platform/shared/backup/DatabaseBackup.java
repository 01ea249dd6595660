package de.itas.platform.shared.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and restore of the platform's database (every schema, Flyway's history included) and stored files.
 * <p>
 * A backup is a tar archive: {@code manifest.json}, {@code database.dump} (pg_dump's custom format) and the
 * file store's files below {@code files/}. The manifest's row counts are taken in the snapshot pg_dump dumps
 * (an exported snapshot), so they describe exactly the dump, however busy the platform is.
 * <p>
 * A restore goes into an empty database only, unless told to replace: then the platform's schemas are
 * dropped in the same transaction that restores the dump, so a failing restore leaves the target as it was.
 * The dump runs as SQL through psql in one transaction (pg_restore's script output) because pg_restore's own
 * single transaction cannot include the drop.
 */
final class DatabaseBackup {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Schemas that belong to PostgreSQL itself. */
	private static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema') "
			+ "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

	/** Not created by an extension (pg_trgm's objects come back with CREATE EXTENSION). */
	private static final String NOT_FROM_EXTENSION = "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = "
			+ "'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')";

	private final PgTools tools;
	private final PrintStream out;

	DatabaseBackup(PgTools tools, PrintStream out) {
		this.tools = tools;
		this.out = out;
	}

	/** Where the file store keeps its files; null: not on this file system (S3), nothing to carry. */
	record FileStore(String type, @Nullable Path directory) {
	}

	// ---------------------------------------------------------------------------------------------- backup

	Manifest backup(DatabaseTarget source, Path archive, FileStore store) throws IOException, SQLException {
		Instant started = Instant.now();
		Path directory = archive.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path dump = Files.createTempFile(directory, ".itas-backup-", ".dump");
		Path partial = directory.resolve(archive.getFileName() + ".partial");
		try (Connection connection = source.connect(); PgTools.Connection pg = PgTools.connection(source)) {
			String serverVersion = serverVersion(connection);
			tools.requireAtLeast(serverMajor(connection), serverVersion);
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			String snapshot = single(connection, "SELECT pg_export_snapshot()");
			long databaseSize = Long.parseLong(single(connection, "SELECT pg_database_size(current_database())"));
			out.printf("Backing up %s (PostgreSQL %s, %s on disk) with pg_dump %s from %s%n", source.describe(),
					serverVersion, size(databaseSize), tools.version(), tools.where());
			Map<String, Long> rows = countRows(connection);
			String flyway = flywayVersion(connection);
			out.printf("  %d tables, %,d rows, Flyway version %s%n", rows.size(), rows.values().stream().mapToLong(Long::longValue).sum(),
					flyway == null ? "none" : flyway);
			Instant dumpStart = Instant.now();
			List<String> command = new ArrayList<>(List.of(tools.program("pg_dump"), "--format=custom", "--compress=6",
					"--snapshot=" + snapshot, "--file=" + dump, "--dbname=" + source.database()));
			command.addAll(pg.options());
			tools.run(command, pg.environment(), null);
			connection.commit();
			long dumpSize = Files.size(dump);
			out.printf("  database.dump: %s in %s%n", size(dumpSize), duration(dumpStart));
			List<Path> files = storedFiles(store);
			long filesSize = 0;
			for (Path file : files) {
				filesSize += Files.size(file);
			}
			Manifest manifest = new Manifest(Manifest.FORMAT, started.truncatedTo(ChronoUnit.SECONDS).toString(),
					platformVersion(), flyway, serverVersion, tools.version(), databaseSize, dumpSize, sha256(dump), rows,
					store.type(), files.size(), filesSize);
			writeArchive(partial, manifest, dump, store, files);
			Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			out.printf("  files/: %,d file(s), %s%s%n", files.size(), size(filesSize),
					store.directory() == null ? " (file store " + store.type() + ": not in the archive)" : " from " + store.directory());
			out.printf("Backup written to %s: %s in %s%n", archive.toAbsolutePath(), size(Files.size(archive)), duration(started));
			return manifest;
		}
		finally {
			Files.deleteIfExists(dump);
			Files.deleteIfExists(partial);
		}
	}

	private void writeArchive(Path partial, Manifest manifest, Path dump, FileStore store, List<Path> files) throws IOException {
		try (OutputStream file = Files.newOutputStream(partial); TarArchiveOutputStream tar = new TarArchiveOutputStream(file)) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
			TarArchiveEntry entry = new TarArchiveEntry(Manifest.ENTRY);
			entry.setSize(json.length);
			tar.putArchiveEntry(entry);
			tar.write(json);
			tar.closeArchiveEntry();
			addFile(tar, dump, Manifest.DUMP_ENTRY);
			for (Path stored : files) {
				addFile(tar, stored, Manifest.FILES_PREFIX + store.directory().relativize(stored).toString().replace('\\', '/'));
			}
			tar.finish();
		}
	}

	/** A plain entry: name, size, time (no extended headers of creation times that GNU tar warns about). */
	private static void addFile(TarArchiveOutputStream tar, Path file, String name) throws IOException {
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setSize(Files.size(file));
		entry.setModTime(Files.getLastModifiedTime(file));
		tar.putArchiveEntry(entry);
		Files.copy(file, tar);
		tar.closeArchiveEntry();
	}

	/** Regular files of the file store; symbolic links are not followed (they could lead anywhere). */
	private static List<Path> storedFiles(FileStore store) throws IOException {
		if (store.directory() == null || !Files.isDirectory(store.directory())) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(store.directory())) {
			return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
		}
	}

	// --------------------------------------------------------------------------------------------- restore

	/** The target holds data (or the file store holds files) and the restore was not told to replace. */
	static final class RefusedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		RefusedException(String message) {
			super(message);
		}

	}

	/**
	 * Restores the archive into the target.
	 * @param runningPlatform a platform instance is known to run on the target (its embedded server): replacing
	 * under it is refused
	 */
	Manifest restore(Path archive, DatabaseTarget target, FileStore store, boolean replace, boolean runningPlatform)
			throws IOException, SQLException {
		Instant started = Instant.now();
		if (!Files.isRegularFile(archive)) {
			throw new BackupException("No backup archive at " + archive.toAbsolutePath());
		}
		Path work = Files.createTempDirectory("itas-restore-");
		Path staging = null;
		try (Connection connection = target.connect(); PgTools.Connection pg = PgTools.connection(target)) {
			String serverVersion = serverVersion(connection);
			tools.requireAtLeast(serverMajor(connection), serverVersion);
			out.printf("Restoring %s into %s (PostgreSQL %s) with pg_restore %s from %s%n", archive.toAbsolutePath(),
					target.describe(), serverVersion, tools.version(), tools.where());
			Path dump = work.resolve(Manifest.DUMP_ENTRY);
			if (store.directory() != null) {
				Files.createDirectories(store.directory().toAbsolutePath().getParent());
				staging = Files.createTempDirectory(store.directory().toAbsolutePath().getParent(), ".itas-restore-files-");
			}
			Manifest manifest = readArchive(archive, dump, staging);
			out.printf("  backup of %s (platform %s, Flyway version %s): %d tables, %,d rows, %,d files%n", manifest.created(),
					manifest.platformVersion(), manifest.flywayVersion(), manifest.tableRows().size(), manifest.rows(),
					manifest.files());
			List<String> schemas = archiveSchemas(dump);
			String occupied = occupied(connection, schemas);
			String filesPresent = staging != null && manifest.files() > 0 && !isEmptyDirectory(store.directory())
					? "the file store " + store.directory() + " holds files" : null;
			if ((occupied != null || filesPresent != null) && !replace) {
				throw new RefusedException("Refused: " + target.describe() + " is not empty ("
						+ String.join("; ", Stream.of(occupied, filesPresent).filter(s -> s != null).toList())
						+ "). Nothing was changed. Restore into an empty database, or add --replace to drop the platform's "
						+ "schemas there and restore the backup in their place (stop every platform instance first).");
			}
			if (occupied != null && runningPlatform) {
				throw new BackupException("The platform is running on this embedded database; stop it before replacing its data.");
			}
			if (occupied != null) {
				out.printf("  replacing: %s%n", occupied);
			}
			Instant restoreStart = Instant.now();
			restoreDump(dump, target, pg, schemas, occupied != null, work);
			out.printf("  database restored in one transaction in %s%n", duration(restoreStart));
			verify(connection, manifest);
			if (staging != null && manifest.files() > 0) {
				placeFiles(staging, store.directory());
				staging = null;
			}
			out.printf("Restore finished in %s: %d tables and %,d rows match the manifest; start the platform on this database%n",
					duration(started), manifest.tableRows().size(), manifest.rows());
			return manifest;
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
			if (staging != null) {
				FileSystemUtils.deleteRecursively(staging);
			}
		}
	}

	/**
	 * Reads the whole archive before anything changes: the manifest first, the dump (checked against the
	 * manifest's size and SHA-256) and the files into the staging directory.
	 */
	private Manifest readArchive(Path archive, Path dump, @Nullable Path staging) throws IOException {
		Manifest manifest = null;
		boolean dumpSeen = false;
		try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
				TarArchiveInputStream tar = new TarArchiveInputStream(file)) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				String name = entry.getName();
				if (manifest == null) {
					if (!Manifest.ENTRY.equals(name)) {
						throw notABackup(archive, "its first entry is " + name + ", not " + Manifest.ENTRY);
					}
					manifest = readManifest(archive, tar.readAllBytes());
				}
				else if (Manifest.DUMP_ENTRY.equals(name)) {
					MessageDigest digest = sha256();
					try (OutputStream target = Files.newOutputStream(dump)) {
						new DigestInputStream(tar, digest).transferTo(target);
					}
					long size = Files.size(dump);
					if (size != manifest.dumpSize() || !HexFormat.of().formatHex(digest.digest()).equals(manifest.dumpSha256())) {
						throw new BackupException("The backup archive " + archive + " is damaged: database.dump has " + size
								+ " bytes or a checksum other than the manifest says (" + manifest.dumpSize()
								+ " bytes). Nothing was changed.");
					}
					dumpSeen = true;
				}
				else if (name.startsWith(Manifest.FILES_PREFIX) && entry.isFile() && staging != null) {
					Path relative = Path.of(name.substring(Manifest.FILES_PREFIX.length())).normalize();
					if (relative.isAbsolute() || relative.startsWith("..")) {
						throw notABackup(archive, "it names a file outside files/: " + name);
					}
					Path target = staging.resolve(relative);
					Files.createDirectories(target.getParent());
					Files.copy(tar, target);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new BackupException("The backup archive " + archive + " cannot be read (" + ex.getMessage()
					+ "): it is damaged or truncated. Nothing was changed.");
		}
		if (manifest == null) {
			throw notABackup(archive, "it holds no " + Manifest.ENTRY);
		}
		if (!dumpSeen) {
			throw new BackupException("The backup archive " + archive + " holds no database.dump: it is truncated. Nothing was changed.");
		}
		return manifest;
	}

	private static Manifest readManifest(Path archive, byte[] json) {
		try {
			Manifest manifest = JSON.readValue(json, Manifest.class);
			if (!Manifest.FORMAT.equals(manifest.format())) {
				throw notABackup(archive, "its format is " + manifest.format());
			}
			return manifest;
		}
		catch (JacksonException ex) {
			throw notABackup(archive, "its manifest cannot be read: " + ex.getOriginalMessage());
		}
	}

	private static BackupException notABackup(Path archive, String why) {
		return new BackupException(archive + " is not a backup of the platform (" + why + "). Nothing was changed.");
	}

	/** The schemas the dump creates (pg_restore's table of contents); reading it also checks the dump. */
	private List<String> archiveSchemas(Path dump) {
		String list = tools.run(List.of(tools.program("pg_restore"), "--list", dump.toString()), Map.of(), null).output();
		List<String> schemas = new ArrayList<>();
		for (String line : list.lines().toList()) {
			String[] words = line.strip().split("\\s+");
			// "201; 2615 16390 SCHEMA - accounts postgres"
			if (!line.startsWith(";") && words.length >= 6 && "SCHEMA".equals(words[3]) && "-".equals(words[4])) {
				schemas.add(words[5]);
			}
		}
		return schemas;
	}

	/**
	 * What in the target would mix with the restored data: the archive's schemas that exist, and tables,
	 * views, sequences or functions in public (the platform's infrastructure tables and Flyway's history are
	 * there); null when there is nothing. Objects of extensions do not count.
	 */
	private static @Nullable String occupied(Connection connection, List<String> schemas) throws SQLException {
		List<String> found = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT n.nspname FROM pg_namespace n WHERE n.nspname = ANY (?) AND n.nspname <> 'public' ORDER BY 1")) {
			statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					found.add(result.getString(1));
				}
			}
		}
		long tables = 0;
		long rows = 0;
		for (Map.Entry<String, Long> table : countRows(connection).entrySet()) {
			String schema = table.getKey().substring(0, table.getKey().indexOf('.'));
			if (schema.equals("public") || found.contains(schema)) {
				tables++;
				rows += table.getValue();
			}
		}
		long publicObjects = Long.parseLong(single(connection, "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n "
				+ "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND "
				+ NOT_FROM_EXTENSION + ") + (SELECT count(*) FROM pg_proc c JOIN pg_namespace n ON n.oid = c.pronamespace "
				+ "WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = "
				+ "'pg_proc'::regclass AND d.objid = c.oid AND d.deptype = 'e'))"));
		if (found.isEmpty() && publicObjects == 0) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		if (!found.isEmpty()) {
			parts.add("schemas " + String.join(", ", found) + " exist");
		}
		if (publicObjects > 0) {
			parts.add(publicObjects + " tables, sequences or functions in schema public");
		}
		parts.add(String.format(Locale.ROOT, "%,d rows in %d tables", rows, tables));
		return String.join(", ", parts);
	}

	/**
	 * pg_restore turns the dump into SQL, psql runs it after the preamble (a check that the target is still
	 * empty, or the drop of what it replaces) in one transaction. If pg_restore fails, psql is killed before
	 * it sees the end of its input, so the server rolls the transaction back instead of committing a part.
	 */
	private void restoreDump(Path dump, DatabaseTarget target, PgTools.Connection pg, List<String> schemas, boolean replace,
			Path work) throws IOException {
		Path list = work.resolve("restore.list");
		// COMMENT ON EXTENSION needs the extension's owner; a database whose pg_trgm an administrator created refuses it
		String contents = tools.run(List.of(tools.program("pg_restore"), "--list", dump.toString()), Map.of(), null).output();
		Files.writeString(list, contents.lines().filter(line -> !line.matches("^\\d+; .* COMMENT - EXTENSION .*"))
			.reduce(new StringBuilder(), (text, line) -> text.append(line).append('\n'), StringBuilder::append), StandardCharsets.UTF_8);
		Path preamble = work.resolve("preamble.sql");
		Files.writeString(preamble, replace ? dropSql(schemas) : emptyCheckSql(schemas), StandardCharsets.UTF_8);

		List<String> psql = new ArrayList<>(List.of(tools.program("psql"), "--no-psqlrc", "--quiet", "--single-transaction",
				"--set=ON_ERROR_STOP=1", "--dbname=" + target.database(), "--file=" + preamble, "--file=-"));
		psql.addAll(pg.options());
		ProcessBuilder psqlBuilder = new ProcessBuilder(psql).redirectErrorStream(true);
		psqlBuilder.environment().putAll(pg.environment());
		psqlBuilder.environment().put("PGOPTIONS", "-c client_min_messages=warning");
		ProcessBuilder restoreBuilder = new ProcessBuilder(tools.program("pg_restore"), "--no-owner", "--no-privileges",
				"--use-list=" + list, "--file=-", dump.toString());
		Process psqlProcess = psqlBuilder.start();
		CompletableFuture<String> psqlOutput = drain(psqlProcess.getInputStream());
		Process restoreProcess;
		try {
			restoreProcess = restoreBuilder.start();
		}
		catch (IOException ex) {
			psqlProcess.destroyForcibly();
			throw ex;
		}
		CompletableFuture<String> restoreErrors = drain(restoreProcess.getErrorStream());
		boolean copied;
		try (InputStream sql = restoreProcess.getInputStream()) {
			OutputStream input = psqlProcess.getOutputStream();
			try {
				sql.transferTo(input);
				copied = true;
			}
			catch (IOException ex) {
				// psql stopped reading: it failed (ON_ERROR_STOP) and says why below; pg_restore, blocked on the
				// full pipe, would never end
				copied = false;
				restoreProcess.destroyForcibly();
			}
			int restoreExit = waitFor(restoreProcess);
			if (restoreExit != 0 || !copied) {
				psqlProcess.destroyForcibly();
				waitFor(psqlProcess);
				String why = copied ? "pg_restore failed (exit code " + restoreExit + "): " + PgTools.lastLines(restoreErrors.join(), 12)
						: "psql failed: " + PgTools.lastLines(psqlOutput.join(), 12);
				throw new BackupException(why + System.lineSeparator() + "The transaction was rolled back: the target is unchanged.");
			}
			try {
				input.close();
			}
			catch (IOException ex) {
				// psql has stopped already; its exit code tells
			}
		}
		int psqlExit = waitFor(psqlProcess);
		if (psqlExit != 0) {
			throw new BackupException("psql failed (exit code " + psqlExit + "): " + PgTools.lastLines(psqlOutput.join(), 12)
					+ System.lineSeparator() + "The transaction was rolled back: the target is unchanged.");
		}
	}

	/** Refuses inside the restore's transaction if somebody filled the target since the check. */
	private static String emptyCheckSql(List<String> schemas) {
		StringBuilder sql = new StringBuilder("DO $itas$ BEGIN\n");
		sql.append("  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname IN (").append(literals(schemas))
			.append(") AND nspname <> 'public') OR EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace ")
			.append("WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ").append(NOT_FROM_EXTENSION)
			.append(") THEN RAISE EXCEPTION 'the target database is not empty'; END IF;\n");
		sql.append("END $itas$;\n");
		return sql.toString();
	}

	/** Drops the archive's schemas and public's own objects (not those of extensions) in the restore's transaction. */
	private static String dropSql(List<String> schemas) {
		StringBuilder sql = new StringBuilder();
		for (String schema : schemas) {
			if (!schema.equals("public")) {
				sql.append("DROP SCHEMA IF EXISTS ").append(identifier(schema)).append(" CASCADE;\n");
			}
		}
		sql.append("""
				DO $itas$
				DECLARE
				  object record;
				BEGIN
				  FOR object IN SELECT c.relkind, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name
				      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND %s
				      ORDER BY c.relkind LOOP
				    EXECUTE format('DROP %%s IF EXISTS %%s CASCADE', CASE object.relkind WHEN 'v' THEN 'VIEW'
				        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
				        ELSE 'TABLE' END, object.name);
				  END LOOP;
				  FOR object IN SELECT p.oid::regprocedure::text AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
				      WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
				        AND d.objid = p.oid AND d.deptype = 'e') LOOP
				    EXECUTE format('DROP ROUTINE IF EXISTS %%s CASCADE', object.name);
				  END LOOP;
				END $itas$;
				""".formatted(NOT_FROM_EXTENSION));
		return sql.toString();
	}

	private static String literals(List<String> values) {
		return values.isEmpty() ? "NULL" : String.join(", ", values.stream().map(value -> "'" + value.replace("'", "''") + "'").toList());
	}

	private static String identifier(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

	/** Every table of the manifest has its row count again, and Flyway's history its version. */
	private void verify(Connection connection, Manifest manifest) throws SQLException {
		Map<String, Long> restored = countRows(connection);
		List<String> differences = new ArrayList<>();
		manifest.tableRows().forEach((table, rows) -> {
			Long found = restored.get(table);
			if (!rows.equals(found)) {
				differences.add(table + ": " + rows + " in the backup, " + (found == null ? "missing" : found) + " restored");
			}
		});
		if (!differences.isEmpty()) {
			throw new BackupException("The restored database differs from the backup's manifest: " + String.join("; ", differences));
		}
		String flyway = flywayVersion(connection);
		if (manifest.flywayVersion() != null && !manifest.flywayVersion().equals(flyway)) {
			throw new BackupException("Flyway's history after the restore says version " + flyway + ", the backup "
					+ manifest.flywayVersion());
		}
	}

	/**
	 * Moves the restored files into the file store. Files already there (a restore with --replace) are kept
	 * beside it, never deleted: the operator removes them once the restore is accepted.
	 */
	private void placeFiles(Path staging, Path directory) throws IOException {
		if (Files.exists(directory) && !isEmptyDirectory(directory)) {
			Path aside = directory.resolveSibling(directory.getFileName() + ".before-restore-"
					+ Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", ""));
			Files.move(directory, aside);
			out.printf("  the files that were in %s are now in %s (delete them once the restore is accepted)%n", directory, aside);
		}
		else {
			Files.deleteIfExists(directory);
		}
		Files.move(staging, directory);
		out.printf("  files restored into %s%n", directory);
	}

	private static boolean isEmptyDirectory(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return true;
		}
		boolean[] empty = { true };
		Files.walkFileTree(directory, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				empty[0] = false;
				return FileVisitResult.TERMINATE;
			}
		});
		return empty[0];
	}

	// ---------------------------------------------------------------------------------------------- shared

	/** Rows of every ordinary table outside PostgreSQL's own schemas, by schema.table. */
	static Map<String, Long> countRows(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), "
						+ "n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
						+ "WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND " + USER_SCHEMA + " AND " + NOT_FROM_EXTENSION
						+ " ORDER BY 2")) {
			while (result.next()) {
				tables.add(result.getString(1) + "\t" + result.getString(2));
			}
		}
		Map<String, Long> rows = new TreeMap<>();
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				String[] names = table.split("\t");
				try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + names[0])) {
					result.next();
					rows.put(names[1], result.getLong(1));
				}
			}
		}
		return new LinkedHashMap<>(rows);
	}

	/** The version of the latest successful versioned migration in Flyway's history; null without history. */
	static @Nullable String flywayVersion(Connection connection) throws SQLException {
		String table = single(connection, "SELECT to_regclass('public.flyway_schema_history')::text");
		if (table == null) {
			return null;
		}
		return single(connection, "SELECT version FROM public.flyway_schema_history WHERE success AND version IS NOT NULL "
				+ "ORDER BY installed_rank DESC LIMIT 1");
	}

	private static String serverVersion(Connection connection) throws SQLException {
		return single(connection, "SHOW server_version").replaceFirst(" .*", "");
	}

	private static int serverMajor(Connection connection) throws SQLException {
		return Integer.parseInt(single(connection, "SHOW server_version_num")) / 10000;
	}

	private static @Nullable String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	private static String platformVersion() {
		String version = DatabaseBackup.class.getPackage().getImplementationVersion();
		return version == null ? "development" : version;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream input = new DigestInputStream(Files.newInputStream(file), digest)) {
			input.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static CompletableFuture<String> drain(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return "";
			}
		});
	}

	private static int waitFor(Process process) {
		try {
			return process.waitFor();
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new BackupException("Interrupted");
		}
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KiB", "MiB", "GiB", "TiB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}

	private static String duration(Instant since) {
		Duration duration = Duration.between(since, Instant.now());
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
