package de.itas.platform.trainings;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.notifications.NotificationKind;
import de.itas.platform.shared.notifications.NotificationKinds;

/** What the training catalogue tells participants through the kernel's notifications. */
@Component
class TrainingsNotifications implements NotificationKinds {

	/** A registration was confirmed, put on the waiting list, or moved up from it. */
	static final String REGISTRATION = "trainings.registration";

	/** The provider cancelled a registration or the whole run. */
	static final String CANCELLATION = "trainings.cancellation";

	@Override
	public List<NotificationKind> kinds() {
		return List.of(new NotificationKind(REGISTRATION, "trainings.notification.kind.registration"),
				new NotificationKind(CANCELLATION, "trainings.notification.kind.cancellation"));
	}

}
