/**
 * The company directory: company profiles (Unternehmensprofile) of the region's companies with a
 * visibility setting per field group, the WZ 2008 industry codes with their importer for the official
 * XÖV genericode list, and the public directory with search and filters.
 */
@NullMarked
@ApplicationModule(displayName = "Directory",
		allowedDependencies = { "shared :: web", "shared :: security", "shared :: figures", "shared :: search",
				"shared :: region", "region :: api", "accounts :: api" })
package de.itas.platform.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
