/**
 * The region the platform serves, as data: districts, consortium partners, action fields with their
 * lead partners and goals, and help-desk locations. Loaded on first start from
 * {@code region/<name>/*.json}, so another network swaps files, not code; editable by admins.
 */
@NullMarked
@ApplicationModule(displayName = "Region",
		allowedDependencies = { "shared :: web", "shared :: security", "shared :: region", "shared :: search",
				"shared :: cache" })
package de.itas.platform.region;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
