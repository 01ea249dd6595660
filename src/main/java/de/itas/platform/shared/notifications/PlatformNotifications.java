package de.itas.platform.shared.notifications;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores notifications in the caller's transaction and hands their mails to the mailer, which delivers them
 * after that transaction commits (and not at all when it rolls back).
 */
@Service
class PlatformNotifications implements Notifications {

	private final NotificationKindRegistry kinds;
	private final NotificationStore store;
	private final NotificationMails mails;
	private final Clock clock;

	PlatformNotifications(NotificationKindRegistry kinds, NotificationStore store, NotificationMails mails, Clock clock) {
		this.kinds = kinds;
		this.store = store;
		this.mails = mails;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void notify(Notification notification) {
		NotificationKind kind = kinds.require(notification.kind());
		Delivery delivery = store.preferences(notification.person()).getOrDefault(kind.id(), kind.defaultDelivery());
		long id = store.insert(notification, delivery, clock.instant());
		if (delivery.digest() && notification.mail() != null) {
			// a calendar invitation still belongs in the digest that tells of the appointment
			store.addAttachments(id, notification.mail().attachments());
		}
		if (delivery == Delivery.IMMEDIATE) {
			mails.sendAfterCommit(notification);
		}
	}

}
