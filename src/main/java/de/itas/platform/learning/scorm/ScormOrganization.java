package de.itas.platform.learning.scorm;

import java.util.List;

/** An organisation: one table of contents over the package's resources. */
public record ScormOrganization(String identifier, String title, List<ScormItem> items) {

	public ScormOrganization {
		items = List.copyOf(items);
	}

	/** Every item, depth first in document order. */
	public List<ScormItem> allItems() {
		return items.stream().flatMap(item -> item.flatten().stream()).toList();
	}

}
