package de.itas.platform.accounts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A company, consortium partner or training provider; people are its members. */
@Entity
@Table(schema = "accounts", name = "organisation")
class Organisation {

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	@Column(name = "district_code")
	private @Nullable String districtCode;

	@Column(name = "partner_code")
	private @Nullable String partnerCode;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(String name, OrganisationKind kind, @Nullable String districtCode, @Nullable String partnerCode,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.kind = kind;
		this.districtCode = districtCode;
		this.partnerCode = partnerCode;
		this.createdAt = createdAt;
	}

	OrganisationSummary toSummary() {
		return new OrganisationSummary(id, name, kind, districtCode, partnerCode);
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	OrganisationKind kind() {
		return kind;
	}

}
