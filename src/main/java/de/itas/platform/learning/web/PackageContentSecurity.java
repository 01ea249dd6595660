package de.itas.platform.learning.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The package content path gets a security filter chain of its own, ahead of the platform's: it never reads or
 * creates a session (the content runs in a sandboxed frame with an opaque origin, whose requests carry no platform
 * cookies anyway), serves only GET, and leaves the response headers to {@link PackageContentController}, which sets a
 * per-package sandbox CSP instead of the platform's {@code frame-ancestors 'none'} (the platform must frame it).
 */
@Configuration(proxyBeanMethods = false)
class PackageContentSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 110)
	SecurityFilterChain packageContentFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PackageContentController.PREFIX + "/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers.disable());
		return http.build();
	}

}
