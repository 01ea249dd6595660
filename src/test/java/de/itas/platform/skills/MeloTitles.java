package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * Job titles labelled with their ESCO occupation in the format of the MELO benchmark (queries.tsv,
 * annotations.tsv, concept_mapping.tsv): the Austrian set the finder is trained and evaluated on. Read
 * from the directory in {@code ITAS_MELO_TEST_DIR}; unset, a test using it is skipped with a visible
 * message; set but missing or broken, it fails. A title keeps the last occupation annotated as relevant
 * (every title of the Austrian set has exactly one), as {@code finder-eval.py} does.
 */
public final class MeloTitles {

	public static final String VARIABLE = "ITAS_MELO_TEST_DIR";

	public record Title(String id, String text, String occupationUri) {
	}

	private MeloTitles() {
	}

	/** The directory from the environment, or the test is skipped (unset) or fails (set but unusable). */
	public static Path directory() {
		String value = System.getenv(VARIABLE);
		if (value == null || value.isBlank()) {
			String message = VARIABLE + " is not set: the finder's evaluation on the Austrian job titles is skipped";
			System.err.println("WARNING: " + message);
			Assumptions.abort(message);
		}
		Path directory = Path.of(value);
		assertThat(directory).as(VARIABLE + " must name a directory with the MELO files").isDirectory();
		for (String file : List.of("queries.tsv", "annotations.tsv", "concept_mapping.tsv")) {
			assertThat(directory.resolve(file)).as("%s in %s", file, directory).isRegularFile();
		}
		return directory;
	}

	/** The titles with an occupation, in the order of the query file. */
	public static List<Title> read(Path directory) {
		Map<String, String> concepts = columns(directory.resolve("concept_mapping.tsv"));
		Map<String, String> queries = columns(directory.resolve("queries.tsv"));
		Map<String, String> gold = new LinkedHashMap<>();
		for (String line : lines(directory.resolve("annotations.tsv"))) {
			String[] columns = line.split("\t");
			if (columns.length < 4) {
				throw new IllegalArgumentException("annotations.tsv: 4 columns expected in " + line);
			}
			String uri = concepts.get(columns[2]);
			if ("1".equals(columns[3]) && uri != null && uri.contains("/occupation/")) {
				gold.put(columns[0], uri);
			}
		}
		List<Title> titles = new ArrayList<>();
		queries.forEach((id, text) -> {
			if (gold.containsKey(id)) {
				titles.add(new Title(id, text, gold.get(id)));
			}
		});
		if (titles.isEmpty()) {
			throw new IllegalArgumentException("no labelled titles in " + directory);
		}
		return titles;
	}

	private static Map<String, String> columns(Path file) {
		Map<String, String> values = new HashMap<>();
		for (String line : lines(file)) {
			String[] columns = line.split("\t", 2);
			if (columns.length != 2) {
				throw new IllegalArgumentException(file.getFileName() + ": 2 columns expected in " + line);
			}
			values.put(columns[0], columns[1]);
		}
		return values;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
