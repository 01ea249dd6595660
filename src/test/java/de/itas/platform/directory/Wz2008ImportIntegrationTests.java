package de.itas.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import de.itas.platform.PlatformTest;

/**
 * Imports the full official WZ 2008 code list (XÖV genericode, published by Destatis) from the folder in
 * {@code ITAS_WZ2008_TEST_DIR}. The file is reference data outside the repository: without the variable
 * the test is skipped with a message; with it (as in CI, see {@code .ci/run}) a missing or broken file
 * fails the build.
 */
@PlatformTest
class Wz2008ImportIntegrationTests {

	static final String DIRECTORY_VARIABLE = "ITAS_WZ2008_TEST_DIR";

	/** Rows per level of the edition 2008 as published on 2025-09-29: sections to subclasses. */
	static final Map<Integer, Integer> ROWS_PER_LEVEL = Map.of(1, 21, 2, 88, 3, 272, 4, 615, 5, 839);

	@Autowired
	IndustryCodes industryCodes;

	@Test
	@WithMockUser(roles = "ADMIN")
	void importsTheFullOfficialListIdempotently() throws IOException {
		Path file = officialList();
		IndustryCodeImport first;
		try (InputStream in = Files.newInputStream(file)) {
			first = industryCodes.importGenericode(in);
		}
		assertThat(first.total()).isEqualTo(1835);
		assertThat(first.perLevel()).containsExactlyInAnyOrderEntriesOf(ROWS_PER_LEVEL);
		assertThat(industryCodes.countsPerLevel()).containsExactlyInAnyOrderEntriesOf(ROWS_PER_LEVEL);

		assertThat(industryCodes.code("29.32.0")).contains(new IndustryCode("29.32.0", 5,
				"Herstellung von sonstigen Teilen und sonstigem Zubehör für Kraftwagen", "29.32"));
		assertThat(industryCodes.code("29")).hasValueSatisfying(code -> assertThat(code.parentCode()).isEqualTo("C"));
		assertThat(industryCodes.code("C")).hasValueSatisfying(code -> {
			assertThat(code.level()).isEqualTo(1);
			assertThat(code.title()).isEqualTo("Verarbeitendes Gewerbe");
		});
		assertThat(industryCodes.code("99.00.0")).isPresent();
		assertThat(industryCodes.isSelectable("62.01.9")).isTrue();
		assertThat(industryCodes.search("Softwareentwicklung", 10)).extracting(IndustryCode::code).contains("62.01.9");

		try (InputStream in = Files.newInputStream(file)) {
			IndustryCodeImport second = industryCodes.importGenericode(in);
			assertThat(second.inserted()).isZero();
			assertThat(second.updated()).isEqualTo(1835);
		}
		assertThat(industryCodes.countsPerLevel()).containsExactlyInAnyOrderEntriesOf(ROWS_PER_LEVEL);
	}

	/** The genericode file of the folder named by the variable; skips without it, fails without the file. */
	private static Path officialList() throws IOException {
		String folder = System.getenv(DIRECTORY_VARIABLE);
		if (folder == null || folder.isBlank()) {
			String message = DIRECTORY_VARIABLE + " is not set: the import of the official WZ 2008 list is not tested"
					+ " (CI sets it to ../shared/data/wz2008)";
			System.err.println("WARNING: " + message);
			Assumptions.abort(message);
		}
		Path directory = Path.of(folder);
		if (!Files.isDirectory(directory)) {
			fail(DIRECTORY_VARIABLE + "=" + folder + " is not a directory");
		}
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> lists = files.filter(path -> path.getFileName().toString().matches("WZ_2008.*\\.xml")).toList();
			if (lists.size() != 1) {
				fail("Expected one WZ_2008*.xml in " + directory + ", found " + lists);
			}
			return lists.get(0);
		}
	}

}
