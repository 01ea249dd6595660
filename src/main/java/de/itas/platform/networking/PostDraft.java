package de.itas.platform.networking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.directory.ProductGroup;

/**
 * An offer or request as its author enters it; checked as a whole by {@link ExchangeRules}.
 *
 * @param organisationId the organisation it is posted for (one the author belongs to)
 * @param capabilities capability and technology tags, normalised as on the company profile
 * @param industryCodes WZ 2008 subclasses
 * @param districts district codes of the region, the first is the post's main district
 * @param actionField the region's action field it belongs to, if any
 */
public record PostDraft(@Nullable UUID organisationId, @Nullable PostKind kind, @Nullable PostDirection direction, String title,
		String description, List<String> capabilities, Set<ProductGroup> productGroups, List<String> industryCodes,
		List<String> districts, @Nullable String actionField, @Nullable LocalDate validUntil,
		@Nullable NameVisibility nameVisibility) {

	public PostDraft {
		capabilities = List.copyOf(capabilities);
		productGroups = Set.copyOf(productGroups);
		industryCodes = List.copyOf(industryCodes);
		districts = List.copyOf(districts);
		actionField = actionField == null || actionField.isBlank() ? null : actionField;
	}

}
