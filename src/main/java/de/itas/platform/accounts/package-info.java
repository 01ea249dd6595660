/**
 * People and their accounts: sign-in identities, roles and (in later steps) organisations, memberships
 * and privacy. Provides the {@link org.springframework.security.core.userdetails.UserDetailsService} the
 * security baseline authenticates against.
 */
@NullMarked
@ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "shared :: web", "shared :: loaddata", "shared :: security", "shared :: mail", "shared :: privacy",
				"shared :: notifications", "shared :: region", "region :: api" })
package de.itas.platform.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
