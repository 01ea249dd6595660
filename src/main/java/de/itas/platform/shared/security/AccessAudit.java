package de.itas.platform.shared.security;

import java.util.UUID;

/**
 * Records every access by staff to another person's personal data (implemented by the accounts module,
 * which keeps the audit log). Accessing one's own data is not recorded.
 */
public interface AccessAudit {

	/**
	 * The signed-in person opened personal data of the person with this account id.
	 *
	 * @param whatKey message key describing the access, shown with {@code detail} as its argument
	 * @param detail what exactly was opened (e.g. a case number), may be empty
	 */
	void personalDataViewed(UUID subject, String whatKey, String detail);

	/** The signed-in person opened personal data of whoever owns this e-mail address (if anybody). */
	void personalDataViewedByEmail(String subjectEmail, String whatKey, String detail);

}
