package de.itas.platform.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The settings' checks and the mapping of claims to roles, without an identity provider. */
class SingleSignOnUnitTests {

	private static SsoSettings.Provider provider(String roleClaim, Map<String, Role> mapping) {
		return new SsoSettings.Provider("Partner", "https://idp.example/realms/p", null, null, null, null, "client",
				"secret", "ihk", roleClaim, mapping, null, null);
	}

	@Test
	void mapsOnlyConfiguredValuesAndReadsNestedClaims() {
		SsoSettings.Provider provider = provider("realm_access.roles",
				Map.of("beratung", Role.ADVISOR, "koordination", Role.COORDINATOR));
		Map<String, Object> claims = Map.of("realm_access",
				Map.of("roles", List.of("beratung", "offline_access", "default-roles-p")));
		assertThat(SingleSignOn.mappedRoles(provider, claims)).containsExactly(Role.ADVISOR);
		assertThat(SingleSignOn.mappedRoles(provider, Map.of("realm_access", Map.of()))).isEmpty();
		assertThat(SingleSignOn.mappedRoles(provider, Map.of())).isEmpty();
		assertThat(SingleSignOn.claimValues(Map.of("groups", "koordination"), "groups")).containsExactly("koordination");
	}

	@Test
	void refusesAdminInTheMappingAndIncompleteProviders() {
		assertThatThrownBy(() -> new SsoSettings(Map.of("p", provider("groups", Map.of("it", Role.ADMIN)))))
			.hasMessageContaining("ADMIN cannot be granted by single sign-on");
		SsoSettings.Provider withoutIssuer = new SsoSettings.Provider("Partner", null, null, null, null, null,
				"client", "secret", "ihk", null, null, null, null);
		assertThatThrownBy(() -> new SsoSettings(Map.of("p", withoutIssuer))).hasMessageContaining("issuer-uri is required");
		SsoSettings.Provider halfEndpoints = new SsoSettings.Provider("Partner", "https://idp.example", "https://idp.example/auth",
				null, null, null, "client", "secret", "ihk", null, null, null, null);
		assertThatThrownBy(() -> new SsoSettings(Map.of("p", halfEndpoints))).hasMessageContaining("go together");
		assertThatThrownBy(() -> new SsoSettings(Map.of("Partner_1", provider("groups", Map.of()))))
			.hasMessageContaining("lower-case");
		assertThat(new SsoSettings(null).providers()).isEmpty();
	}

	@Test
	void anIdentityNeverCarriesAdmin() {
		assertThatThrownBy(() -> new SsoAccounts.Identity("p", "iss", "sub", "a@b.example", "A", "ihk",
				java.util.Set.of(Role.ADMIN))).isInstanceOf(IllegalArgumentException.class);
	}

}
