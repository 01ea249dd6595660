package de.itas.platform.networking;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.notifications.NotificationKind;
import de.itas.platform.shared.notifications.NotificationKinds;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;
import de.itas.platform.shared.notifications.Delivery;

/** What the discussions and their moderation tell people. No notification ever carries a post's text. */
@Component
class DiscussionsNotifications implements NotificationKinds {

	/** Somebody mentioned the person in a post. */
	static final String MENTION = "networking.mention";

	/** A new post in a thread or space the person follows. */
	static final String REPLY = "networking.reply";

	/** A member or a watched word reported an item (to moderators). */
	static final String REPORT_RECEIVED = "networking.report-received";

	/** A moderator decided on the person's item or appeal, or on their report. */
	static final String DECISION = "networking.moderation-decision";

	@Override
	public List<NotificationKind> kinds() {
		return List.of(new NotificationKind(MENTION, "networking.discussions.notification.kind.mention"),
				new NotificationKind(REPLY, "networking.discussions.notification.kind.reply", Delivery.DAILY, Audience.signedIn()),
				new NotificationKind(REPORT_RECEIVED, "networking.discussions.notification.kind.report-received", Delivery.IMMEDIATE,
						Audience.anyOf(Role.COORDINATOR, Role.ADMIN)),
				new NotificationKind(DECISION, "networking.discussions.notification.kind.moderation-decision"));
	}

}
