package de.itas.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.surveys.SurveyLink;
import de.itas.platform.surveys.SurveySubject;
import de.itas.platform.surveys.Surveys;

/**
 * The feedback survey of an event: a copy of the surveys module's {@value #TEMPLATE} template attached to the
 * event, sent to the attendees (the checked-in registrations with an address; when nobody was checked in,
 * the confirmed ones).
 */
@Service
public class EventFeedback {

	static final String TEMPLATE = "event-feedback";

	/** How long the survey stays open after the event. */
	static final Duration OPEN_FOR = Duration.ofDays(28);

	private final Surveys surveys;
	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final Clock clock;

	EventFeedback(Surveys surveys, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.surveys = surveys;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** The outcome: the survey and how many people were invited. */
	public record Sent(SurveyLink survey, int invited) {
	}

	public static SurveySubject subject(EventView event) {
		return new SurveySubject("events", "event", event.id().toString());
	}

	public Optional<SurveyLink> survey(EventView event) {
		return surveys.attachedTo(subject(event));
	}

	/** The addresses the survey goes to: checked-in attendees, else the confirmed registrations. */
	public List<String> attendees(EventView event) {
		List<String> checkedIn = jdbc.sql("""
				SELECT DISTINCT lower(email) FROM events.registration
				WHERE event_id = ? AND checked_in_at IS NOT NULL AND email <> ''""")
			.param(event.id())
			.query(String.class)
			.list();
		if (!checkedIn.isEmpty()) {
			return checkedIn;
		}
		return jdbc.sql("""
				SELECT DISTINCT lower(email) FROM events.registration
				WHERE event_id = ? AND status = 'CONFIRMED' AND email <> ''""")
			.param(event.id())
			.query(String.class)
			.list();
	}

	/** Attaches the survey (once) and invites the attendees not invited yet. */
	@Transactional
	public Sent send(EventView event, PlatformUser owner) {
		SurveyLink survey = survey(event).orElseGet(() -> {
			Instant now = clock.instant();
			Instant from = now.isAfter(event.endsAt()) ? now : event.endsAt();
			String title = messages.getMessage("events.organiser.feedback.survey-title", new Object[] { event.title() },
					LocaleContextHolder.getLocale());
			title = title.length() > 200 ? title.substring(0, 199) + "…" : title;
			return surveys.attachFromTemplate(TEMPLATE, subject(event), title, owner.id(), event.organiserId(), now,
					from.plus(OPEN_FOR));
		});
		return new Sent(survey, surveys.invite(survey.id(), attendees(event)));
	}

}
