package de.itas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import de.itas.platform.skills.SkillsSettings;

/**
 * Every {@code ITAS_…} environment variable that {@code README.md} or {@code docs/operations.md} names takes
 * effect. Spring binds {@code PLATFORM_…} and {@code SPRING_…} names to their properties by itself; an
 * {@code ITAS_…} name works only through a placeholder in {@code application.properties}, and a documented
 * one without it is silently ignored (as {@code ITAS_ESCO_DIR} was). Test-only variables must be read by
 * the tests.
 */
class EnvironmentVariablesTests {

	private static final Pattern ITAS_VARIABLE = Pattern.compile("\\bITAS_[A-Z0-9_]*[A-Z0-9]\\b");

	/** What the application does with each documented variable: the property it sets. */
	private static final Map<String, String> APPLICATION_VARIABLES = Map.of(
			"ITAS_DATA_DIR", "platform.data-dir",
			"ITAS_REGION", "platform.region",
			"ITAS_ESCO_DIR", "platform.skills.esco-dir");

	/** Variables only the tests read (CI sets them in {@code .ci/run}). */
	private static final Set<String> TEST_VARIABLES = Set.of("ITAS_ESCO_TEST_DIR", "ITAS_MELO_TEST_DIR",
			"ITAS_WZ2008_TEST_DIR", "ITAS_SCORM12_TEST_DIR", "ITAS_CHROMIUM", "ITAS_REQUIRE_BROWSER",
			"ITAS_REQUIRE_PG_TOOLS", "ITAS_REQUIRE_CLUSTER", "ITAS_REQUIRE_KEYCLOAK", "ITAS_KEYCLOAK_JAVA_HOME");

	@Test
	void everyDocumentedVariableIsKnownHere() throws IOException {
		assertThat(documented()).as("documented ITAS_ variables; add each new one to this test with its effect")
			.isNotEmpty()
			.allSatisfy(name -> assertThat(APPLICATION_VARIABLES.containsKey(name) || TEST_VARIABLES.contains(name))
				.as(name)
				.isTrue());
	}

	@Test
	void eachApplicationVariableSetsItsProperty() throws IOException {
		for (Map.Entry<String, String> variable : APPLICATION_VARIABLES.entrySet()) {
			String value = "probe-" + variable.getKey().toLowerCase();
			StandardEnvironment environment = environment(Map.of(variable.getKey(), value));
			assertThat(Binder.get(environment).bind(variable.getValue(), String.class).orElse(null))
				.as(variable.getKey() + " → " + variable.getValue())
				.isEqualTo(value);
		}
	}

	@Test
	void theEscoDirectoryReachesTheSkillsSettings() throws IOException {
		SkillsSettings unset = Binder.get(environment(Map.of())).bindOrCreate("platform.skills", SkillsSettings.class);
		assertThat(unset.escoDir()).as("without the variable the demo taxonomy is used").isNullOrEmpty();
		SkillsSettings set = Binder.get(environment(Map.of("ITAS_ESCO_DIR", "/srv/esco")))
			.bindOrCreate("platform.skills", SkillsSettings.class);
		assertThat(set.escoDir()).isEqualTo("/srv/esco");
	}

	@Test
	void everyTestVariableIsReadByTheTestsAndSetByCi() throws IOException {
		String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);
		Set<String> read = new TreeSet<>();
		try (var files = Files.walk(Path.of("src/test/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				if (file.endsWith("EnvironmentVariablesTests.java")) {
					continue;
				}
				Matcher matcher = ITAS_VARIABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					read.add(matcher.group());
				}
			}
		}
		assertThat(read).containsAll(TEST_VARIABLES);
		assertThat(TEST_VARIABLES).allSatisfy(name -> assertThat(ci).as(name + " in .ci/run").contains(name));
	}

	private static Set<String> documented() throws IOException {
		Set<String> names = new TreeSet<>();
		for (String file : new String[] { "README.md", "docs/operations.md" }) {
			Matcher matcher = ITAS_VARIABLE.matcher(Files.readString(Path.of(file), StandardCharsets.UTF_8));
			while (matcher.find()) {
				names.add(matcher.group());
			}
		}
		return names;
	}

	/** The application's properties file, with the given variables as the process environment. */
	private static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					variables));
		new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
			.forEach(environment.getPropertySources()::addLast);
		ConfigurationPropertySources.attach(environment);
		return environment;
	}

}
