package de.itas.platform.shared.notifications;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds a person's address, name and language for notification mails. Implemented by the module that keeps
 * the accounts, so that the kernel knows no module.
 */
public interface Recipients {

	/** The person, or nothing when there is no (longer an) account to write to. */
	Optional<Recipient> recipient(UUID person);

}
