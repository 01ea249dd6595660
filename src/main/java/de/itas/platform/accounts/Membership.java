package de.itas.platform.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import de.itas.platform.shared.security.Role;

/** A person holds a role in an organisation (one row per role). */
@Entity
@Table(schema = "accounts", name = "membership")
class Membership {

	@EmbeddedId
	private Key key;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Membership() {
	}

	Membership(UUID organisationId, UUID userId, Role role, Instant createdAt) {
		this.key = new Key(organisationId, userId, role);
		this.createdAt = createdAt;
	}

	UUID organisationId() {
		return key.organisationId;
	}

	UUID userId() {
		return key.userId;
	}

	Role role() {
		return key.role;
	}

	@Embeddable
	record Key(@Column(name = "organisation_id") UUID organisationId, @Column(name = "user_id") UUID userId,
			@Enumerated(EnumType.STRING) Role role) implements Serializable {
	}

}
