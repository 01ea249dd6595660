package de.itas.platform.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import de.itas.platform.region.Address;
import org.springframework.modulith.NamedInterface;

/**
 * A company profile as one reader may see it: the groups hidden from them are absent ({@code null}), so
 * pages and the API cannot show what the reader must not see. The basic group is always present (a
 * company whose basic group is hidden from the reader is not shown at all).
 *
 * @param filledIn whether the company admin has entered the details (otherwise only name and, if known,
 *     district are set)
 * @param visibilities the company's visibility settings, only for its own members and platform admins
 * @param editable whether the reader may change the profile
 * @param restricted whether some groups are hidden from the reader
 * @param contact the contact group (website, phone, e-mail, contact person) if the reader may see it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@NamedInterface("api")
public record CompanyView(UUID id, String name, boolean filledIn, @Nullable LegalForm legalForm,
		@Nullable String districtCode, @Nullable String districtName, @Nullable IndustryCode industry,
		@Nullable String description, @Nullable Address address, @Nullable Integer employees,
		@Nullable SizeClass sizeClass, @Nullable ValueChainPosition position, @Nullable Set<ProductGroup> productGroups,
		@Nullable Integer combustionShare, @Nullable List<String> capabilities, @Nullable List<String> certifications,
		@Nullable Map<FieldGroup, Visibility> visibilities, boolean editable, boolean restricted,
		@Nullable ContactDetails contact) {

	/** The visibility of a group by its name, for those who may see the settings. */
	public @Nullable Visibility visibilityOf(String group) {
		return visibilities == null ? null : visibilities.get(FieldGroup.valueOf(group));
	}

}
