package de.itas.platform.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The real SCORM 1.2 test packages (test use only, never copied into the repository) for the import and player
 * tests: the folder from {@code ITAS_SCORM12_TEST_DIR}, or the shared data beside the project; set but missing
 * fails. A package folder is zipped at test time into a temporary file, as a provider would upload it.
 */
public final class ScormTestPackages {

	static final String VARIABLE = "ITAS_SCORM12_TEST_DIR";

	private ScormTestPackages() {
	}

	public static Path directory() {
		String value = System.getenv(VARIABLE);
		Path directory = null;
		if (value != null && !value.isBlank()) {
			directory = Path.of(value);
		}
		else {
			for (Path candidate : List.of(Path.of("..", "shared", "data", "scorm12"),
					Path.of("..", "..", "shared", "data", "scorm12"))) {
				if (Files.isDirectory(candidate)) {
					directory = candidate;
					break;
				}
			}
			if (directory == null) {
				fail(VARIABLE + " is not set and no shared SCORM test data was found beside the project");
			}
		}
		assertThat(directory).as(VARIABLE + " must name the folder of the SCORM 1.2 test packages").isDirectory();
		return directory;
	}

	/** The package folder zipped into a new temporary file. */
	public static Path zip(String folder) {
		Path source = directory().resolve(folder);
		assertThat(source).as("test package %s", folder).isDirectory();
		try {
			Path zip = Files.createTempFile("scorm-test-", ".zip");
			try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out);
					Stream<Path> files = Files.walk(source)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					zipOut.putNextEntry(new ZipEntry(source.relativize(file).toString().replace('\\', '/')));
					Files.copy(file, zipOut);
					zipOut.closeEntry();
				}
			}
			return zip;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A zip with the given entries (name, text), for attacks and odd packages. */
	public static Path zipOf(String... namesAndTexts) {
		try {
			Path zip = Files.createTempFile("scorm-test-", ".zip");
			try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
				for (int i = 0; i < namesAndTexts.length; i += 2) {
					zipOut.putNextEntry(new ZipEntry(namesAndTexts[i]));
					zipOut.write(namesAndTexts[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
					zipOut.closeEntry();
				}
			}
			return zip;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
