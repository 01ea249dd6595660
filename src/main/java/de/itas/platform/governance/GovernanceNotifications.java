package de.itas.platform.governance;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.notifications.NotificationKind;
import de.itas.platform.shared.notifications.NotificationKinds;

/** What the governance module tells contributors through the kernel's notifications. */
@Component
class GovernanceNotifications implements NotificationKinds {

	/** The coordination decided on a person's proposal or forum input. */
	static final String DECISION = "governance.decision";

	/** Somebody replied to a person's comment or proposal. */
	static final String REPLY = "governance.reply";

	@Override
	public List<NotificationKind> kinds() {
		return List.of(new NotificationKind(DECISION, "governance.notification.kind.decision"),
				new NotificationKind(REPLY, "governance.notification.kind.reply"));
	}

}
