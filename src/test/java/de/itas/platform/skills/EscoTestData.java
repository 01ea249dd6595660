package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * The full ESCO export for tests, from the directory in {@code ITAS_ESCO_TEST_DIR}. Unset: the test is
 * skipped with a visible message. Set but missing or broken: the test fails.
 */
public final class EscoTestData {

	public static final String VARIABLE = "ITAS_ESCO_TEST_DIR";

	private static EscoCsvReader.Result result;

	private static TaxonomyIndex index;

	private EscoTestData() {
	}

	public static Path directory() {
		String value = System.getenv(VARIABLE);
		if (value == null || value.isBlank()) {
			String message = VARIABLE + " is not set: tests on the full ESCO data are skipped";
			System.err.println("WARNING: " + message);
			Assumptions.abort(message);
		}
		Path directory = Path.of(value);
		assertThat(directory).as(VARIABLE + " must name a directory with the ESCO export").isDirectory();
		assertThat(Files.isRegularFile(directory.resolve(EscoCsvReader.OCCUPATIONS)))
			.as("%s in %s", EscoCsvReader.OCCUPATIONS, directory)
			.isTrue();
		return directory;
	}

	public static synchronized EscoCsvReader.Result read() {
		if (result == null) {
			result = EscoCsvReader.read(TaxonomySource.directory(directory()));
		}
		return result;
	}

	public static synchronized TaxonomyIndex index() {
		if (index == null) {
			index = TaxonomyIndex.build(read().snapshot(), 1, new TaxonomyIndex.FutureThresholds(0.1, 0.1));
		}
		return index;
	}

}
