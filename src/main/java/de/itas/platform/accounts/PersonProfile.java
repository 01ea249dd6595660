package de.itas.platform.accounts;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** What a person tells about themselves for pathways, training and counselling. */
@Entity
@Table(schema = "accounts", name = "person_profile")
class PersonProfile {

	@Id
	@Column(name = "user_id")
	private UUID userId;

	@Column(name = "district_code")
	private @Nullable String districtCode;

	@Column(name = "job_title")
	private @Nullable String jobTitle;

	@Column(name = "employer_organisation_id")
	private @Nullable UUID employerOrganisationId;

	private @Nullable String interests;

	@Enumerated(EnumType.STRING)
	private @Nullable Retraining retraining;

	@Column(name = "commuting_radius_km")
	private @Nullable Integer commutingRadiusKm;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_preference")
	private @Nullable ContactPreference contactPreference;

	private @Nullable String phone;

	@Version
	private long version;

	protected PersonProfile() {
	}

	PersonProfile(UUID userId) {
		this.userId = userId;
	}

	void change(PersonProfileDetails details) {
		this.districtCode = details.districtCode();
		this.jobTitle = details.jobTitle();
		this.employerOrganisationId = details.employerOrganisationId();
		this.interests = details.interests();
		this.retraining = details.retraining();
		this.commutingRadiusKm = details.commutingRadiusKm();
		this.contactPreference = details.contactPreference();
		this.phone = details.phone();
	}

	PersonProfileDetails details() {
		return new PersonProfileDetails(districtCode, jobTitle, employerOrganisationId, interests, retraining,
				commutingRadiusKm, contactPreference, phone);
	}

	long version() {
		return version;
	}

}
