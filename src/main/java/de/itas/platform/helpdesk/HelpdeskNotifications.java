package de.itas.platform.helpdesk;

import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.notifications.Delivery;
import de.itas.platform.shared.notifications.NotificationKind;
import de.itas.platform.shared.notifications.NotificationKinds;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.Audience;

/**
 * What the help desk tells people through the kernel's notifications (a visitor without an account is still
 * mailed directly). Each kind is mailed at once unless the person chooses otherwise.
 */
@Component
class HelpdeskNotifications implements NotificationKinds {

	/** The signed-in submitter's inquiry got its case number and team. */
	static final String INQUIRY_RECEIVED = "helpdesk.inquiry-received";

	/** An advisor wrote to the submitter. */
	static final String CASE_ANSWERED = "helpdesk.case-answered";

	/** An advisor sent the submitter a recommendation. */
	static final String RECOMMENDATION = "helpdesk.recommendation";

	/** An appointment was booked or cancelled (told to the person who booked and to the advisor). */
	static final String APPOINTMENT = "helpdesk.appointment";

	/**
	 * A new inquiry reached one of the advisor's teams, or the coordination's queue (only topic and district travel
	 * in the mail).
	 */
	static final String NEW_INQUIRY = "helpdesk.new-inquiry";

	@Override
	public List<NotificationKind> kinds() {
		return List.of(new NotificationKind(INQUIRY_RECEIVED, "helpdesk.notification.kind.inquiry-received"),
				new NotificationKind(CASE_ANSWERED, "helpdesk.notification.kind.case-answered"),
				new NotificationKind(RECOMMENDATION, "helpdesk.notification.kind.recommendation"),
				new NotificationKind(APPOINTMENT, "helpdesk.notification.kind.appointment"),
				new NotificationKind(NEW_INQUIRY, "helpdesk.notification.kind.new-inquiry", Delivery.IMMEDIATE,
						Audience.anyOf(Role.ADVISOR, Role.COORDINATOR)));
	}

}
