package de.itas.platform.events;

import java.net.URI;
import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.mail.Mailer;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Events as iCalendar (RFC 5545): one event (the page's and the mails' {@code .ics}) or a feed of many. The
 * online join link goes into RFC 7986 {@code CONFERENCE} only for a registered participant's file, never into
 * a public one.
 */
@Component
public class EventCalendar {

	/** The media type of iCalendar files. */
	public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private final Mailer mailer;

	EventCalendar(Mailer mailer) {
		this.mailer = mailer;
	}

	/**
	 * One event as a calendar file.
	 *
	 * @param withJoinLink whether the file is for a registered participant (then it carries the join link)
	 */
	public String event(EventView event, boolean withJoinLink) {
		Calendar calendar = calendar();
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(vevent(event, withJoinLink));
		return calendar.toString();
	}

	/** A feed of public events (never with join links). */
	public String feed(List<EventView> events) {
		Calendar calendar = calendar();
		calendar.add(ImmutableMethod.PUBLISH);
		events.forEach(event -> calendar.add(vevent(event, false)));
		return calendar.toString();
	}

	private static Calendar calendar() {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//ITAS-Plattform//Veranstaltungen//DE"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		return calendar;
	}

	private VEvent vevent(EventView event, boolean withJoinLink) {
		VEvent vevent = new VEvent(event.startsAt(), event.endsAt(), event.title());
		vevent.add(new Uid(event.id() + "@itas-plattform"));
		vevent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, event.version())));
		String page = mailer.baseUrl() + Events.path(event);
		vevent.add(new Url(URI.create(page)));
		String description = event.summary().isBlank() ? page : event.summary() + "\n\n" + page;
		vevent.add(new Description(description));
		String location = location(event);
		if (!location.isBlank()) {
			vevent.add(new Location(location));
		}
		if (withJoinLink && event.online() && !event.onlineUrl().isBlank()) {
			ParameterList parameters = new ParameterList(List.of(Value.URI, new Feature("AUDIO,VIDEO"),
					new Label("Online-Teilnahme")));
			vevent.add(new Conference(parameters, event.onlineUrl()));
		}
		if (event.status() == EventStatus.CANCELLED) {
			vevent.add(new Status(ImmutableStatus.VEVENT_CANCELLED.getValue()));
		}
		else {
			vevent.add(new Status(ImmutableStatus.VEVENT_CONFIRMED.getValue()));
		}
		return vevent;
	}

	/** The place as one line: venue, street, postcode and city; "Online" for an online-only event. */
	static String location(EventView event) {
		if (!event.onsite()) {
			return "Online";
		}
		StringBuilder line = new StringBuilder(event.venue());
		if (!event.street().isBlank()) {
			line.append(", ").append(event.street());
		}
		String town = (event.postcode() + " " + event.city()).strip();
		if (!town.isBlank()) {
			line.append(", ").append(town);
		}
		return line.toString();
	}

}
