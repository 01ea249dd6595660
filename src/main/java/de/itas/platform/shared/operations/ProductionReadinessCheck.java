package de.itas.platform.shared.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the {@code prod} profile with demo users, without an external database or without a
 * mail server. Runs before any bean is created, so no embedded database is started by mistake.
 */
class ProductionReadinessCheck implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			return;
		}
		List<String> problems = problems(environment);
		if (!problems.isEmpty()) {
			throw new ProductionMisconfigurationException(problems);
		}
	}

	static List<String> problems(ConfigurableEnvironment environment) {
		List<String> problems = new ArrayList<>();
		if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			problems.add("no external database configured (set SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD)");
		}
		if (!StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
			problems.add("no mail server configured (set SPRING_MAIL_HOST and friends)");
		}
		if (environment.getProperty("platform.demo.enabled", Boolean.class, false)) {
			problems.add("demo data and demo users are switched on (remove PLATFORM_DEMO_ENABLED)");
		}
		return problems;
	}

}
