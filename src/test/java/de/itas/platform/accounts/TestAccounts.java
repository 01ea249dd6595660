package de.itas.platform.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Real accounts for tests, one per combination of roles, so that requests signed in through MockMvc
 * pass the per-request refresh of the signed-in person like real users do.
 */
@Component
public class TestAccounts {

	/** The password of every test account. */
	public static final String PASSWORD = "test-password-123";

	private final Accounts accounts;
	private final Consents consents;
	private final AccountUserDetailsService users;

	TestAccounts(Accounts accounts, Consents consents, AccountUserDetailsService users) {
		this.accounts = accounts;
		this.consents = consents;
		this.users = users;
	}

	public PlatformUser user(Role first, Role... more) {
		Set<Role> roles = EnumSet.of(first, more);
		String email = "test-" + roles.stream().map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.sorted()
			.collect(Collectors.joining("-")) + "@test.itas.local";
		accounts.createIfAbsent(email, "Test " + roles, PASSWORD, roles, Instant.now());
		PlatformUser user = (PlatformUser) users.loadUserByUsername(email);
		consents.acceptCurrent(user.id());
		return user;
	}

	/**
	 * A person of their own with an employee's account (created on first use), e.g. for tests that read the
	 * mails a person gets; {@code name} becomes the display name and the local part of the address.
	 */
	public PlatformUser person(String name) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-") + "@test.itas.local";
		accounts.createIfAbsent(email, name, PASSWORD, Set.of(Role.EMPLOYEE), Instant.now());
		PlatformUser user = (PlatformUser) users.loadUserByUsername(email);
		consents.acceptCurrent(user.id());
		return user;
	}

	/** A MockMvc request signed in as a test person with these roles. */
	public RequestPostProcessor as(Role first, Role... more) {
		return SecurityMockMvcRequestPostProcessors.user(user(first, more));
	}

}
