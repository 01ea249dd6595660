package de.itas.platform.helpdesk;

import org.jspecify.annotations.Nullable;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** iCalendar (RFC 5545) invitations and cancellations for booked appointments, built with ical4j. */
final class Invitations {

	private Invitations() {
	}

	/**
	 * @param cancelled a cancellation (METHOD:CANCEL, STATUS:CANCELLED) instead of a request
	 */
	static String ics(SlotRepository.SlotRow slot, String summary, @Nullable String location, String description,
			String organizerEmail, @Nullable String attendeeEmail, boolean cancelled) {
		VEvent event = new VEvent(slot.summary().startsAt(), slot.summary().endsAt(), summary);
		event.add(new Uid(slot.uid()));
		event.add(new Sequence(slot.sequence()));
		event.add(new Description(description));
		if (location != null) {
			event.add(new Location(location));
		}
		event.add(new Organizer("mailto:" + organizerEmail));
		if (attendeeEmail != null) {
			event.add(new Attendee("mailto:" + attendeeEmail));
		}
		if (cancelled) {
			event.add(new Status(ImmutableStatus.VEVENT_CANCELLED.getValue()));
		}
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//ITAS-Plattform//Helpdesk//DE"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		calendar.add(event);
		return calendar.toString();
	}

}
