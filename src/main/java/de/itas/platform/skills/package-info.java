/**
 * Skills and pathways ("Mein Weg"): the ESCO-format taxonomy of occupations and skills with its importer,
 * the occupation finder, the ranking of occupations within reach of a person's or a team's skills, and
 * the goals people save.
 */
@NullMarked
@ApplicationModule(displayName = "Skills",
		allowedDependencies = { "shared :: web", "shared :: security", "shared :: privacy", "shared :: search",
				"shared :: skills" })
package de.itas.platform.skills;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
