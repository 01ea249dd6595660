package de.itas.platform.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security layer keeps it in the (database-backed) session. The accounts
 * module creates it; every module reads it to know who acts.
 */
public final class PlatformUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;
	private final String email;
	private final String displayName;
	private final Set<Role> roles;
	private final boolean enabled;
	private @Nullable String passwordHash;

	public PlatformUser(UUID id, String email, String displayName, Set<Role> roles, boolean enabled,
			@Nullable String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PlatformUser user && user.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "PlatformUser[" + id + "]";
	}

}
