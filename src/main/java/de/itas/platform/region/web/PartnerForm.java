package de.itas.platform.region.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.itas.platform.region.Address;
import de.itas.platform.region.LocalizedText;
import de.itas.platform.region.PartnerDetails;
import de.itas.platform.region.PartnerSummary;

/** Admin form for a consortium partner. */
class PartnerForm {

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 200, message = "{common.validation.max-length}")
	private String name = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 60, message = "{common.validation.max-length}")
	private String shortName = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 2000, message = "{common.validation.max-length}")
	private String focusDe = "";

	@Size(max = 2000, message = "{common.validation.max-length}")
	private String focusEn = "";

	@NotBlank(message = "{common.validation.required}")
	@Email(message = "{common.validation.email}")
	@Size(max = 200, message = "{common.validation.max-length}")
	private String email = "";

	@NotBlank(message = "{common.validation.required}")
	@Pattern(regexp = "\\+?[0-9 ()/-]{3,40}", message = "{common.validation.phone}")
	private String phone = "";

	@NotBlank(message = "{common.validation.required}")
	@Pattern(regexp = "https?://\\S+", message = "{common.validation.url}")
	@Size(max = 300, message = "{common.validation.max-length}")
	private String website = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 200, message = "{common.validation.max-length}")
	private String street = "";

	@NotBlank(message = "{common.validation.required}")
	@Pattern(regexp = "[0-9]{5}", message = "{common.validation.postcode}")
	private String postcode = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 120, message = "{common.validation.max-length}")
	private String city = "";

	private long version;

	static PartnerForm of(PartnerSummary partner) {
		PartnerDetails details = partner.details();
		PartnerForm form = new PartnerForm();
		form.name = details.name();
		form.shortName = details.shortName();
		form.focusDe = details.focus().de();
		form.focusEn = FormText.orEmpty(details.focus().en());
		form.email = details.email();
		form.phone = details.phone();
		form.website = details.website();
		form.street = details.address().street();
		form.postcode = details.address().postcode();
		form.city = details.address().city();
		form.version = partner.version();
		return form;
	}

	PartnerDetails toDetails() {
		return new PartnerDetails(name.trim(), shortName.trim(), FormText.localized(focusDe, focusEn), email.trim(),
				phone.trim(), website.trim(), new Address(street.trim(), postcode.trim(), city.trim()));
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName == null ? "" : shortName;
	}

	public String getFocusDe() {
		return focusDe;
	}

	public void setFocusDe(String focusDe) {
		this.focusDe = focusDe == null ? "" : focusDe;
	}

	public String getFocusEn() {
		return focusEn;
	}

	public void setFocusEn(String focusEn) {
		this.focusEn = focusEn == null ? "" : focusEn;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? "" : phone;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website == null ? "" : website;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street == null ? "" : street;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode == null ? "" : postcode;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city == null ? "" : city;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
