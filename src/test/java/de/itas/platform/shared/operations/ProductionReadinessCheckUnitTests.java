package de.itas.platform.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The prod profile refuses demo users, the embedded database and a missing mail server. */
class ProductionReadinessCheckUnitTests {

	private final ProductionReadinessCheck check = new ProductionReadinessCheck();

	private static MockEnvironment prod() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		return environment;
	}

	@Test
	void prodWithoutDatabaseAndMailIsRefusedNamingBoth() {
		assertThatThrownBy(() -> check.postProcessEnvironment(prod(), new SpringApplication()))
			.isInstanceOf(ProductionMisconfigurationException.class)
			.hasMessageContaining("SPRING_DATASOURCE_URL")
			.hasMessageContaining("SPRING_MAIL_HOST");
	}

	@Test
	void prodWithDemoUsersIsRefused() {
		MockEnvironment environment = prod().withProperty("spring.datasource.url", "jdbc:postgresql://db/itas")
			.withProperty("spring.mail.host", "smtp.example.org")
			.withProperty("platform.demo.enabled", "true");
		assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
			.hasMessageContaining("demo data")
			.hasMessageNotContaining("SPRING_DATASOURCE_URL");
	}

	@Test
	void prodWithExternalDatabaseAndMailStarts() {
		MockEnvironment environment = prod().withProperty("spring.datasource.url", "jdbc:postgresql://db/itas")
			.withProperty("spring.mail.host", "smtp.example.org")
			.withProperty("platform.demo.enabled", "false");
		assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()));
	}

	@Test
	void otherProfilesAreNotChecked() {
		assertThatNoException()
			.isThrownBy(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()));
		assertThat(ProductionReadinessCheck.problems(new MockEnvironment())).hasSize(2);
	}

	@Test
	void theFailureReportPointsToTheOperationsGuide() {
		var analysis = new ProductionMisconfigurationFailureAnalyzer()
			.analyze(new ProductionMisconfigurationException(java.util.List.of("x")));
		assertThat(analysis.getAction()).contains("docs/operations.md");
	}

}
