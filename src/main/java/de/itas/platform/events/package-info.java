/**
 * Events: future forums, congresses, workshops, webinars, consultation days and network meetings, on site,
 * online or both. A public calendar with filters and an iCalendar feed; registration with separate on-site
 * and online places, organiser's questions, a waiting list that moves up by time-limited offers, group
 * registration by company admins; check-in by QR code; attendance lists and certificates; documentation,
 * feedback survey and the forum inputs after the event.
 */
@NullMarked
@ApplicationModule(displayName = "Events",
		allowedDependencies = { "shared :: web", "shared :: loaddata", "shared :: security", "shared :: privacy", "shared :: notifications",
				"shared :: mail", "shared :: search", "shared :: figures", "shared :: region", "region :: api", "accounts :: api",
				"surveys :: api", "governance :: api", "shared :: storage" })
package de.itas.platform.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
