package de.itas.platform.funding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** The real programme data file, parsed without Spring, for the rule tests. */
final class ProgrammesFromFile {

	static final List<Programme> PROGRAMMES = load();

	private ProgrammesFromFile() {
	}

	static Programme programme(String id) {
		return PROGRAMMES.stream().filter(programme -> programme.id().equals(id)).findFirst().orElseThrow();
	}

	static BigDecimal share(String value) {
		return new BigDecimal(value);
	}

	private static List<Programme> load() {
		try (InputStream in = ProgrammesFromFile.class.getResourceAsStream("/funding/programmes.json")) {
			return ProgrammeCatalogue.parse(in, "funding/programmes.json");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
