package de.itas.platform;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiConsumer;

import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Undoes a side effect of spring-security-test: its {@code csrf()} request post-processor replaces the
 * token repository of the application's {@link CsrfFilter} for good by one that keeps tokens in the HTTP
 * session. With one application context for all test classes (and the servlet container of the browser
 * tests on the same filter), every later request would check CSRF unlike production. After each test
 * method the filter gets its configured repository back.
 */
public class CsrfRepositoryRestorer implements TestExecutionListener {

	private static final Map<CsrfFilter, CsrfTokenRepository> CONFIGURED = new WeakHashMap<>();

	@Override
	public void beforeTestMethod(TestContext testContext) {
		eachCsrfFilter(testContext, (filter, repository) -> {
			synchronized (CONFIGURED) {
				if (!repository.getClass().getName().contains("TestCsrfTokenRepository")) {
					CONFIGURED.putIfAbsent(filter, repository);
				}
			}
		});
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		eachCsrfFilter(testContext, (filter, repository) -> {
			CsrfTokenRepository configured;
			synchronized (CONFIGURED) {
				configured = CONFIGURED.get(filter);
			}
			if (configured != null && configured != repository) {
				ReflectionTestUtils.setField(filter, "tokenRepository", configured);
			}
		});
	}

	private static void eachCsrfFilter(TestContext testContext, BiConsumer<CsrfFilter, CsrfTokenRepository> action) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		testContext.getApplicationContext()
			.getBeanProvider(FilterChainProxy.class)
			.ifAvailable(proxy -> proxy.getFilterChains()
				.stream()
				.flatMap(chain -> chain.getFilters().stream())
				.filter(CsrfFilter.class::isInstance)
				.map(CsrfFilter.class::cast)
				.forEach(filter -> action.accept(filter,
						(CsrfTokenRepository) ReflectionTestUtils.getField(filter, "tokenRepository"))));
	}

}
