package de.itas.platform.directory.web;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.itas.platform.directory.ContactDetails;
import de.itas.platform.directory.EditableProfile;
import de.itas.platform.directory.FieldGroup;
import de.itas.platform.directory.LegalForm;
import de.itas.platform.directory.ProductGroup;
import de.itas.platform.directory.ProfileDetails;
import de.itas.platform.directory.Tags;
import de.itas.platform.directory.ValueChainPosition;
import de.itas.platform.directory.Visibility;

/**
 * The company profile editor's form. It holds exactly what was typed, so that an invalid form comes back
 * unchanged; the rules live in the module ({@code CompanyProfiles#check}), not here. Property names match
 * the fields its problems name.
 */
class ProfileForm {

	private String name = "";
	private @Nullable LegalForm legalForm;
	private String street = "";
	private String postcode = "";
	private String city = "";
	private String districtCode = "";
	private @Nullable Integer employees;
	private String industryCode = "";
	private @Nullable ValueChainPosition position;
	private Set<ProductGroup> productGroups = EnumSet.noneOf(ProductGroup.class);
	private @Nullable Integer combustionShare;
	private String capabilities = "";
	private String certifications = "";
	private String description = "";
	private @Nullable Visibility basicVisibility;
	private @Nullable Visibility addressVisibility;
	private @Nullable Visibility sizeVisibility;
	private @Nullable Visibility portfolioVisibility;
	private @Nullable Visibility combustionVisibility;
	private @Nullable Visibility capabilitiesVisibility;
	private String website = "";
	private String phone = "";
	private String email = "";
	private String contactPerson = "";
	private @Nullable Visibility contactVisibility;
	private long version;

	static ProfileForm of(EditableProfile profile) {
		ProfileDetails details = profile.details();
		ProfileForm form = new ProfileForm();
		form.name = orEmpty(details.name());
		form.legalForm = details.legalForm();
		form.street = orEmpty(details.street());
		form.postcode = orEmpty(details.postcode());
		form.city = orEmpty(details.city());
		form.districtCode = orEmpty(details.districtCode());
		form.employees = details.employees();
		form.industryCode = orEmpty(details.industryCode());
		form.position = details.position();
		form.productGroups = details.productGroups().isEmpty() ? EnumSet.noneOf(ProductGroup.class)
				: EnumSet.copyOf(details.productGroups());
		form.combustionShare = details.combustionShare();
		form.capabilities = Tags.format(details.capabilities());
		form.certifications = Tags.format(details.certifications());
		form.description = orEmpty(details.description());
		form.basicVisibility = details.visibility(FieldGroup.BASIC);
		form.addressVisibility = details.visibility(FieldGroup.ADDRESS);
		form.sizeVisibility = details.visibility(FieldGroup.SIZE);
		form.portfolioVisibility = details.visibility(FieldGroup.PORTFOLIO);
		form.combustionVisibility = details.visibility(FieldGroup.COMBUSTION);
		form.capabilitiesVisibility = details.visibility(FieldGroup.CAPABILITIES);
		form.website = orEmpty(details.contact().website());
		form.phone = orEmpty(details.contact().phone());
		form.email = orEmpty(details.contact().email());
		form.contactPerson = orEmpty(details.contact().contactPerson());
		form.contactVisibility = details.visibility(FieldGroup.CONTACT);
		form.version = profile.version();
		return form;
	}

	ProfileDetails toDetails() {
		Map<FieldGroup, Visibility> visibilities = new EnumMap<>(FieldGroup.class);
		put(visibilities, FieldGroup.BASIC, basicVisibility);
		put(visibilities, FieldGroup.ADDRESS, addressVisibility);
		put(visibilities, FieldGroup.SIZE, sizeVisibility);
		put(visibilities, FieldGroup.PORTFOLIO, portfolioVisibility);
		put(visibilities, FieldGroup.COMBUSTION, combustionVisibility);
		put(visibilities, FieldGroup.CAPABILITIES, capabilitiesVisibility);
		put(visibilities, FieldGroup.CONTACT, contactVisibility);
		return new ProfileDetails(name.strip(), legalForm, street.strip(), postcode.strip(), city.strip(),
				districtCode.strip(), employees, industryCode.strip(), position, productGroups, combustionShare,
				Tags.parse(capabilities), Tags.parse(certifications), description.strip(), visibilities,
				new ContactDetails(website, phone, email, contactPerson));
	}

	private static void put(Map<FieldGroup, Visibility> visibilities, FieldGroup group, @Nullable Visibility visibility) {
		if (visibility != null) {
			visibilities.put(group, visibility);
		}
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = orEmpty(name);
	}

	public @Nullable LegalForm getLegalForm() {
		return legalForm;
	}

	public void setLegalForm(@Nullable LegalForm legalForm) {
		this.legalForm = legalForm;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(@Nullable String street) {
		this.street = orEmpty(street);
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(@Nullable String postcode) {
		this.postcode = orEmpty(postcode);
	}

	public String getCity() {
		return city;
	}

	public void setCity(@Nullable String city) {
		this.city = orEmpty(city);
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(@Nullable String districtCode) {
		this.districtCode = orEmpty(districtCode);
	}

	public @Nullable Integer getEmployees() {
		return employees;
	}

	public void setEmployees(@Nullable Integer employees) {
		this.employees = employees;
	}

	public String getIndustryCode() {
		return industryCode;
	}

	public void setIndustryCode(@Nullable String industryCode) {
		this.industryCode = orEmpty(industryCode);
	}

	public @Nullable ValueChainPosition getPosition() {
		return position;
	}

	public void setPosition(@Nullable ValueChainPosition position) {
		this.position = position;
	}

	public Set<ProductGroup> getProductGroups() {
		return productGroups;
	}

	public void setProductGroups(@Nullable Set<ProductGroup> productGroups) {
		this.productGroups = productGroups == null || productGroups.isEmpty() ? EnumSet.noneOf(ProductGroup.class)
				: EnumSet.copyOf(productGroups);
	}

	public @Nullable Integer getCombustionShare() {
		return combustionShare;
	}

	public void setCombustionShare(@Nullable Integer combustionShare) {
		this.combustionShare = combustionShare;
	}

	public String getCapabilities() {
		return capabilities;
	}

	public void setCapabilities(@Nullable String capabilities) {
		this.capabilities = orEmpty(capabilities);
	}

	public String getCertifications() {
		return certifications;
	}

	public void setCertifications(@Nullable String certifications) {
		this.certifications = orEmpty(certifications);
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = orEmpty(description);
	}

	public @Nullable Visibility getBasicVisibility() {
		return basicVisibility;
	}

	public void setBasicVisibility(@Nullable Visibility basicVisibility) {
		this.basicVisibility = basicVisibility;
	}

	public @Nullable Visibility getAddressVisibility() {
		return addressVisibility;
	}

	public void setAddressVisibility(@Nullable Visibility addressVisibility) {
		this.addressVisibility = addressVisibility;
	}

	public @Nullable Visibility getSizeVisibility() {
		return sizeVisibility;
	}

	public void setSizeVisibility(@Nullable Visibility sizeVisibility) {
		this.sizeVisibility = sizeVisibility;
	}

	public @Nullable Visibility getPortfolioVisibility() {
		return portfolioVisibility;
	}

	public void setPortfolioVisibility(@Nullable Visibility portfolioVisibility) {
		this.portfolioVisibility = portfolioVisibility;
	}

	public @Nullable Visibility getCombustionVisibility() {
		return combustionVisibility;
	}

	public void setCombustionVisibility(@Nullable Visibility combustionVisibility) {
		this.combustionVisibility = combustionVisibility;
	}

	public @Nullable Visibility getCapabilitiesVisibility() {
		return capabilitiesVisibility;
	}

	public void setCapabilitiesVisibility(@Nullable Visibility capabilitiesVisibility) {
		this.capabilitiesVisibility = capabilitiesVisibility;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = orEmpty(website);
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = orEmpty(phone);
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = orEmpty(email);
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(@Nullable String contactPerson) {
		this.contactPerson = orEmpty(contactPerson);
	}

	public @Nullable Visibility getContactVisibility() {
		return contactVisibility;
	}

	public void setContactVisibility(@Nullable Visibility contactVisibility) {
		this.contactVisibility = contactVisibility;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
