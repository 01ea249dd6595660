package de.itas.platform.shared.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import de.itas.platform.shared.web.ModuleDescriptor;

/**
 * The security baseline: form login with throttling, CSRF on every state-changing request, strict
 * response headers, and access rules. Pages are closed unless a module declares them public in its
 * {@link ModuleDescriptor}; {@code /admin/**} needs the admin role.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ LoginThrottleSettings.class, TrustedProxySettings.class })
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "form-action 'self'",
			"frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'");

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/**
	 * The unsubscribe link of notification mails: its signed token is the permission, and mail programs post
	 * to it for one-click unsubscribing (RFC 8058) without a session or CSRF token.
	 */
	private static final String NOTIFICATION_UNSUBSCRIBE = "/benachrichtigungen/abbestellen";

	/** The newsletter's unsubscribe link: likewise signed, and posted to by mail programs (RFC 8058). */
	private static final String NEWSLETTER_UNSUBSCRIBE = "/newsletter/abmelden";

	private static final List<String> SHELL_PUBLIC_PATHS = List.of("/", "/login", "/login/entsperren", "/impressum", "/datenschutz",
			"/barrierefreiheit", "/error", "/assets/**", "/webjars/**", "/favicon.ico",
			"/suche", "/suche/vorschlaege", "/api/v1/search",
			NOTIFICATION_UNSUBSCRIBE);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<ModuleDescriptor> modules, LoginThrottle throttle,
			LoginDevices devices, UnlockMails unlockMails,
			HandlerMappingIntrospector handlers, PlatformUserSource users, SingleSignOn singleSignOn,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) throws Exception {
		String[] publicPaths = java.util.stream.Stream
			.concat(SHELL_PUBLIC_PATHS.stream(), modules.stream().flatMap(module -> module.publicPaths().stream()))
			.toArray(String[]::new);
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(publicPaths)
			.permitAll()
			// a path no controller serves answers 404 to everybody instead of asking visitors to sign in
			.requestMatchers(request -> unmapped(handlers, request))
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/mein-bereich")
			.successHandler(new ThrottledLoginHandlers.Success(throttle, devices))
			.failureHandler(new ThrottledLoginHandlers.Failure(throttle, devices, unlockMails))
			.permitAll());
		// optional OpenID Connect login of partner staff beside the form (nothing is added when it is off);
		// no login throttling there: the identity provider checks the password and throttles
		singleSignOn.configure(http);
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?abgemeldet").permitAll());
		// the token lives in the session when there is one, in a cookie only for visitors without (ADR 0015)
		http.csrf(csrf -> csrf.csrfTokenRepository(new SessionBoundCsrfTokenRepository(secureCookies))
			.ignoringRequestMatchers(NOTIFICATION_UNSUBSCRIBE, NEWSLETTER_UNSUBSCRIBE));
		http.addFilterBefore(new LoginThrottleFilter(throttle, devices), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new CurrentUserRefreshFilter(users, new HttpSessionSecurityContextRepository()),
				SecurityContextHolderFilter.class);
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	/**
	 * Before everything else (sessions and security read the client's address and scheme): forwarded headers
	 * only from the configured proxies.
	 */
	@Bean
	FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(TrustedProxySettings settings) {
		FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
				new TrustedProxyFilter(settings.trustedProxies()));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static boolean unmapped(HandlerMappingIntrospector handlers, HttpServletRequest request) {
		try {
			return handlers.getMatchableHandlerMapping(request) == null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * Argon2id for new hashes (OWASP's first choice); bcrypt hashes are still accepted so that imported
	 * accounts keep working and are upgraded at their next login.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		return new DelegatingPasswordEncoder("argon2",
				java.util.Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
	}

}
