package de.itas.platform.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;

/** Health with the database (public), Prometheus metrics (for the monitoring account only). */
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
	void prometheusMetricsAreExposedToTheMonitoringAccountOnly() {
		assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("monitoring", "scrape-secret-of-the-tests")))
			.hasStatusOk()
			.bodyText()
			.contains("jvm_memory_used_bytes", "hikaricp_connections", "http_server_requests");
	}

	@Test
	void metricsAreClosedToVisitorsToSignedInPeopleAndToAWrongPassword() {
		MvcTestResult anonymous = mvc.get().uri("/actuator/prometheus").exchange();
		assertThat(anonymous).hasStatus(HttpStatus.UNAUTHORIZED).bodyText().doesNotContain("jvm_memory_used_bytes");
		assertThat(anonymous.getResponse().getCookie("SESSION")).isNull();
		assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("monitoring", "guessed")))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		// a signed-in admin is no monitoring account either
		assertThat(mvc.get().uri("/actuator/prometheus").with(user("admin@demo.itas.local").roles("ADMIN")))
			.hasStatus4xxClientError()
			.bodyText()
			.doesNotContain("jvm_memory_used_bytes");
		assertThat(mvc.get().uri("/actuator").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		// probes stay public
		assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/info")).hasStatusOk();
	}

}
