/**
 * The regional help desks' advisory work: inquiries (Anliegen) with routing to partner teams, case work
 * with a workflow, deadlines and history, appointment slots with iCalendar invitations, recommendations
 * to the submitter, and the figures governance reports on.
 */
@NullMarked
@ApplicationModule(displayName = "Helpdesk",
		allowedDependencies = { "shared :: web", "shared :: loaddata", "shared :: security", "shared :: mail", "shared :: privacy",
				"shared :: figures", "shared :: notifications", "shared :: region", "region :: api", "accounts :: api",
				"directory :: api", "funding :: api", "trainings :: api", "shared :: search", "shared :: storage" })
package de.itas.platform.helpdesk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
