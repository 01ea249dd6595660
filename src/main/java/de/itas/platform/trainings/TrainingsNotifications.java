package de.itas.platform.trainings;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.notifications.Delivery;
import de.itas.platform.shared.notifications.NotificationKind;
import de.itas.platform.shared.notifications.NotificationKinds;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;

/** What the training catalogue tells participants through the kernel's notifications. */
@Component
class TrainingsNotifications implements NotificationKinds {

	/** A registration was confirmed, put on the waiting list, or moved up from it. */
	static final String REGISTRATION = "trainings.registration";

	/** The provider cancelled a registration or the whole run. */
	static final String CANCELLATION = "trainings.cancellation";

	/** What became of a registration the company admin made for somebody else (also invitations). */
	static final String COMPANY = "trainings.company";

	/** A provider's staff: a participant registered for or cancelled a run of the provider. */
	static final String PROVIDER = "trainings.provider";

	@Override
	public List<NotificationKind> kinds() {
		return List.of(new NotificationKind(REGISTRATION, "trainings.notification.kind.registration"),
				new NotificationKind(CANCELLATION, "trainings.notification.kind.cancellation"),
				new NotificationKind(COMPANY, "trainings.notification.kind.company", Delivery.IMMEDIATE,
						Audience.anyOf(Role.COMPANY_ADMIN)),
				new NotificationKind(PROVIDER, "trainings.notification.kind.provider", Delivery.IMMEDIATE,
						Audience.anyOf(Role.PROVIDER)));
	}

}
