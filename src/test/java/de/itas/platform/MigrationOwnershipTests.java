package de.itas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A module's migrations touch only its own schema (the shared kernel owns {@code public}), and no two
 * migrations share a version.
 */
class MigrationOwnershipTests {

	/** Statements naming a table; a trigger's {@code UPDATE OF column} (or {@code OR}, {@code ON}) names none. */
	private static final Pattern TABLE_REFERENCE = Pattern.compile(
			"(?i)\\b(?:CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+\\S+\\s+ON|CREATE\\s+TABLE(?:\\s+IF\\s+NOT\\s+EXISTS)?|ALTER\\s+TABLE|"
					+ "DROP\\s+TABLE(?:\\s+IF\\s+EXISTS)?|INSERT\\s+INTO|UPDATE(?!\\s+(?:OF|OR|ON)\\b)|DELETE\\s+FROM|REFERENCES|CREATE\\s+SCHEMA(?:\\s+IF\\s+NOT\\s+EXISTS)?)\\s+([a-z_][a-z0-9_.]*)");

	@Test
	void everyMigrationStaysInItsModulesSchema() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Resource script : migrations()) {
			String module = module(script);
			String sql = script.getContentAsString(StandardCharsets.UTF_8).replaceAll("--.*", "");
			Matcher matcher = TABLE_REFERENCE.matcher(sql);
			while (matcher.find()) {
				String target = matcher.group(1).toLowerCase();
				boolean own = module.equals("shared") ? !target.contains(".") || target.startsWith("public.")
						: target.equals(module) || target.startsWith(module + ".");
				if (!own) {
					violations.add(script.getFilename() + " (" + module + ") touches " + target);
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void migrationVersionsAreUnique() throws IOException {
		Set<String> versions = new HashSet<>();
		List<String> duplicates = new ArrayList<>();
		for (Resource script : migrations()) {
			String version = script.getFilename().substring(1, script.getFilename().indexOf("__"));
			if (!versions.add(version)) {
				duplicates.add(script.getFilename());
			}
		}
		assertThat(versions).isNotEmpty();
		assertThat(duplicates).isEmpty();
	}

	private static Resource[] migrations() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/V*.sql");
	}

	private static String module(Resource script) throws IOException {
		String url = script.getURL().toString();
		String folder = url.substring(0, url.lastIndexOf('/'));
		return folder.substring(folder.lastIndexOf('/') + 1);
	}

}
