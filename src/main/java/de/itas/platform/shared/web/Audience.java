package de.itas.platform.shared.web;

import java.util.EnumSet;
import java.util.Set;

import de.itas.platform.shared.security.Role;

/**
 * Who sees a navigation entry or tile: everyone (also visitors), every signed-in person, or holders of
 * at least one of the given roles.
 */
public record Audience(boolean visitors, Set<Role> roles) {

	public static Audience everyone() {
		return new Audience(true, Set.of());
	}

	public static Audience signedIn() {
		return new Audience(false, Set.of());
	}

	public static Audience anyOf(Role first, Role... more) {
		return new Audience(false, Set.copyOf(EnumSet.of(first, more)));
	}

	/** Whether a person with these roles (visitor when {@code signedIn} is false) belongs to the audience. */
	public boolean includes(boolean signedIn, Set<Role> heldRoles) {
		if (visitors) {
			return true;
		}
		if (!signedIn) {
			return false;
		}
		return roles.isEmpty() || heldRoles.stream().anyMatch(roles::contains);
	}

}
