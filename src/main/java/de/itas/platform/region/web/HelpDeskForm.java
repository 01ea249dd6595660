package de.itas.platform.region.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.itas.platform.region.Address;
import de.itas.platform.region.HelpDeskDetails;
import de.itas.platform.region.HelpDeskSummary;

/** Admin form for a help desk. */
class HelpDeskForm {

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 200, message = "{common.validation.max-length}")
	private String name = "";

	@NotBlank(message = "{common.validation.required}")
	private String partnerCode = "";

	@NotBlank(message = "{common.validation.required}")
	private String districtCode = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 200, message = "{common.validation.max-length}")
	private String street = "";

	@NotBlank(message = "{common.validation.required}")
	@Pattern(regexp = "[0-9]{5}", message = "{common.validation.postcode}")
	private String postcode = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 120, message = "{common.validation.max-length}")
	private String city = "";

	@NotBlank(message = "{common.validation.required}")
	@Size(max = 1000, message = "{common.validation.max-length}")
	private String openingHoursDe = "";

	@Size(max = 1000, message = "{common.validation.max-length}")
	private String openingHoursEn = "";

	@NotBlank(message = "{common.validation.required}")
	@Pattern(regexp = "\\+?[0-9 ()/-]{3,40}", message = "{common.validation.phone}")
	private String phone = "";

	@NotBlank(message = "{common.validation.required}")
	@Email(message = "{common.validation.email}")
	@Size(max = 200, message = "{common.validation.max-length}")
	private String email = "";

	private long version;

	static HelpDeskForm of(HelpDeskSummary desk) {
		HelpDeskDetails details = desk.details();
		HelpDeskForm form = new HelpDeskForm();
		form.name = details.name();
		form.partnerCode = details.partnerCode();
		form.districtCode = details.districtCode();
		form.street = details.address().street();
		form.postcode = details.address().postcode();
		form.city = details.address().city();
		form.openingHoursDe = details.openingHours().de();
		form.openingHoursEn = FormText.orEmpty(details.openingHours().en());
		form.phone = details.phone();
		form.email = details.email();
		form.version = desk.version();
		return form;
	}

	HelpDeskDetails toDetails() {
		return new HelpDeskDetails(name.trim(), partnerCode, districtCode,
				new Address(street.trim(), postcode.trim(), city.trim()), FormText.localized(openingHoursDe, openingHoursEn),
				phone.trim(), email.trim());
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getPartnerCode() {
		return partnerCode;
	}

	public void setPartnerCode(String partnerCode) {
		this.partnerCode = partnerCode == null ? "" : partnerCode;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode == null ? "" : districtCode;
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

	public String getOpeningHoursDe() {
		return openingHoursDe;
	}

	public void setOpeningHoursDe(String openingHoursDe) {
		this.openingHoursDe = openingHoursDe == null ? "" : openingHoursDe;
	}

	public String getOpeningHoursEn() {
		return openingHoursEn;
	}

	public void setOpeningHoursEn(String openingHoursEn) {
		this.openingHoursEn = openingHoursEn == null ? "" : openingHoursEn;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? "" : phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
