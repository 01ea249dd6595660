package de.itas.platform.shared.security;

import java.util.Set;

/**
 * The accounts behind single sign-on (implemented by the accounts module, which owns accounts): finds the
 * account linked to an identity of an identity provider, or links or creates one, and sets the roles the
 * provider manages to what the token maps to.
 */
public interface SsoAccounts {

	/**
	 * The person signing in with a verified e-mail address.
	 *
	 * @throws SsoRefusedException when the person must not be signed in (an address taken by an account that
	 * may not be linked, an unknown organisation, a disabled account)
	 */
	PlatformUser signIn(Identity identity);

	/**
	 * An identity as an identity provider asserted it.
	 *
	 * @param provider the configured provider's id
	 * @param issuer the token's {@code iss}; with {@code subject} the identity that never changes
	 * @param organisation the configured organisation (its id or partner code)
	 * @param roles the platform roles the token's claims map to, never {@link Role#ADMIN}; empty if none is mapped
	 */
	record Identity(String provider, String issuer, String subject, String email, String displayName,
			String organisation, Set<Role> roles) {

		public Identity {
			if (roles.contains(Role.ADMIN)) {
				throw new IllegalArgumentException("ADMIN is never granted by single sign-on");
			}
			roles = Set.copyOf(roles);
		}

	}

}
