/**
 * Learning: the content library, the platform's own courses with certificates and the SCORM 1.2 import and player
 * (issue 20). The module is being built in steps; so far it holds only its SCORM 1.2 core in {@code scorm}: the
 * manifest parser that refuses broken packages with a reason, the safe unpacking of uploaded zips and the runtime
 * data model with the API's error semantics. That core is plain Java without Spring, database or web, so the later
 * import, persistence and player can wire it as they need.
 */
@NullMarked
@ApplicationModule(displayName = "Learning",
		allowedDependencies = { "shared :: web", "shared :: security", "shared :: privacy", "shared :: region",
				"shared :: mail", "shared :: search", "shared :: notifications", "shared :: figures",
				"shared :: disclosure", "shared :: skills", "region :: api", "accounts :: api", "skills :: api",
				"shared :: storage" })
package de.itas.platform.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
