package de.itas.platform.learning.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The real SCORM 1.2 packages for tests (test use only, never copied into the repository), from the directory in
 * {@code ITAS_SCORM12_TEST_DIR}. Set but missing: the test fails. Unset: the shared data beside the project
 * ({@code ../shared/data/scorm12}) is used if it is there, else the test fails with a message. Unlike the ESCO data
 * nothing is skipped: the parser's tests on real packages are the point of the importer.
 */
final class ScormTestData {

	static final String VARIABLE = "ITAS_SCORM12_TEST_DIR";

	private static final Path FALLBACK = Path.of("..", "shared", "data", "scorm12");

	private ScormTestData() {
	}

	static Path directory() {
		String value = System.getenv(VARIABLE);
		Path directory;
		if (value == null || value.isBlank()) {
			if (!Files.isDirectory(FALLBACK)) {
				fail(VARIABLE + " is not set and " + FALLBACK.toAbsolutePath().normalize()
						+ " does not exist: set it to the folder of the SCORM 1.2 test packages");
			}
			directory = FALLBACK;
		}
		else {
			directory = Path.of(value);
		}
		assertThat(directory).as(VARIABLE + " must name the folder of the SCORM 1.2 test packages").isDirectory();
		assertThat(directory.resolve("RuntimeBasicCalls_SCORM12/imsmanifest.xml"))
			.as("the Golf runtime sample in %s", directory)
			.isRegularFile();
		return directory;
	}

	static Path pack(String name) {
		return directory().resolve(name);
	}

	/** The text of a refusal as a user reads it, in German or English. */
	static String message(ScormPackageException refusal, Locale locale) {
		String file = locale.getLanguage().equals("en") ? "messages_en.properties" : "messages.properties";
		Properties messages = new Properties();
		try (InputStream in = ScormTestData.class.getResourceAsStream("/i18n/learning/" + file)) {
			assertThat(in).as(file).isNotNull();
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String pattern = messages.getProperty(refusal.messageKey());
		assertThat(pattern).as("message %s in %s", refusal.messageKey(), file).isNotNull();
		return new MessageFormat(pattern, locale).format(refusal.argumentArray());
	}

	static String german(ScormPackageException refusal) {
		return message(refusal, Locale.GERMAN);
	}

}
