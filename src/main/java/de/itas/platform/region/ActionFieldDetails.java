package de.itas.platform.region;

import java.util.List;

/** The editable details of an action field. */
public record ActionFieldDetails(LocalizedText name, LocalizedText description, String leadPartnerCode,
		List<LocalizedText> goals) {
}
