package de.itas.platform.directory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The editable details of a company profile as a company admin enters them. Components are nullable
 * because this is also what an unfilled profile looks like and what a form hands over before it is
 * checked; {@link CompanyProfiles#change} accepts it only when {@link ProfileRules} find no problem.
 */
public record ProfileDetails(@Nullable String name, @Nullable LegalForm legalForm, @Nullable String street,
		@Nullable String postcode, @Nullable String city, @Nullable String districtCode, @Nullable Integer employees,
		@Nullable String industryCode, @Nullable ValueChainPosition position, Set<ProductGroup> productGroups,
		@Nullable Integer combustionShare, List<String> capabilities, List<String> certifications,
		@Nullable String description, Map<FieldGroup, Visibility> visibilities, ContactDetails contact) {

	public ProfileDetails {
		contact = contact == null ? ContactDetails.NONE : contact;
		productGroups = Set.copyOf(productGroups);
		capabilities = List.copyOf(capabilities);
		certifications = List.copyOf(certifications);
		visibilities = Map.copyOf(visibilities);
	}

	/** Details without contact details. */
	public ProfileDetails(@Nullable String name, @Nullable LegalForm legalForm, @Nullable String street,
			@Nullable String postcode, @Nullable String city, @Nullable String districtCode, @Nullable Integer employees,
			@Nullable String industryCode, @Nullable ValueChainPosition position, Set<ProductGroup> productGroups,
			@Nullable Integer combustionShare, List<String> capabilities, List<String> certifications,
			@Nullable String description, Map<FieldGroup, Visibility> visibilities) {
		this(name, legalForm, street, postcode, city, districtCode, employees, industryCode, position, productGroups,
				combustionShare, capabilities, certifications, description, visibilities, ContactDetails.NONE);
	}

	/** The same details with these contact details. */
	public ProfileDetails withContact(ContactDetails contact) {
		return new ProfileDetails(name, legalForm, street, postcode, city, districtCode, employees, industryCode,
				position, productGroups, combustionShare, capabilities, certifications, description, visibilities,
				contact);
	}

	/** The visibility of every group before a company chose: network members, the combustion share for advisors. */
	public static Map<FieldGroup, Visibility> defaultVisibilities() {
		Map<FieldGroup, Visibility> defaults = new EnumMap<>(FieldGroup.class);
		for (FieldGroup group : FieldGroup.values()) {
			defaults.put(group, group == FieldGroup.COMBUSTION ? Visibility.ADVISORS : Visibility.NETWORK);
		}
		return defaults;
	}

	public @Nullable Visibility visibility(FieldGroup group) {
		return visibilities.get(group);
	}

}
