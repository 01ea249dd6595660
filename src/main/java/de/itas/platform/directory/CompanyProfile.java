package de.itas.platform.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;

/**
 * The profile of one company organisation (same id as the organisation in the accounts module). Created
 * empty when the organisation is registered; a company admin fills it in as a whole.
 */
@Entity
@Table(schema = "directory", name = "company_profile")
class CompanyProfile {

	@Id
	@Column(name = "organisation_id")
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_form")
	private @Nullable LegalForm legalForm;

	private @Nullable String street;

	private @Nullable String postcode;

	private @Nullable String city;

	@Column(name = "district_code")
	private @Nullable String districtCode;

	private @Nullable Integer employees;

	@Column(name = "industry_code")
	private @Nullable String industryCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_chain_position")
	private @Nullable ValueChainPosition position;

	@Column(name = "combustion_share")
	private @Nullable Integer combustionShare;

	private @Nullable String description;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "directory", name = "company_product_group",
			joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "product_group")
	@Enumerated(EnumType.STRING)
	private Set<ProductGroup> productGroups = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(schema = "directory", name = "company_tag", joinColumns = @JoinColumn(name = "organisation_id"))
	@OrderColumn(name = "position")
	private List<ProfileTag> tags = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "basic_visibility")
	private Visibility basicVisibility;

	@Enumerated(EnumType.STRING)
	@Column(name = "address_visibility")
	private Visibility addressVisibility;

	@Enumerated(EnumType.STRING)
	@Column(name = "size_visibility")
	private Visibility sizeVisibility;

	@Enumerated(EnumType.STRING)
	@Column(name = "portfolio_visibility")
	private Visibility portfolioVisibility;

	@Enumerated(EnumType.STRING)
	@Column(name = "combustion_visibility")
	private Visibility combustionVisibility;

	@Enumerated(EnumType.STRING)
	@Column(name = "capabilities_visibility")
	private Visibility capabilitiesVisibility;

	private @Nullable String website;

	private @Nullable String phone;

	private @Nullable String email;

	@Column(name = "contact_person")
	private @Nullable String contactPerson;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_visibility")
	private Visibility contactVisibility;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private @Nullable Instant updatedAt;

	/** When the details were first entered (the profile appeared in the directory). */
	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Version
	private long version;

	protected CompanyProfile() {
	}

	/** Replaces all details; the caller has checked them with {@link ProfileRules}. */
	void change(ProfileDetails details, Instant now) {
		this.name = Objects.requireNonNull(details.name()).strip();
		this.legalForm = Objects.requireNonNull(details.legalForm());
		this.street = Objects.requireNonNull(details.street()).strip();
		this.postcode = Objects.requireNonNull(details.postcode()).strip();
		this.city = Objects.requireNonNull(details.city()).strip();
		this.districtCode = Objects.requireNonNull(details.districtCode());
		this.employees = Objects.requireNonNull(details.employees());
		this.industryCode = Objects.requireNonNull(details.industryCode()).strip();
		this.position = Objects.requireNonNull(details.position());
		this.combustionShare = Objects.requireNonNull(details.combustionShare());
		this.description = details.description() == null || details.description().isBlank() ? null
				: details.description().strip();
		this.productGroups.clear();
		this.productGroups.addAll(details.productGroups());
		this.tags.clear();
		details.capabilities().forEach(tag -> this.tags.add(ProfileTag.of(TagKind.CAPABILITY, tag)));
		details.certifications().forEach(tag -> this.tags.add(ProfileTag.of(TagKind.CERTIFICATION, tag)));
		this.basicVisibility = details.visibilities().get(FieldGroup.BASIC);
		this.addressVisibility = details.visibilities().get(FieldGroup.ADDRESS);
		this.sizeVisibility = details.visibilities().get(FieldGroup.SIZE);
		this.portfolioVisibility = details.visibilities().get(FieldGroup.PORTFOLIO);
		this.combustionVisibility = details.visibilities().get(FieldGroup.COMBUSTION);
		this.capabilitiesVisibility = details.visibilities().get(FieldGroup.CAPABILITIES);
		this.contactVisibility = details.visibilities().get(FieldGroup.CONTACT);
		this.website = details.contact().website();
		this.phone = details.contact().phone();
		this.email = details.contact().email();
		this.contactPerson = details.contact().contactPerson();
		this.updatedAt = now;
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
	}

	ProfileDetails details() {
		return new ProfileDetails(name, legalForm, street, postcode, city, districtCode, employees, industryCode,
				position, productGroups.isEmpty() ? Set.of() : EnumSet.copyOf(productGroups), combustionShare,
				tags(TagKind.CAPABILITY), tags(TagKind.CERTIFICATION), description, visibilities(),
				new ContactDetails(website, phone, email, contactPerson));
	}

	Map<FieldGroup, Visibility> visibilities() {
		Map<FieldGroup, Visibility> visibilities = new EnumMap<>(FieldGroup.class);
		visibilities.put(FieldGroup.BASIC, basicVisibility);
		visibilities.put(FieldGroup.ADDRESS, addressVisibility);
		visibilities.put(FieldGroup.SIZE, sizeVisibility);
		visibilities.put(FieldGroup.PORTFOLIO, portfolioVisibility);
		visibilities.put(FieldGroup.COMBUSTION, combustionVisibility);
		visibilities.put(FieldGroup.CAPABILITIES, capabilitiesVisibility);
		visibilities.put(FieldGroup.CONTACT, contactVisibility);
		return visibilities;
	}

	List<String> tags(TagKind kind) {
		return tags.stream().filter(tag -> tag.kind() == kind).map(ProfileTag::label).toList();
	}

	/** Whether a company admin has entered the details (until then only the name is known). */
	boolean filledIn() {
		return legalForm != null;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	@Nullable String industryCode() {
		return industryCode;
	}

	@Nullable String districtCode() {
		return districtCode;
	}

	/** The company's own contact address, if its admin entered one (whoever may see it). */
	@Nullable String email() {
		return email;
	}

	long version() {
		return version;
	}

}
