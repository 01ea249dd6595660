/**
 * The company directory: company profiles (Unternehmensprofile) of the region's companies with a
 * visibility setting per field group, the WZ 2008 industry codes with their importer for the official
 * XÖV genericode list, the public directory with search and filters, and contact requests to companies
 * ({@link de.itas.platform.directory.CompanyContact}: a mail to the company without the sender's address until
 * the company answers on the platform; other modules contact a company through it, with a context).
 */
@NullMarked
@ApplicationModule(displayName = "Directory",
		allowedDependencies = { "shared :: web", "shared :: loaddata", "shared :: security", "shared :: figures", "shared :: search",
				"shared :: region", "shared :: mail", "shared :: privacy", "shared :: notifications", "region :: api",
				"accounts :: api" })
package de.itas.platform.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
