/**
 * The Transformationscheck and qualification needs of companies: the versioned questionnaire, checks with
 * their scores, regional comparison and PDF report, the needs companies record, and the region-wide needs
 * map and aggregates that never reveal a single company.
 */
@NullMarked
@ApplicationModule(displayName = "Assessment",
		allowedDependencies = { "shared :: web", "shared :: loaddata", "shared :: security", "shared :: privacy", "shared :: figures",
				"shared :: disclosure", "shared :: region", "shared :: mail", "region :: api", "accounts :: api",
				"directory :: api", "skills :: api", "shared :: search", "shared :: cache" })
package de.itas.platform.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
