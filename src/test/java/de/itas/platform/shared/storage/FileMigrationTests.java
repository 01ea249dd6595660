package de.itas.platform.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrate-files' copy: a file-system store to a real S3-compatible server (S3Proxy) and back to a second
 * directory; every file arrives identical under the same key, and a repeated run copies nothing.
 */
class FileMigrationTests {

	@TempDir
	Path directory;

	@Test
	void filesGoFromTheFileSystemToS3AndBackIdenticalUnderTheSameKeys() throws Exception {
		FileSystemFileStore first = new FileSystemFileStore(directory.resolve("first"));
		Map<String, byte[]> originals = new LinkedHashMap<>();
		for (int i = 0; i < 25; i++) {
			byte[] content = FileStoreContractTests.bytes(i * 7919);
			originals.put(first.add(i % 2 == 0 ? "helpdesk" : "learning", "file", content, "application/pdf"), content);
		}

		try (S3ProxyServer server = S3ProxyServer.start(); S3FileStore s3 = new S3FileStore(server.settings("migration"))) {
			ByteArrayOutputStream progress = new ByteArrayOutputStream();
			FileMigration.Report toS3 = new FileMigration(first, s3, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
			assertThat(toS3.ok()).isTrue();
			assertThat(toS3.files()).isEqualTo(25);
			assertThat(toS3.copied()).isEqualTo(25);
			assertThat(progress.toString(StandardCharsets.UTF_8)).contains("Done in").contains("25 files, 25 copied");
			for (Map.Entry<String, byte[]> file : originals.entrySet()) {
				assertThat(s3.read(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
			}

			FileMigration.Report again = new FileMigration(first, s3, new PrintStream(new ByteArrayOutputStream())).run();
			assertThat(again.copied()).as("a repeated run copies nothing").isZero();
			assertThat(again.skipped()).isEqualTo(25);

			FileSystemFileStore second = new FileSystemFileStore(directory.resolve("second"));
			FileMigration.Report back = new FileMigration(s3, second, new PrintStream(new ByteArrayOutputStream())).run();
			assertThat(back.ok()).isTrue();
			assertThat(back.copied()).isEqualTo(25);
			try (Stream<String> keys = second.keys()) {
				assertThat(keys.toList()).containsExactlyInAnyOrderElementsOf(originals.keySet());
			}
			for (Map.Entry<String, byte[]> file : originals.entrySet()) {
				assertThat(Files.readAllBytes(second.path(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
			}
		}
	}

	@Test
	void aDamagedCopyInTheTargetIsReplaced() throws IOException {
		FileSystemFileStore source = new FileSystemFileStore(directory.resolve("source"));
		FileSystemFileStore target = new FileSystemFileStore(directory.resolve("target"));
		byte[] content = FileStoreContractTests.bytes(5000);
		String key = source.add("events", "document", content, "application/pdf");
		byte[] damaged = content.clone();
		damaged[100] ^= 1;
		target.put(key, new java.io.ByteArrayInputStream(damaged), damaged.length, "application/pdf");

		FileMigration.Report report = new FileMigration(source, target, new PrintStream(new ByteArrayOutputStream())).run();

		assertThat(report.copied()).isEqualTo(1);
		assertThat(target.read(key)).isEqualTo(content);
	}

	@Test
	void theTargetComesFromEitherSpellingOfTheOption() {
		assertThat(FileMigrationCommand.target(new String[] { "migrate-files", "--to", "s3" })).isEqualTo("s3");
		assertThat(FileMigrationCommand.target(new String[] { "migrate-files", "--to=filesystem" })).isEqualTo("filesystem");
		assertThat(FileMigrationCommand.target(new String[] { "migrate-files" })).isEmpty();
	}

}
