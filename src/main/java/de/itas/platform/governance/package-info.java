/**
 * The network's governance: the charter in versions and sections with a stable identity across versions,
 * its consultation (comments, change proposals and their support), the future forums with their inputs and
 * topics, the coordination's decisions with reasons, and the provenance that links every contribution to the
 * sections it changed.
 */
@NullMarked
@ApplicationModule(displayName = "Governance",
		allowedDependencies = { "shared :: web", "shared :: loaddata", "shared :: security", "shared :: privacy", "shared :: region",
				"shared :: notifications", "shared :: mail", "shared :: search", "shared :: figures", "shared :: disclosure", "region :: api", "accounts :: api", "surveys :: api" })
package de.itas.platform.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
