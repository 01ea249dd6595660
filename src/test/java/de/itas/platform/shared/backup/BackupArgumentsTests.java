package de.itas.platform.shared.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import de.itas.platform.shared.backup.BackupArguments.Command;
import de.itas.platform.shared.backup.BackupArguments.UsageException;

/** The command lines of backup and restore, the settings they read, and wrong usage (exit code 2). */
class BackupArgumentsTests {

	@Test
	void backupAndRestoreTakeTheirOptionsInBothForms() {
		BackupArguments backup = BackupArguments.parse("backup", "--file", "/srv/b.tar", "--pg-bin=/opt/pg/bin");
		assertThat(backup.command()).isEqualTo(Command.BACKUP);
		assertThat(backup.file()).isEqualTo(Path.of("/srv/b.tar"));
		assertThat(backup.pgBin()).isEqualTo("/opt/pg/bin");
		assertThat(backup.replace()).isFalse();

		BackupArguments restore = BackupArguments.parse("restore", "--file=b.tar", "--replace",
				"--spring.datasource.url=jdbc:postgresql://db:5433/itas");
		assertThat(restore.command()).isEqualTo(Command.RESTORE);
		assertThat(restore.file()).isEqualTo(Path.of("b.tar"));
		assertThat(restore.replace()).isTrue();
		assertThat(restore.springArguments()).containsExactly("--spring.datasource.url=jdbc:postgresql://db:5433/itas");
	}

	@Test
	void wrongUsageIsExplained() {
		assertThatThrownBy(() -> BackupArguments.parse("backup")).isInstanceOf(UsageException.class).hasMessageContaining("--file");
		assertThatThrownBy(() -> BackupArguments.parse("backup", "--file")).hasMessageContaining("--file needs a value");
		assertThatThrownBy(() -> BackupArguments.parse("backup", "--file", "--replace")).hasMessageContaining("needs a value");
		assertThatThrownBy(() -> BackupArguments.parse("backup", "--file", "x", "--replace"))
			.hasMessageContaining("--replace belongs to restore");
		assertThatThrownBy(() -> BackupArguments.parse("restore", "--file", "x", "--force"))
			.hasMessageContaining("Unknown argument: --force");
		assertThatThrownBy(() -> BackupArguments.parse("restore", "--file", "x", "extra"))
			.hasMessageContaining("Unknown argument: extra");
		assertThatThrownBy(() -> BackupArguments.parse("copy", "--file", "x")).hasMessageContaining("Unknown command");
	}

	@Test
	void wrongUsageExitsWithTwoAndTheUsage() {
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int code = BackupCommand.run(new String[] { "restore" }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(errors, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(BackupCommand.USAGE);
		assertThat(errors.toString(StandardCharsets.UTF_8)).contains("--file <archive> is required", "Usage:", "Exit codes");
	}

	@Test
	void onlyTheTwoCommandsAreHandedOver() {
		assertThat(BackupCommand.handles(new String[] { "backup", "--file", "x" })).isTrue();
		assertThat(BackupCommand.handles(new String[] { "restore" })).isTrue();
		assertThat(BackupCommand.handles(new String[] { "generate-load-data" })).isFalse();
		assertThat(BackupCommand.handles(new String[] { "--server.port=0" })).isFalse();
		assertThat(BackupCommand.handles(new String[0])).isFalse();
	}

	@Test
	void theJdbcUrlGivesLibpqItsConnection() {
		DatabaseTarget target = DatabaseTarget.fromJdbcUrl("jdbc:postgresql://db.example:5433/itas?sslmode=require", "app", "geheim");
		assertThat(List.of(target.host(), target.port(), target.database(), target.username(), target.password(), target.sslMode()))
			.containsExactly("db.example", 5433, "itas", "app", "geheim", "require");
		DatabaseTarget embedded = DatabaseTarget.fromJdbcUrl("jdbc:postgresql://localhost:41234/postgres?user=postgres", null, "pw");
		assertThat(embedded.port()).isEqualTo(41234);
		assertThat(embedded.username()).isEqualTo("postgres");
		assertThat(DatabaseTarget.fromJdbcUrl("jdbc:postgresql://[::1]/itas", "app", null).host()).isEqualTo("::1");
		assertThat(DatabaseTarget.fromJdbcUrl("jdbc:postgresql://[::1]/itas", "app", null).port()).isEqualTo(5432);
		assertThat(target.toString()).doesNotContain("geheim");
		assertThatThrownBy(() -> DatabaseTarget.fromJdbcUrl("jdbc:h2:mem:x", "a", "b")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theFileStoreIsCarriedOnlyWhenItIsOnThisFileSystem() {
		assertThat(BackupCommand.fileStore(new MockEnvironment().withProperty("platform.data-dir", "/srv/itas")).directory())
			.isEqualTo(Path.of("/srv/itas/files"));
		assertThat(BackupCommand.fileStore(new MockEnvironment().withProperty("platform.storage.directory", "/mnt/files"))
			.directory()).isEqualTo(Path.of("/mnt/files"));
		assertThat(BackupCommand.fileStore(new MockEnvironment().withProperty("platform.storage.type", "s3")).directory()).isNull();
	}

	@Test
	void missingToolsAreNamedWithTheWayToInstallThem() {
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int code = BackupCommand.execute(BackupArguments.parse("backup", "--file", "x.tar", "--pg-bin", "/nonexistent/bin"),
				new MockEnvironment(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(errors, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(BackupCommand.FAILED);
		assertThat(errors.toString(StandardCharsets.UTF_8)).contains("pg_dump is missing in /nonexistent/bin", "postgresql-client");
	}

}
