package de.itas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Verifies the module boundaries of ARCHITECTURE.md and writes the module documentation. Every business
 * module publishes the types other modules may use as its named interface {@code api}; consumers declare
 * {@code "<module> :: api"}, so using any other type of a module, even a public one, is a violation.
 */
class ModularityTests {

	/** The business modules and the named interfaces of their APIs. */
	private static final List<String> BUSINESS_MODULES = List.of("region", "accounts", "funding", "skills",
			"directory", "trainings", "helpdesk", "assessment");

	private final ApplicationModules modules = ApplicationModules.of(Platform.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyBusinessModuleIsKnownAndSharedIsTheOnlySharedModule() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsAll(BUSINESS_MODULES);
		assertThat(modules.getSharedModules()).extracting(module -> module.getIdentifier().toString())
			.containsExactly("shared");
	}

	@Test
	void everyBusinessModuleDeclaresItsDependenciesAndNamesOnlyApis() throws ClassNotFoundException {
		// the declaration, not only today's code: without a list a module may use anything, and a bare module
		// name would open every public type of the module
		for (String module : BUSINESS_MODULES) {
			String[] declared = Class.forName("de.itas.platform." + module + ".package-info")
				.getAnnotation(org.springframework.modulith.ApplicationModule.class)
				.allowedDependencies();
			assertThat(declared).as("allowed dependencies of %s", module)
				.doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN)
				.allSatisfy(dependency -> assertThat(dependency).as("a dependency of %s", module)
					.matches("shared :: [a-z]+|[a-z]+ :: api"));
		}
	}

	@Test
	void aUseOfATypeOutsideAModulesNamedApiIsCaught() {
		ApplicationModules violating = ApplicationModules.of(
				de.itas.fixture.modularity.violating.FixtureApplication.class, new ImportOption.OnlyIncludeTests());

		assertThatThrownBy(violating::verify).isInstanceOf(Violations.class)
			.hasMessageContaining("orders")
			.hasMessageContaining("StockLedger")
			.hasMessageNotContaining("StockLevels");
	}

	@Test
	void theSameFixtureUsingOnlyTheNamedApiPasses() {
		ApplicationModules compliant = ApplicationModules.of(
				de.itas.fixture.modularity.compliant.FixtureApplication.class, new ImportOption.OnlyIncludeTests());

		assertThat(compliant.stream()).hasSize(2);
		assertThatCode(compliant::verify).doesNotThrowAnyException();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
