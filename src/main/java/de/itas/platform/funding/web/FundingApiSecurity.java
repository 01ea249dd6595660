package de.itas.platform.funding.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * A security filter chain for the calculator API alone, ahead of the platform's chain: API clients call it
 * without a CSRF token. That is safe because the endpoint is public, stateless and changes nothing: this
 * chain never reads or creates a session, so a forged cross-site request gains no one's authority and
 * can only compute an answer the attacker could compute himself. Every other path, including the
 * calculator page, keeps the platform's chain with CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class FundingApiSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 100)
	SecurityFilterChain fundingApiFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(FundingApiController.PATH)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

}
