package de.itas.platform.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemFileStoreTests extends FileStoreContractTests {

	@TempDir
	Path directory;

	FileSystemFileStore store;

	@BeforeEach
	void open() {
		store = new FileSystemFileStore(directory.resolve("files"));
	}

	@Override
	FileStore store() {
		return store;
	}

	@Test
	void aKeyIsAPathBelowTheDirectoryAndWritesLeaveNoTemporaryFiles() throws IOException {
		String key = store.add("helpdesk", "attachment", bytes(1000), "application/pdf");

		Path file = directory.resolve("files").resolve(key);
		assertThat(file).isRegularFile().hasSize(1000);
		try (var files = Files.list(file.getParent())) {
			assertThat(files.map(path -> path.getFileName().toString()))
				.noneMatch(name -> name.startsWith(FileSystemFileStore.TEMP_PREFIX));
		}
	}

	@Test
	void aTemporaryFileLeftByACrashIsNoKey() throws IOException {
		Path leftover = directory.resolve("files/helpdesk/attachment/" + FileSystemFileStore.TEMP_PREFIX + "x");
		Files.createDirectories(leftover.getParent());
		Files.write(leftover, new byte[3]);

		try (var keys = store.keys()) {
			assertThat(keys.toList()).isEmpty();
		}
	}

}
