package de.itas.platform.shared.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * The actuator endpoints in a chain of their own, ahead of the platform's: health and info stay public
 * (load balancers and orchestrators probe them), everything else, above all the Prometheus metrics with
 * their route templates, exception names and file paths, needs the monitoring account by HTTP Basic.
 * Without a configured password no one can read them. The chain never creates a session, so scrapes leave
 * nothing behind. It also guards the endpoints when they are served on a management port of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitoringSecurity.MonitoringSettings.class)
class MonitoringSecurity {

	static final String MONITORING = "MONITORING";

	/**
	 * @param username the account Prometheus scrapes with
	 * @param password its password; empty (the default) closes the metrics to everybody
	 */
	@ConfigurationProperties("platform.security.monitoring")
	record MonitoringSettings(@DefaultValue("monitoring") String username, @DefaultValue("") String password) {
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 50)
	SecurityFilterChain monitoringFilterChain(HttpSecurity http, MonitoringSettings settings,
			PasswordEncoder passwords) throws Exception {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(monitoringAccount(settings, passwords));
		provider.setPasswordEncoder(passwords);
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.anyRequest()
				.hasRole(MONITORING))
			.httpBasic(basic -> basic.realmName("ITAS monitoring"))
			.authenticationManager(new ProviderManager(provider))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			// read-only GET endpoints, no session and no cookie that a forged request could ride on
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	private static UserDetailsService monitoringAccount(MonitoringSettings settings, PasswordEncoder passwords) {
		if (!StringUtils.hasText(settings.password())) {
			return username -> {
				throw new UsernameNotFoundException("No monitoring password configured");
			};
		}
		// hashed once at start, so the plain password is not kept and comparisons take constant time
		var account = User.withUsername(settings.username())
			.password(passwords.encode(settings.password()))
			.roles(MONITORING)
			.build();
		return username -> {
			if (!account.getUsername().equals(username)) {
				throw new UsernameNotFoundException("Unknown monitoring account");
			}
			return User.withUserDetails(account).build();
		};
	}

}
