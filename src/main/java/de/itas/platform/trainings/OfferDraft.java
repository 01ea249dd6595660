package de.itas.platform.trainings;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An offer as its provider enters it (form, CSV row); checked by the offer rules before it is saved. */
public record OfferDraft(String title, String summary, String description, @Nullable Format format,
		String targetGroups, String language, @Nullable BigDecimal durationHours, @Nullable BigDecimal price,
		boolean providerAzav, boolean courseAzav, List<String> skillUris, List<String> occupationUris,
		@Nullable String actionFieldCode, String contactName, String contactEmail, String contactPhone) {

	public OfferDraft {
		skillUris = List.copyOf(skillUris);
		occupationUris = List.copyOf(occupationUris);
	}

}
