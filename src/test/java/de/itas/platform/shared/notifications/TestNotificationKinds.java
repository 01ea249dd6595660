package de.itas.platform.shared.notifications;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;

/** Kinds of notification that only the tests send, so that the kernel is tested without a business module. */
@Component
public class TestNotificationKinds implements NotificationKinds {

	public static final String ALPHA = "testing.alpha";
	public static final String BETA = "testing.beta";
	public static final String STAFF = "testing.staff";

	@Override
	public List<NotificationKind> kinds() {
		return List.of(new NotificationKind(ALPHA, "testing.notification.kind.alpha"),
				new NotificationKind(BETA, "testing.notification.kind.beta", Delivery.WEEKLY, Audience.signedIn()),
				new NotificationKind(STAFF, "testing.notification.kind.staff", Delivery.IMMEDIATE,
						Audience.anyOf(Role.ADVISOR)));
	}

}
