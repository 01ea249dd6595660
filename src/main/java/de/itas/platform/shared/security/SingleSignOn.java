package de.itas.platform.shared.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * Optional single sign-on of partner staff through OpenID Connect, beside the form login (settings:
 * {@link SsoSettings}). The client registrations are built from the platform's own settings, not from
 * Spring Boot's {@code spring.security.oauth2.client.*}, so that nothing of OAuth2 exists when single sign-on is
 * off, and no identity provider is contacted at start-up: endpoints are either configured or discovered from
 * the issuer at the first sign-in through that provider.
 * <p>
 * A successful sign-in ends with the same principal as a form login ({@link PlatformUser}), so that every
 * module, the session index and {@link CurrentUserRefreshFilter} treat both alike. The identity provider's
 * tokens are not kept: the platform needs nothing from the provider after the sign-in.
 */
@Component
@EnableConfigurationProperties(SsoSettings.class)
public class SingleSignOn {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

	/** Where the sign-in through provider {@code <id>} starts. */
	static final String AUTHORIZATION_BASE = "/oauth2/authorization";

	/** The page to return to after the round trip through the identity provider (ADR 0016). */
	private static final String RETURN_PATH = SingleSignOn.class.getName() + ".returnPath";

	/** A button on the login page. */
	public record Button(String id, String label, String url) {
	}

	private final SsoSettings settings;
	private final ObjectProvider<SsoAccounts> accounts;
	private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

	SingleSignOn(SsoSettings settings, ObjectProvider<SsoAccounts> accounts) {
		this.settings = settings;
		this.accounts = accounts;
		if (enabled()) {
			log.info("Single sign-on through {} configured", settings.providers().keySet());
		}
	}

	public boolean enabled() {
		return !settings.providers().isEmpty();
	}

	/** The login page's buttons, each carrying the page to return to. */
	public List<Button> buttons(@Nullable String returnTo) {
		List<Button> buttons = new ArrayList<>();
		settings.providers().forEach((id, provider) -> buttons.add(new Button(id, String.valueOf(provider.label()),
				ReturnPath.append(AUTHORIZATION_BASE + "/" + id, returnTo))));
		return buttons;
	}

	/** Adds the OpenID Connect login to the filter chain when a provider is configured. */
	void configure(HttpSecurity http) throws Exception {
		if (!enabled()) {
			return;
		}
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				this::registration, AUTHORIZATION_BASE);
		// PKCE also for the confidential client: a stolen authorization code is useless without the verifier
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		AuthenticationFailureHandler failure = new Failure();
		http.oauth2Login(oauth -> oauth.loginPage("/login")
			.clientRegistrationRepository(this::registration)
			.authorizedClientRepository(new NoAuthorizedClients())
			.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(new ReturnRemembering(resolver)))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new UserService()))
			.successHandler(new Success(contexts))
			.failureHandler(failure)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					// an issuer that cannot be discovered leads back to the login page, not to an error 500
					filter.setAuthenticationFailureHandler(failure);
					return filter;
				}
			})
			.permitAll());
	}

	/** The registration of a configured provider; discovered from its issuer at the first use if needed. */
	@Nullable
	ClientRegistration registration(String id) {
		SsoSettings.Provider provider = settings.providers().get(id);
		if (provider == null) {
			return null;
		}
		if (provider.explicitEndpoints()) {
			ClientRegistration.Builder builder = ClientRegistration.withRegistrationId(id)
				.authorizationUri(provider.authorizationUri())
				.tokenUri(provider.tokenUri())
				.jwkSetUri(provider.jwkSetUri())
				.issuerUri(provider.issuerUri())
				.userNameAttributeName(IdTokenClaimNames.SUB);
			if (SsoSettings.present(provider.userInfoUri())) {
				builder.userInfoUri(provider.userInfoUri());
			}
			return complete(builder, id, provider);
		}
		// not cached when it fails: the next attempt asks the issuer again
		return discovered.computeIfAbsent(id, key -> {
			log.info("Discovering the OpenID Connect endpoints of single sign-on provider {} from {}", id,
					provider.issuerUri());
			return complete(ClientRegistrations.fromIssuerLocation(provider.issuerUri()).registrationId(id), id,
					provider);
		});
	}

	private static ClientRegistration complete(ClientRegistration.Builder builder, String id,
			SsoSettings.Provider provider) {
		return builder.clientId(provider.clientId())
			.clientSecret(provider.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(provider.scopes())
			.clientName(String.valueOf(provider.label()))
			.build();
	}

	/** The platform roles the claims map to; values without a mapping grant nothing, ADMIN never. */
	static Set<Role> mappedRoles(SsoSettings.Provider provider, Map<String, Object> claims) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String value : claimValues(claims, provider.roleClaim())) {
			Role role = provider.roleMapping().get(value);
			if (role != null && role != Role.ADMIN) {
				roles.add(role);
			}
		}
		return roles;
	}

	/** The values of a claim given as a dotted path ({@code realm_access.roles}): a string or a list of them. */
	static List<String> claimValues(Map<String, Object> claims, String path) {
		Object current = claims;
		for (String part : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return List.of();
			}
			current = map.get(part);
		}
		if (current instanceof Collection<?> values) {
			return values.stream().filter(value -> value != null).map(String::valueOf).toList();
		}
		return current == null ? List.of() : List.of(String.valueOf(current));
	}

	/** Checks the identity and has the accounts module find, link or create the account. */
	private final class UserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

		private final OidcUserService delegate = new OidcUserService();

		@Override
		public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
			OidcUser user = delegate.loadUser(request);
			String id = request.getClientRegistration().getRegistrationId();
			SsoSettings.Provider provider = settings.providers().get(id);
			String email = user.getEmail();
			if (provider == null || email == null || email.isBlank()) {
				throw refused(SsoRefusedException.Reason.EMAIL_UNVERIFIED, "No e-mail address in the token of " + id);
			}
			// an address the provider has not verified could be anybody's: it must not create or reach an account
			Object verified = user.getClaims().get(provider.emailVerifiedClaim());
			if (!Boolean.TRUE.equals(verified) && !"true".equals(verified)) {
				throw refused(SsoRefusedException.Reason.EMAIL_UNVERIFIED,
						"The e-mail address of user:" + email + " is not verified by " + id);
			}
			Set<Role> roles = mappedRoles(provider, user.getClaims());
			SsoAccounts.Identity identity = new SsoAccounts.Identity(id, String.valueOf(user.getIssuer()),
					user.getSubject(), email, displayName(user), String.valueOf(provider.organisation()), roles);
			try {
				return new SignedIn(user, accounts.getObject().signIn(identity));
			}
			catch (SsoRefusedException ex) {
				throw refused(ex.reason(), ex.getMessage());
			}
		}

		private static String displayName(OidcUser user) {
			String name = user.getFullName();
			if (name == null || name.isBlank()) {
				name = String.join(" ", java.util.stream.Stream.of(user.getGivenName(), user.getFamilyName())
					.filter(part -> part != null && !part.isBlank())
					.toList());
			}
			if (name.isBlank()) {
				name = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getEmail();
			}
			return name.length() > 200 ? name.substring(0, 200) : name.trim();
		}

		private static OAuth2AuthenticationException refused(SsoRefusedException.Reason reason, String message) {
			return new OAuth2AuthenticationException(new OAuth2Error("itas:" + reason.parameter(), message, null),
					message);
		}

	}

	/** The provider's user for the moment between the token check and the success handler. */
	static final class SignedIn extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final PlatformUser platformUser;

		SignedIn(OidcUser user, PlatformUser platformUser) {
			super(platformUser.getAuthorities(), user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
			this.platformUser = platformUser;
		}

		PlatformUser platformUser() {
			return platformUser;
		}

	}

	/**
	 * Keeps the page to return to in the session while the browser is at the identity provider: the session
	 * holds the authorization request (state, nonce, PKCE verifier) anyway, and the path is checked again
	 * when it is used.
	 */
	private record ReturnRemembering(OAuth2AuthorizationRequestResolver delegate)
			implements OAuth2AuthorizationRequestResolver {

		@Override
		public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
			return remember(request, delegate.resolve(request));
		}

		@Override
		public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
			return remember(request, delegate.resolve(request, registrationId));
		}

		private static @Nullable OAuth2AuthorizationRequest remember(HttpServletRequest request,
				@Nullable OAuth2AuthorizationRequest authorization) {
			if (authorization != null) {
				String path = ReturnPath.of(request.getParameter(ReturnPath.PARAMETER)).orElse(null);
				if (path != null) {
					request.getSession().setAttribute(RETURN_PATH, path);
				}
				else if (request.getSession(false) != null) {
					request.getSession(false).removeAttribute(RETURN_PATH);
				}
			}
			return authorization;
		}

	}

	private static @Nullable String takeReturnPath(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object path = session.getAttribute(RETURN_PATH);
		session.removeAttribute(RETURN_PATH);
		return path instanceof String value ? ReturnPath.of(value).orElse(null) : null;
	}

	/**
	 * Replaces the provider's user by the platform's, as after a form login, and continues where the person
	 * wanted to go: the page the login page carried, else a saved request, else Mein Bereich.
	 */
	private static final class Success implements AuthenticationSuccessHandler {

		private final SecurityContextRepository contexts;
		private final SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();

		Success(SecurityContextRepository contexts) {
			this.contexts = contexts;
			saved.setDefaultTargetUrl("/mein-bereich");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			if (!(authentication.getPrincipal() instanceof SignedIn signedIn)) {
				throw new IllegalStateException("Unexpected principal after single sign-on");
			}
			PlatformUser user = signedIn.platformUser();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			UsernamePasswordAuthenticationToken platformAuthentication = UsernamePasswordAuthenticationToken
				.authenticated(user, null, user.getAuthorities());
			context.setAuthentication(platformAuthentication);
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
			String path = takeReturnPath(request);
			if (path != null) {
				new HttpSessionRequestCache().removeRequest(request, response);
				redirects.sendRedirect(request, response, path);
				return;
			}
			saved.onAuthenticationSuccess(request, response, platformAuthentication);
		}

	}

	/** Back to the login page with the reason; the page to return to stays with it for a second attempt. */
	private static final class Failure implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String reason = SsoRefusedException.Reason.PROVIDER_FAILED.parameter();
			if (exception instanceof OAuth2AuthenticationException oauth
					&& oauth.getError().getErrorCode().startsWith("itas:")) {
				reason = oauth.getError().getErrorCode().substring("itas:".length());
			}
			log.warn("Single sign-on refused ({}): {}", reason, exception.getMessage());
			response.sendRedirect(ReturnPath.append(request.getContextPath() + "/login?sso=" + reason,
					takeReturnPath(request)));
		}

	}

	/**
	 * The provider's access and refresh tokens are not kept anywhere: the platform calls no API of the
	 * provider after the sign-in, and tokens it does not hold cannot leak.
	 */
	private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}
