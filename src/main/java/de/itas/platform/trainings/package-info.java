/**
 * The training catalogue: offers of training providers with their runs (Termine), the public search with
 * facets, registrations with capacity and waiting list, the CSV import of offers and recommendations of
 * offers that teach what a person or a company is missing.
 */
@NullMarked
@ApplicationModule(displayName = "Trainings",
		allowedDependencies = { "shared :: web", "shared :: loaddata", "shared :: security", "shared :: mail", "shared :: privacy",
				"shared :: figures", "shared :: search", "shared :: notifications", "shared :: region", "region :: api",
				"accounts :: api", "skills :: api", "funding :: api", "directory :: api", "assessment :: api" })
package de.itas.platform.trainings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
