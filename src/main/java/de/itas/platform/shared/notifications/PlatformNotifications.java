package de.itas.platform.shared.notifications;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores notifications in the caller's transaction and mails them after it commits. */
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
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					mails.sendNow(notification);
				}
			});
		}
	}

}
