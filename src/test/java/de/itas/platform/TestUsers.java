package de.itas.platform;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** Signed-in users for MockMvc requests, without going through the login form. */
public final class TestUsers {

	private TestUsers() {
	}

	public static PlatformUser user(Role first, Role... more) {
		return new PlatformUser(UUID.randomUUID(), first.name().toLowerCase() + "@test.itas.local", "Test " + first,
				EnumSet.of(first, more), true, null);
	}

	public static RequestPostProcessor as(Role first, Role... more) {
		return SecurityMockMvcRequestPostProcessors.user(user(first, more));
	}

}
