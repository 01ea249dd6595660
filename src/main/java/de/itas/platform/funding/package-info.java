/**
 * Funding programmes for further training and the calculator that tells a company or an employee which
 * programme pays what for a given course: the programmes and their rules are data with validity periods
 * ({@code funding/programmes.json}), interpreted by a small rule engine.
 */
@NullMarked
@ApplicationModule(displayName = "Funding",
		allowedDependencies = { "shared :: web", "shared :: security" })
package de.itas.platform.funding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
