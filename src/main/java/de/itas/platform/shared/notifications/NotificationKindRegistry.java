package de.itas.platform.shared.notifications;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** All kinds the modules declared, in module order and each module's own order. */
@Component
class NotificationKindRegistry {

	private final Map<String, NotificationKind> kinds = new LinkedHashMap<>();

	NotificationKindRegistry(List<NotificationKinds> contributors) {
		contributors.stream()
			.flatMap(contributor -> contributor.kinds().stream())
			.sorted(Comparator.comparing(kind -> kind.id().substring(0, kind.id().indexOf('.'))))
			.forEach(kind -> {
				if (kinds.putIfAbsent(kind.id(), kind) != null) {
					throw new IllegalStateException("Notification kind declared twice: " + kind.id());
				}
			});
	}

	List<NotificationKind> all() {
		return List.copyOf(kinds.values());
	}

	Optional<NotificationKind> find(String id) {
		return Optional.ofNullable(kinds.get(id));
	}

	NotificationKind require(String id) {
		return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown notification kind " + id
				+ " (a module declares its kinds in a NotificationKinds bean)"));
	}

}
