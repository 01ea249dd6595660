package de.itas.platform.shared.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/** A person's notifications and their choices of how to be told, for the export and the deletion. */
@Component
class NotificationsPersonalData implements PersonalData {

	private final NotificationStore store;
	private final NotificationMails mails;

	NotificationsPersonalData(NotificationStore store, NotificationMails mails) {
		this.store = store;
		this.mails = mails;
	}

	@Override
	public String module() {
		return "notifications";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		List<Map<String, Object>> notifications = store.all(person).stream().map(row -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("kind", row.kind());
			entry.put("title", mails.title(row.titleKey(), row.titleArgs(), Locale.GERMAN));
			entry.put("link", row.link());
			entry.put("createdAt", row.createdAt().toString());
			entry.put("readAt", row.readAt() == null ? "" : row.readAt().toString());
			entry.put("delivery", row.delivery().name());
			entry.put("digestedAt", row.digestedAt() == null ? "" : row.digestedAt().toString());
			return entry;
		}).toList();
		data.put("notifications", notifications);
		Map<String, Object> preferences = new LinkedHashMap<>();
		store.preferences(person).entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(preference -> preferences.put(preference.getKey(), preference.getValue().name()));
		data.put("preferences", preferences);
		return data;
	}

	@Override
	public void erase(UUID person) {
		store.erase(person);
	}

}
