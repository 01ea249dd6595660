/**
 * Surveys: questionnaires in revisions (sections, questions of nine kinds, conditions), answered page by
 * page and resumable, anonymous where promised; results per option with the shared small-number rule under
 * every filter; exports; and an API through which other modules attach a survey to their own things and
 * read its aggregated results.
 */
@NullMarked
@ApplicationModule(displayName = "Surveys",
		allowedDependencies = { "shared :: web", "shared :: security", "shared :: privacy", "shared :: disclosure",
				"shared :: notifications", "shared :: mail", "shared :: search", "shared :: figures", "region :: api",
				"accounts :: api" })
package de.itas.platform.surveys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
