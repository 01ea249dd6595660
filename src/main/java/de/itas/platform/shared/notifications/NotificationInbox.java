package de.itas.platform.shared.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own notifications: the unread count for the header, the list page by page, marking as read. */
@Service
@Transactional(readOnly = true)
public class NotificationInbox {

	public static final int PAGE_SIZE = 20;

	private final NotificationStore store;
	private final NotificationMails mails;
	private final Clock clock;

	NotificationInbox(NotificationStore store, NotificationMails mails, Clock clock) {
		this.store = store;
		this.mails = mails;
		this.clock = clock;
	}

	/** One page of a person's notifications, newest first. */
	public record InboxPage(List<NotificationView> items, int page, boolean hasNext, int unread) {
	}

	public int unread(UUID person) {
		return store.unread(person);
	}

	public InboxPage page(UUID person, int page, Locale locale) {
		int current = Math.max(0, page);
		List<NotificationStore.Row> rows = store.page(person, current * PAGE_SIZE, PAGE_SIZE + 1);
		List<NotificationView> items = rows.stream()
			.limit(PAGE_SIZE)
			.map(row -> new NotificationView(row.id(), mails.title(row.titleKey(), row.titleArgs(), locale), row.link(),
					row.createdAt(), row.readAt() != null))
			.toList();
		return new InboxPage(items, current, rows.size() > PAGE_SIZE, store.unread(person));
	}

	/** Marks one of the person's notifications read; false when the person has no such notification. */
	@Transactional
	public boolean markRead(UUID person, long id) {
		return store.markRead(person, id, clock.instant());
	}

	@Transactional
	public int markAllRead(UUID person) {
		return store.markAllRead(person, clock.instant());
	}

}
