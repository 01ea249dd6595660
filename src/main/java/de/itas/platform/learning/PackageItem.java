package de.itas.platform.learning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An entry of a stored package's table of contents, taken from the manifest's default organisation at import so
 * that a launch needs no second parse.
 *
 * @param launchUrl the path to launch, relative to the package root (with the item's parameters), null for a pure
 *     aggregation
 * @param sco the launched resource talks to the run-time API (an asset does not)
 */
public record PackageItem(String id, String title, @Nullable String launchUrl, boolean sco, boolean visible,
		@Nullable BigDecimal masteryScore, @Nullable String maxTimeAllowed, @Nullable String timeLimitAction,
		@Nullable String launchData, @Nullable String prerequisites, List<PackageItem> children) {

	public PackageItem {
		children = children == null ? List.of() : List.copyOf(children);
	}

	public boolean launchable() {
		return launchUrl != null;
	}

	/** This item and all below it, depth first (the order of the table of contents). */
	public List<PackageItem> flatten() {
		List<PackageItem> all = new ArrayList<>();
		all.add(this);
		children.forEach(child -> all.addAll(child.flatten()));
		return all;
	}

}
