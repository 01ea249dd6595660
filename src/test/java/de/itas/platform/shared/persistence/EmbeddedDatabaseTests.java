package de.itas.platform.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The embedded PostgreSQL keeps its data across restarts and fails with a clear reason. */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	private EmbeddedDatabaseSettings settings(Path dir, int port) {
		return new EmbeddedDatabaseSettings(dir, port, false, Duration.ofSeconds(60));
	}

	@Test
	void dataSurvivesARestart() throws SQLException {
		try (EmbeddedDatabase database = EmbeddedDatabase.acquire(settings(dataDir, 0));
				Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE kept (note TEXT)");
			statement.execute("INSERT INTO kept VALUES ('bleibt erhalten')");
		}
		try (EmbeddedDatabase database = EmbeddedDatabase.acquire(settings(dataDir, 0));
				Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("bleibt erhalten");
			try (ResultSet fsync = connection.createStatement().executeQuery("SHOW fsync")) {
				fsync.next();
				assertThat(fsync.getString(1)).isEqualTo("on");
			}
		}
		// the bundled binaries are the version the code names (the pom and the constant agree)
		assertThat(dataDir.resolve("postgres/PG_VERSION")).content().isEqualToIgnoringWhitespace(
				EmbeddedDatabase.BUNDLED_MAJOR_VERSION);
	}

	@Test
	void aDataDirectoryOfAnotherMajorVersionIsRefusedWithTheWayOut() throws IOException {
		Path directory = Files.createDirectories(dataDir.resolve("postgres"));
		Files.writeString(directory.resolve("PG_VERSION"), "18\n");
		Files.writeString(directory.resolve("postgresql.conf"), "# made by PostgreSQL 18\n");
		assertThatThrownBy(() -> EmbeddedDatabase.acquire(settings(dataDir, 0)))
			.isInstanceOf(EmbeddedDatabaseStartException.class)
			.hasMessageContaining("was made by PostgreSQL 18")
			.hasMessageContaining("bundles PostgreSQL " + EmbeddedDatabase.BUNDLED_MAJOR_VERSION);
		assertThat(directory.resolve("PG_VERSION")).content().isEqualToIgnoringWhitespace("18");
	}

	@Test
	void aConnectionWithoutThePasswordIsRefused() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.acquire(settings(dataDir, 0))) {
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password");
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "guessed").close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password())) {
				assertThat(connection.isValid(5)).isTrue();
			}
		}
		Path passwordFile = dataDir.resolve("postgres").resolve(EmbeddedDatabase.PASSWORD_FILE);
		assertThat(Files.readString(passwordFile).strip()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(Files.getPosixFilePermissions(passwordFile)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*\\btrust\\s*$");
	}

	@Test
	void aDirectoryCreatedBeforePasswordsIsMigratedOnItsFirstStart() throws Exception {
		Path directory = dataDir.resolve("postgres");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start(); Connection connection = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"))) {
			connection.createStatement().execute("CREATE TABLE kept (note TEXT)");
			connection.createStatement().execute("INSERT INTO kept VALUES ('vor der Umstellung')");
		}
		assertThat(Files.readString(directory.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust\\s*$");

		try (EmbeddedDatabase database = EmbeddedDatabase.acquire(settings(dataDir, 0))) {
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password");
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
					ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("vor der Umstellung");
			}
		}
		// and the next start finds it migrated
		try (EmbeddedDatabase database = EmbeddedDatabase.acquire(settings(dataDir, 0))) {
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl()).close())
				.isInstanceOf(SQLException.class);
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password())) {
				assertThat(connection.isValid(5)).isTrue();
			}
		}
	}

	@Test
	void aTakenPortIsReportedWithWhatToDo() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress("localhost", 0));
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> EmbeddedDatabase.acquire(settings(dataDir, port)))
				.isInstanceOfSatisfying(EmbeddedDatabaseStartException.class, ex -> {
					FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(ex);
					assertThat(analysis.getDescription()).contains("Port " + port + " is already in use");
					assertThat(analysis.getAction()).contains("PLATFORM_EMBEDDEDDATABASE_PORT");
				});
		}
	}

	@Test
	void anUnusableDataDirectoryIsReportedWithWhatToDo() throws IOException {
		Path file = Files.writeString(dataDir.resolve("a-file"), "not a directory");
		assertThatThrownBy(() -> EmbeddedDatabase.acquire(settings(file, 0)))
			.isInstanceOf(EmbeddedDatabaseStartException.class)
			.hasMessageContaining("Cannot create the data directory")
			.satisfies(ex -> assertThat(((EmbeddedDatabaseStartException) ex).action()).contains("ITAS_DATA_DIR"));
	}

}
