package de.itas.platform.learning;

import java.util.List;
import java.util.Optional;

/** The table of contents of a stored package: the default organisation's title and its item tree. */
public record PackageStructure(String organisationTitle, List<PackageItem> items) {

	public PackageStructure {
		items = List.copyOf(items);
	}

	/** The items that launch something, in the order a learner meets them. */
	public List<PackageItem> launchable() {
		return items.stream().flatMap(item -> item.flatten().stream()).filter(PackageItem::launchable).toList();
	}

	public Optional<PackageItem> item(String id) {
		return launchable().stream().filter(item -> item.id().equals(id)).findFirst();
	}

}
