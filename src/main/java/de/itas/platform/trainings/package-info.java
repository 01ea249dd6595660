/**
 * The training catalogue: offers of training providers with their runs (Termine), the public search with
 * facets, registrations with capacity and waiting list, the CSV import of offers and recommendations of
 * offers that teach what a person or a company is missing.
 */
@NullMarked
@ApplicationModule(displayName = "Trainings",
		allowedDependencies = { "shared :: web", "shared :: security", "shared :: region", "shared :: mail",
				"shared :: privacy", "region", "accounts", "skills", "funding", "directory", "assessment" })
package de.itas.platform.trainings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
