package de.itas.platform.networking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.directory.ProductGroup;

/**
 * A post as one reader may see it.
 *
 * @param organisationName the posting organisation, absent when it is named to signed-in members only and the
 *     reader is a visitor (pages then read a company from {@code mainDistrictName})
 * @param own whether the reader belongs to the posting organisation
 * @param mayRequest whether the reader may send a contact request (signed in, of another organisation, none sent)
 * @param requested whether the reader's organisation has sent a request already
 */
public record PostView(UUID id, PostKind kind, PostDirection direction, String title, String description,
		String descriptionHtml, List<String> capabilities, Set<ProductGroup> productGroups, List<String> industryLabels,
		List<String> districtNames, String mainDistrictName, @Nullable String actionFieldCode, LocalDate validUntil,
		PostStatus status, boolean hidden, @Nullable String organisationName, boolean own, boolean mayRequest,
		boolean requested, long version) {

	/** The product groups in a stable order for pages. */
	public List<ProductGroup> productGroupList() {
		return productGroups.stream().sorted().toList();
	}

}
