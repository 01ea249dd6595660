package de.itas.platform.shared.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through OpenID Connect, one provider per partner organisation
 * ({@code platform.sso.providers.<id>.*}); none configured means no single sign-on at all. Checked when the
 * application starts, without contacting any identity provider: a provider that is down or misconfigured on
 * its side must not keep the platform from starting.
 *
 * @param providers the identity providers by registration id (lower-case letters, digits and dashes; part of
 * the redirect URI {@code /login/oauth2/code/<id>})
 */
@ConfigurationProperties("platform.sso")
public record SsoSettings(@Nullable Map<String, Provider> providers) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	public SsoSettings {
		providers = providers == null ? Map.of() : new LinkedHashMap<>(providers);
		providers.forEach(SsoSettings::check);
	}

	/**
	 * One identity provider.
	 *
	 * @param label shown on the login page as Anmelden mit label
	 * @param issuerUri the issuer; ID tokens with another {@code iss} are refused. Alone (without the endpoint
	 * URIs) the endpoints are discovered from it at the first sign-in, not at start-up
	 * @param authorizationUri the authorization endpoint (the browser is sent there)
	 * @param tokenUri the token endpoint (the platform calls it)
	 * @param jwkSetUri the keys that sign the ID tokens
	 * @param userInfoUri optional: claims not in the ID token (such as the role claim) are read from here
	 * @param organisation the partner organisation in accounts: its id or its partner code
	 * @param roleClaim the claim holding the groups or roles, a dotted path for nested claims
	 * ({@code realm_access.roles})
	 * @param roleMapping claim value to platform role; values without a mapping grant nothing
	 * @param scopes the scopes asked for
	 * @param emailVerifiedClaim the boolean claim that says the provider verified the address
	 * ({@code email_verified}; Entra ID: {@code xms_edov})
	 */
	public record Provider(@Nullable String label, @Nullable String issuerUri, @Nullable String authorizationUri,
			@Nullable String tokenUri, @Nullable String jwkSetUri, @Nullable String userInfoUri,
			@Nullable String clientId, @Nullable String clientSecret, @Nullable String organisation,
			@Nullable String roleClaim, @Nullable Map<String, Role> roleMapping, @Nullable List<String> scopes,
			@Nullable String emailVerifiedClaim) {

		public Provider {
			roleClaim = roleClaim == null || roleClaim.isBlank() ? "groups" : roleClaim.trim();
			roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
			emailVerifiedClaim = emailVerifiedClaim == null || emailVerifiedClaim.isBlank() ? "email_verified"
					: emailVerifiedClaim.trim();
			scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
		}

		/** Whether the endpoints are configured, so that nothing needs to be discovered. */
		boolean explicitEndpoints() {
			return present(authorizationUri) && present(tokenUri) && present(jwkSetUri);
		}

	}

	private static void check(String id, Provider provider) {
		String prefix = "platform.sso.providers." + id + ".";
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("platform.sso.providers: the id '" + id
					+ "' must consist of lower-case letters, digits and dashes");
		}
		String[][] required = { { "label", provider.label() }, { "client-id", provider.clientId() },
				{ "client-secret", provider.clientSecret() }, { "organisation", provider.organisation() },
				{ "issuer-uri", provider.issuerUri() } };
		for (String[] setting : required) {
			if (!present(setting[1])) {
				throw new IllegalArgumentException(prefix + setting[0] + " is required");
			}
		}
		boolean anyEndpoint = present(provider.authorizationUri()) || present(provider.tokenUri())
				|| present(provider.jwkSetUri());
		if (anyEndpoint && !provider.explicitEndpoints()) {
			throw new IllegalArgumentException(prefix
					+ "authorization-uri, token-uri and jwk-set-uri go together (or leave all three out to discover them from issuer-uri)");
		}
		if (!provider.scopes().contains("openid")) {
			throw new IllegalArgumentException(prefix + "scopes must contain openid");
		}
		// a partner's identity provider is outside the platform's trust: whoever administers it could make
		// anybody a platform administrator, who sees every organisation's data
		provider.roleMapping().forEach((value, role) -> {
			if (role == Role.ADMIN) {
				throw new IllegalArgumentException(prefix + "role-mapping[" + value
						+ "]: ADMIN cannot be granted by single sign-on; platform administrators sign in with their password");
			}
		});
	}

	static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
