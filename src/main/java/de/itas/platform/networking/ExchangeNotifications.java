package de.itas.platform.networking;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.notifications.Delivery;
import de.itas.platform.shared.notifications.NotificationKind;
import de.itas.platform.shared.notifications.NotificationKinds;
import de.itas.platform.shared.web.Audience;

/** What the cooperation exchange tells posters and requesters through the kernel's notifications. */
@Component
class ExchangeNotifications implements NotificationKinds {

	/** A post has new matching suggestions (one notification per post and digest run; mailed daily by default). */
	static final String NEW_MATCH = "networking.new-match";

	/** Somebody asked for contact to a post. */
	static final String CONTACT_REQUEST = "networking.contact-request";

	/** The poster accepted or declined a person's contact request. */
	static final String CONTACT_ANSWERED = "networking.contact-answered";

	@Override
	public List<NotificationKind> kinds() {
		return List.of(
				new NotificationKind(NEW_MATCH, "networking.exchange.notification.kind.new-match", Delivery.DAILY,
						Audience.signedIn()),
				new NotificationKind(CONTACT_REQUEST, "networking.exchange.notification.kind.contact-request"),
				new NotificationKind(CONTACT_ANSWERED, "networking.exchange.notification.kind.contact-answered"));
	}

}
