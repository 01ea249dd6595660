package de.itas.platform.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;

/** Health with the database, Prometheus metrics. */
@PlatformTest
class OperationsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	HealthEndpoint health;

	@Test
	void healthIsUpAndIncludesTheDatabase() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
		assertThat(health.healthForPath("db").getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void prometheusMetricsAreExposed() {
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatusOk()
			.bodyText()
			.contains("jvm_memory_used_bytes", "hikaricp_connections", "http_server_requests");
	}

}
