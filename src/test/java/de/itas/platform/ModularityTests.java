package de.itas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries of ARCHITECTURE.md and writes the module documentation. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Platform.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyBusinessModuleIsKnownAndSharedIsTheOnlySharedModule() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("shared", "region", "accounts");
		assertThat(modules.getSharedModules()).extracting(module -> module.getIdentifier().toString())
			.containsExactly("shared");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
