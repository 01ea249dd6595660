package de.itas.platform.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * People who belong to an organisation, for tests of other modules that decide by membership (a
 * company's admin, a member of another company). The accounts module offers no public API to add members
 * yet, so tests use its package-private one through here.
 */
@Component
public class TestMemberships {

	private final Accounts accounts;
	private final Organisations organisations;
	private final Consents consents;
	private final AccountUserDetailsService users;

	TestMemberships(Accounts accounts, Organisations organisations, Consents consents, AccountUserDetailsService users) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.consents = consents;
		this.users = users;
	}

	/** The person with this e-mail (created on first use) holding the roles in the organisation. */
	public PlatformUser member(String email, UUID organisationId, Role first, Role... more) {
		accounts.createIfAbsent(email, "Test " + email, "test-password-123", Set.of(), Instant.now());
		UUID userId = ((PlatformUser) users.loadUserByUsername(email)).id();
		consents.acceptCurrent(userId);
		organisations.addMember(organisationId, userId, first);
		for (Role role : more) {
			organisations.addMember(organisationId, userId, role);
		}
		return (PlatformUser) users.loadUserByUsername(email);
	}

}
