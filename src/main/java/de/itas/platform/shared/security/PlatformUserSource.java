package de.itas.platform.shared.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Gives the current state of a signed-in person (implemented by the accounts module), so that a changed
 * role, a disabled or a deleted account takes effect at the person's next request.
 */
public interface PlatformUserSource {

	/** The person's current state without credentials, or empty when the account no longer exists. */
	Optional<PlatformUser> reload(UUID id);

}
