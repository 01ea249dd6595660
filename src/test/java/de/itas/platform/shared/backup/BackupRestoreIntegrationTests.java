package de.itas.platform.shared.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

import com.zaxxer.hikari.HikariDataSource;

import de.itas.platform.PlatformTest;

/**
 * The backup and restore commands on the test run's database (demo data and whatever the tests before made):
 * a backup restored into a new, empty database on the same server holds every row of every table again (row
 * count and a checksum of the rows' text), every sequence's value and Flyway's history; a non-empty target
 * is refused unless told to replace; a damaged archive changes nothing.
 * <p>
 * Test classes run one after another in one JVM, so nothing writes to the source meanwhile; the first test
 * checks that (the source's checksums before and after the backup are equal).
 */
@PlatformTest
class BackupRestoreIntegrationTests {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static final List<String> CREATED = new ArrayList<>();

	private static DatabaseTarget server;

	private static Path archive;

	private static Map<String, String> sourceContent;

	@TempDir
	static Path work;

	@Autowired
	DataSource dataSource;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

	@BeforeEach
	void backUpOnce() throws Exception {
		requireTools();
		if (archive != null) {
			return;
		}
		HikariDataSource pool = (HikariDataSource) dataSource;
		server = DatabaseTarget.fromJdbcUrl(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
		Path files = Files.createDirectories(work.resolve("source-files/documents/2026"));
		Files.writeString(files.resolve("a.txt"), "Anhang eins");
		Files.write(work.resolve("source-files/b.bin"), new byte[] { 0, 1, 2, (byte) 255 });
		sourceContent = content(server);
		Path file = work.resolve("itas.backup");
		assertThat(command(server, work.resolve("source-files"), "backup", "--file", file.toString())).as(errors.toString())
			.isZero();
		assertThat(content(server)).as("the source did not change while the test ran").isEqualTo(sourceContent);
		assertThat(output.toString()).contains("database.dump:", "Backup written to");
		archive = file;
	}

	@Test
	void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryRecordAgain() throws Exception {
		DatabaseTarget target = newDatabase();
		Path restoredFiles = work.resolve("restored-files-" + target.database());

		assertThat(command(target, restoredFiles, "restore", "--file", archive.toString())).as(errors.toString()).isZero();

		Map<String, String> restored = content(target);
		assertThat(restored).isEqualTo(sourceContent);
		assertThat(sourceContent).containsKeys("public.flyway_schema_history", "trainings.offer", "accounts.user_account");
		assertThat(sourceContent.keySet().stream().filter(key -> key.startsWith("sequence ")).toList()).isNotEmpty();
		assertThat(Files.readString(restoredFiles.resolve("documents/2026/a.txt"))).isEqualTo("Anhang eins");
		assertThat(Files.readAllBytes(restoredFiles.resolve("b.bin"))).containsExactly(0, 1, 2, 255);
		// the platform starts on it: Flyway finds its history complete and valid
		Flyway flyway = Flyway.configure()
			.dataSource(target.jdbcUrl(), target.username(), target.password())
			.locations("classpath:db/migration")
			.load();
		flyway.validate();
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(output.toString()).contains("match the manifest");
	}

	@Test
	void aNonEmptyDatabaseIsRefusedUnlessReplaceIsGiven() throws Exception {
		DatabaseTarget target = newDatabase();
		execute(target, "CREATE SCHEMA accounts", "CREATE TABLE accounts.account (id int)", "INSERT INTO accounts.account VALUES (42)",
				"CREATE TABLE public.unrelated (note text)", "INSERT INTO public.unrelated VALUES ('vorher')");
		Map<String, String> before = content(target);
		Path storeFiles = Files.createDirectories(work.resolve("occupied-files-" + target.database()));
		Files.writeString(storeFiles.resolve("old.txt"), "alt");

		assertThat(command(target, storeFiles, "restore", "--file", archive.toString())).isEqualTo(BackupCommand.REFUSED);
		assertThat(errors.toString()).contains("Refused", "not empty", "accounts", "--replace", "Nothing was changed");
		assertThat(content(target)).isEqualTo(before);
		assertThat(storeFiles.resolve("old.txt")).hasContent("alt");

		output.reset();
		errors.reset();
		assertThat(command(target, storeFiles, "restore", "--file", archive.toString(), "--replace")).as(errors.toString())
			.isZero();
		assertThat(content(target)).isEqualTo(sourceContent);
		assertThat(storeFiles.resolve("documents/2026/a.txt")).hasContent("Anhang eins");
		assertThat(storeFiles.resolve("old.txt")).doesNotExist();
		assertThat(output.toString()).contains("replacing", ".before-restore-");
	}

	@Test
	void aDamagedArchiveChangesNothing() throws Exception {
		DatabaseTarget target = newDatabase();
		execute(target, "CREATE TABLE public.kept (note text)", "INSERT INTO public.kept VALUES ('bleibt')");
		Map<String, String> before = content(target);
		long size = Files.size(archive);

		Path truncated = work.resolve("truncated.backup");
		try (OutputStream out = Files.newOutputStream(truncated)) {
			out.write(Files.readAllBytes(archive), 0, (int) (size / 2));
		}
		assertThat(command(target, null, "restore", "--file", truncated.toString(), "--replace")).isEqualTo(BackupCommand.FAILED);
		assertThat(errors.toString()).contains("damaged or truncated", "Nothing was changed");
		assertThat(content(target)).isEqualTo(before);

		Path flipped = work.resolve("flipped.backup");
		byte[] bytes = Files.readAllBytes(archive);
		bytes[(int) (size / 2)] ^= 0x5A;
		Files.write(flipped, bytes);
		errors.reset();
		assertThat(command(target, null, "restore", "--file", flipped.toString(), "--replace")).isEqualTo(BackupCommand.FAILED);
		assertThat(errors.toString()).contains("damaged", "Nothing was changed");
		assertThat(content(target)).isEqualTo(before);

		// a dump that pg_restore cannot read to its end, with a manifest that vouches for it: the one transaction
		// with the drop of the replaced schemas is rolled back
		Path forged = forgeArchiveWithBrokenDump();
		errors.reset();
		assertThat(command(target, null, "restore", "--file", forged.toString(), "--replace")).isEqualTo(BackupCommand.FAILED);
		assertThat(errors.toString()).contains("rolled back");
		assertThat(content(target)).isEqualTo(before);

		// an object the emptiness check does not look for (a type) makes the restore itself fail: rolled back
		DatabaseTarget withType = newDatabase();
		execute(withType, "CREATE TYPE public.flyway_schema_history AS (version text)");
		errors.reset();
		assertThat(command(withType, null, "restore", "--file", archive.toString())).isEqualTo(BackupCommand.FAILED);
		assertThat(errors.toString()).contains("psql failed", "already exists", "rolled back");
		assertThat(content(withType)).isEmpty();
		assertThat(schemas(withType)).doesNotContain("accounts", "trainings");

		errors.reset();
		Path notAnArchive = Files.writeString(work.resolve("notes.txt"), "kein Archiv");
		assertThat(command(target, null, "restore", "--file", notAnArchive.toString())).isEqualTo(BackupCommand.FAILED);
		assertThat(errors.toString()).contains("not a backup");
		assertThat(content(target)).isEqualTo(before);
	}

	@AfterAll
	static void dropDatabases() throws SQLException {
		if (server == null) {
			return;
		}
		try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
			for (String name : CREATED) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
		}
		archive = null;
	}

	/** The dump cut off after its first two thirds, with size and checksum in the manifest made to fit. */
	private Path forgeArchiveWithBrokenDump() throws IOException {
		Manifest manifest = null;
		byte[] dump = null;
		try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(archive))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				if (entry.getName().equals(Manifest.ENTRY)) {
					manifest = tools.jackson.databind.json.JsonMapper.builder().build().readValue(tar.readAllBytes(), Manifest.class);
				}
				else if (entry.getName().equals(Manifest.DUMP_ENTRY)) {
					byte[] whole = tar.readAllBytes();
					dump = java.util.Arrays.copyOf(whole, whole.length * 2 / 3);
				}
			}
		}
		String sha;
		try {
			sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dump));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		Manifest forged = new Manifest(manifest.format(), manifest.created(), manifest.platformVersion(), manifest.flywayVersion(),
				manifest.serverVersion(), manifest.pgDumpVersion(), manifest.databaseSize(), dump.length, sha, manifest.tableRows(),
				manifest.storageType(), 0, 0);
		Path file = work.resolve("forged.backup");
		try (TarArchiveOutputStream tar = new TarArchiveOutputStream(Files.newOutputStream(file))) {
			byte[] json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(forged);
			for (Object[] entry : new Object[][] { { Manifest.ENTRY, json }, { Manifest.DUMP_ENTRY, dump } }) {
				TarArchiveEntry tarEntry = new TarArchiveEntry((String) entry[0]);
				tarEntry.setSize(((byte[]) entry[1]).length);
				tar.putArchiveEntry(tarEntry);
				tar.write((byte[]) entry[1]);
				tar.closeArchiveEntry();
			}
		}
		return file;
	}

	/** Runs the command's code path (arguments, settings, tools) against the given database and file store. */
	private int command(DatabaseTarget target, Path storageDirectory, String... args) {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", target.jdbcUrl())
			.withProperty("spring.datasource.username", target.username())
			.withProperty("spring.datasource.password", target.password());
		if (storageDirectory != null) {
			environment.setProperty("platform.storage.directory", storageDirectory.toString());
		}
		else {
			environment.setProperty("platform.storage.type", "s3");
		}
		ByteArrayOutputStream commandOutput = new ByteArrayOutputStream();
		ByteArrayOutputStream commandErrors = new ByteArrayOutputStream();
		int code = BackupCommand.execute(BackupArguments.parse(args), environment,
				new PrintStream(commandOutput, true, StandardCharsets.UTF_8), new PrintStream(commandErrors, true, StandardCharsets.UTF_8));
		output.writeBytes(commandOutput.toByteArray());
		errors.writeBytes(commandErrors.toByteArray());
		// the commands' progress (sizes, durations) in the test's output file
		System.out.println(String.join(" ", args) + " -> " + code + System.lineSeparator()
				+ commandOutput.toString(StandardCharsets.UTF_8) + commandErrors.toString(StandardCharsets.UTF_8));
		return code;
	}

	private static DatabaseTarget newDatabase() throws SQLException {
		String name = "itas_restore_" + DATABASES.incrementAndGet();
		try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
		}
		CREATED.add(name);
		return server.withDatabase(name);
	}

	private static void execute(DatabaseTarget target, String... statements) throws SQLException {
		try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Every table outside PostgreSQL's own schemas with its row count and an MD5 of its rows' text in order,
	 * and every sequence's value.
	 */
	private static Map<String, String> content(DatabaseTarget target) throws SQLException {
		Map<String, String> content = new TreeMap<>();
		try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
			List<String[]> tables = new ArrayList<>();
			try (ResultSet result = statement.executeQuery("SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n "
					+ "ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', "
					+ "'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'")) {
				while (result.next()) {
					tables.add(new String[] { result.getString(1), result.getString(2) });
				}
			}
			for (String[] table : tables) {
				String name = "\"" + table[0] + "\".\"" + table[1] + "\"";
				try (ResultSet result = statement.executeQuery("SELECT count(*) || ' rows, md5 ' || md5(coalesce(string_agg(t::text, "
						+ "E'\\n' ORDER BY t::text), '')) FROM " + name + " t")) {
					result.next();
					content.put(table[0] + "." + table[1], result.getString(1));
				}
			}
			try (ResultSet result = statement.executeQuery(
					"SELECT schemaname || '.' || sequencename, coalesce(last_value::text, 'unused') FROM pg_sequences")) {
				while (result.next()) {
					content.put("sequence " + result.getString(1), result.getString(2));
				}
			}
		}
		return content;
	}

	private static List<String> schemas(DatabaseTarget target) throws SQLException {
		List<String> schemas = new ArrayList<>();
		try (Connection connection = target.connect(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT nspname FROM pg_namespace")) {
			while (result.next()) {
				schemas.add(result.getString(1));
			}
		}
		return schemas;
	}

	private static void requireTools() {
		try {
			PgTools.locate(null);
		}
		catch (BackupException ex) {
			if (Boolean.parseBoolean(System.getenv("ITAS_REQUIRE_PG_TOOLS"))) {
				fail("PostgreSQL's client programs are required by ITAS_REQUIRE_PG_TOOLS=true: " + ex.getMessage());
			}
			abort("Backup tests skipped: " + ex.getMessage());
		}
	}

}
