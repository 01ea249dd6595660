/**
 * The public portal: news with a four-eyes workflow and feeds, the newsletter with double opt-in, and the pages
 * for everyone (easy language, sign language, the accessibility statement with a barrier report, sitemap,
 * robots, the API documentation). The start page itself is the shell's; modules add their sections to it
 * through the kernel's {@code StartPageSection}.
 */
@NullMarked
@ApplicationModule(displayName = "Portal",
		allowedDependencies = { "shared :: web", "shared :: security", "shared :: privacy", "shared :: region",
				"shared :: mail", "shared :: search", "shared :: notifications", "region :: api", "accounts :: api",
				"events :: api", "governance :: api", "helpdesk :: api", "shared :: storage" })
package de.itas.platform.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
