package de.itas.platform.accounts.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import de.itas.platform.accounts.ContactPreference;
import de.itas.platform.accounts.PersonProfileDetails;
import de.itas.platform.accounts.PersonProfiles;
import de.itas.platform.accounts.Retraining;

/** The person profile form. Every field is optional. */
class ProfileForm {

	private String districtCode = "";

	@Size(max = 200, message = "{common.validation.max-length}")
	private String jobTitle = "";

	private String employer = "";

	@Size(max = 2000, message = "{common.validation.max-length}")
	private String interests = "";

	private @Nullable Retraining retraining;

	@Min(value = 0, message = "{accounts.profile.radius.range}")
	@Max(value = 300, message = "{accounts.profile.radius.range}")
	private @Nullable Integer commutingRadiusKm;

	private @Nullable ContactPreference contactPreference;

	@Pattern(regexp = "|\\+?[0-9 ()/-]{3,40}", message = "{common.validation.phone}")
	private String phone = "";

	private long version = -1;

	static ProfileForm of(PersonProfiles.Versioned profile) {
		PersonProfileDetails details = profile.details();
		ProfileForm form = new ProfileForm();
		form.districtCode = orEmpty(details.districtCode());
		form.jobTitle = orEmpty(details.jobTitle());
		form.employer = details.employerOrganisationId() == null ? "" : details.employerOrganisationId().toString();
		form.interests = orEmpty(details.interests());
		form.retraining = details.retraining();
		form.commutingRadiusKm = details.commutingRadiusKm();
		form.contactPreference = details.contactPreference();
		form.phone = orEmpty(details.phone());
		form.version = profile.version();
		return form;
	}

	PersonProfileDetails toDetails() {
		return new PersonProfileDetails(blankToNull(districtCode), blankToNull(jobTitle),
				employer.isBlank() ? null : UUID.fromString(employer), blankToNull(interests), retraining,
				commutingRadiusKm, contactPreference, blankToNull(phone));
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.trim();
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode == null ? "" : districtCode;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle == null ? "" : jobTitle;
	}

	public String getEmployer() {
		return employer;
	}

	public void setEmployer(String employer) {
		this.employer = employer == null ? "" : employer;
	}

	public String getInterests() {
		return interests;
	}

	public void setInterests(String interests) {
		this.interests = interests == null ? "" : interests;
	}

	public @Nullable Retraining getRetraining() {
		return retraining;
	}

	public void setRetraining(@Nullable Retraining retraining) {
		this.retraining = retraining;
	}

	public @Nullable Integer getCommutingRadiusKm() {
		return commutingRadiusKm;
	}

	public void setCommutingRadiusKm(@Nullable Integer commutingRadiusKm) {
		this.commutingRadiusKm = commutingRadiusKm;
	}

	public @Nullable ContactPreference getContactPreference() {
		return contactPreference;
	}

	public void setContactPreference(@Nullable ContactPreference contactPreference) {
		this.contactPreference = contactPreference;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? "" : phone;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
