package de.itas.platform.networking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.directory.ProductGroup;

/** A stored offer or request, with everything about it (pages decide what a reader sees). */
public record ExchangePost(UUID id, UUID organisationId, String organisationName, @Nullable UUID authorId, PostKind kind,
		PostDirection direction, String title, String description, List<String> capabilities,
		Set<ProductGroup> productGroups, List<String> industryCodes, List<String> districts, @Nullable String actionField,
		LocalDate validUntil, NameVisibility nameVisibility, @Nullable Instant withdrawnAt, boolean hidden, long version,
		Instant createdAt, Instant updatedAt) {

	public PostStatus status(LocalDate today) {
		if (withdrawnAt != null) {
			return PostStatus.WITHDRAWN;
		}
		return validUntil.isBefore(today) ? PostStatus.EXPIRED : PostStatus.ACTIVE;
	}

	/** Whether the post takes part in search, listing, matching, digests and the API. */
	public boolean current(LocalDate today) {
		return !hidden && status(today) == PostStatus.ACTIVE;
	}

	public String mainDistrict() {
		return districts.get(0);
	}

	public Matching.Candidate candidate() {
		return new Matching.Candidate(id, organisationId, kind, direction, capabilities, productGroups, industryCodes,
				districts, validUntil, !hidden && withdrawnAt == null);
	}

	public PostDraft draft() {
		return new PostDraft(organisationId, kind, direction, title, description, capabilities, productGroups,
				industryCodes, districts, actionField, validUntil, nameVisibility);
	}

}
