/**
 * The regional help desks' advisory work: inquiries (Anliegen) with routing to partner teams, case work
 * with a workflow, deadlines and history, appointment slots with iCalendar invitations, recommendations
 * to the submitter, and the figures governance reports on.
 */
@NullMarked
@ApplicationModule(displayName = "Helpdesk",
		allowedDependencies = { "shared :: web", "shared :: security", "shared :: region", "shared :: mail",
				"shared :: privacy", "region", "accounts", "directory", "funding", "trainings" })
package de.itas.platform.helpdesk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
