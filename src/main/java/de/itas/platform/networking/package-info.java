/**
 * Networking among the network's members: the cooperation exchange (offers and requests of companies, partners and
 * research institutions, matching suggestions with their reasons, contact requests that reveal nothing personal
 * before the poster consents, outcomes counted as figures) and discussions in spaces with moderation that explains
 * itself (reports, statements of reasons sent to the author, one appeal decided by a second moderator, watched
 * words, muting, a log of every moderation action). The two parts meet in {@link
 * de.itas.platform.networking.Moderatable}: moderation acts on every kind of item that implements it.
 */
@NullMarked
@ApplicationModule(displayName = "Networking",
		allowedDependencies = { "shared :: web", "shared :: security", "shared :: privacy", "shared :: region",
				"shared :: mail", "shared :: search", "shared :: notifications", "shared :: figures",
				"shared :: disclosure", "region :: api", "accounts :: api", "directory :: api" })
package de.itas.platform.networking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
