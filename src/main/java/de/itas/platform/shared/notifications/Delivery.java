package de.itas.platform.shared.notifications;

import java.util.Locale;

/**
 * How a person wants to hear of a kind of notification by e-mail. The list on the platform shows every
 * notification whatever the choice.
 */
public enum Delivery {

	/** One mail per notification, right after it happened. */
	IMMEDIATE,
	/** One mail a day listing what happened. */
	DAILY,
	/** One mail a week listing what happened. */
	WEEKLY,
	/** No mail. */
	OFF;

	public String messageKey() {
		return "notifications.delivery." + name().toLowerCase(Locale.ROOT);
	}

	/** Whether notifications with this delivery wait for a digest mail. */
	public boolean digest() {
		return this == DAILY || this == WEEKLY;
	}

}
