package de.itas.platform.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** A person's sign-in identity with the roles they hold. */
@Entity
@Table(schema = "accounts", name = "user_account")
class UserAccount {

	@Id
	private UUID id;

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "accounts", name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "email_verified")
	private boolean emailVerified;

	@Column(name = "deletion_requested_at")
	private @Nullable Instant deletionRequestedAt;

	private String language = "de";

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String email, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = normalise(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.roles.addAll(roles);
		this.createdAt = createdAt;
	}

	void verifyEmail() {
		this.emailVerified = true;
	}

	void grant(Role role) {
		this.roles.add(role);
	}

	void revoke(Role role) {
		this.roles.remove(role);
	}

	boolean enabled() {
		return enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void changeEmail(String newEmail) {
		this.email = normalise(newEmail);
		this.emailVerified = true;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void requestDeletion(Instant at) {
		this.deletionRequestedAt = at;
	}

	void cancelDeletion() {
		this.deletionRequestedAt = null;
	}

	void speaks(String language) {
		this.language = language;
	}

	static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/** The signed-in person, with the global roles held here plus the roles from memberships. */
	PlatformUser toPlatformUser(Set<Role> membershipRoles) {
		Set<Role> all = EnumSet.noneOf(Role.class);
		all.addAll(roles);
		all.addAll(membershipRoles);
		return new PlatformUser(id, email, displayName, all, enabled && emailVerified, passwordHash);
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	Set<Role> roles() {
		return Set.copyOf(roles);
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean emailVerified() {
		return emailVerified;
	}

	@Nullable
	Instant deletionRequestedAt() {
		return deletionRequestedAt;
	}

	String language() {
		return language;
	}

	String passwordHash() {
		return passwordHash;
	}

}
