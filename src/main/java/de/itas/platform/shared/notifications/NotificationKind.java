package de.itas.platform.shared.notifications;

import java.util.regex.Pattern;

import de.itas.platform.shared.web.Audience;

/**
 * A kind of notification a module sends, e.g. "helpdesk.case-answered". People choose per kind how they are
 * told by mail; the settings page lists the kinds meant for them.
 *
 * @param id {@code <module>.<what>}, lower case
 * @param labelKey message key of the kind's name on the settings page and in mail footers
 * @param defaultDelivery what applies until the person chooses
 * @param audience who can receive it (and so sees it on the settings page)
 */
public record NotificationKind(String id, String labelKey, Delivery defaultDelivery, Audience audience) {

	private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9-]+");

	public NotificationKind {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("A notification kind is named <module>.<what>: " + id);
		}
	}

	/** A kind every signed-in person may receive, mailed at once unless they choose otherwise. */
	public NotificationKind(String id, String labelKey) {
		this(id, labelKey, Delivery.IMMEDIATE, Audience.signedIn());
	}

}
