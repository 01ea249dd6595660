package de.itas.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.governance.Forums;
import de.itas.platform.shared.region.RegionFolder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fictional demo events from the region's {@code demo/events.json}: the past future forums of a series (held,
 * documented, linked to the governance module's forums of the same title), a past congress, and upcoming
 * workshops, a webinar, a consultation day, a network meeting and a hybrid congress, with generated
 * registrations of made-up people (one workshop fully booked with a waiting list). Upcoming dates are counted
 * from the day the demo is loaded. Runs once (when no event exists), after the forums demo; a region without
 * the file gets no events.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class EventsDemoData {

	private static final Logger log = LoggerFactory.getLogger(EventsDemoData.class);

	static final String FILE = "demo/events.json";

	record DemoSeries(String key, String title, String description) {
	}

	record DemoQuestion(String label, RegistrationQuestion.Kind kind, @Nullable List<String> choices, boolean required) {
	}

	record DemoRegistrations(int onsite, int online, int waitingOnsite) {
	}

	record DemoDocumentation(String minutes, String recording) {
	}

	record DemoEvent(String key, EventType type, @Nullable String series, String title, String summary,
			String description, String organiser, @Nullable LocalDateTime start, @Nullable LocalDateTime end,
			@Nullable Integer inDays, @Nullable Integer days, @Nullable LocalTime from, @Nullable LocalTime to,
			@Nullable Integer deadlineDaysBefore, @Nullable String district, @Nullable String venue,
			@Nullable String street, @Nullable String postcode, @Nullable String city, @Nullable Integer onsite,
			@Nullable Integer online, @Nullable String onlineUrl, List<String> actionFields,
			List<TargetGroup> targetGroups, boolean stepFree, boolean hearingLoop, boolean signLanguage,
			EventStatus status, @Nullable String forum, @Nullable List<List<String>> agenda,
			@Nullable List<DemoQuestion> questions, @Nullable DemoRegistrations registrations,
			@Nullable Double checkedIn, @Nullable DemoDocumentation documentation) {
	}

	/** The file; {@code note} and {@code fictional} mark it as made up. */
	record DemoFile(String note, boolean fictional, List<DemoSeries> series, List<String> firstNames,
			List<String> lastNames, List<DemoEvent> events) {
	}

	private final RegionFolder region;
	private final JdbcClient jdbc;
	private final EventStore store;
	private final Organisations organisations;
	private final Forums forums;
	private final TransactionTemplate transactions;
	private final Clock clock;

	EventsDemoData(RegionFolder region, JdbcClient jdbc, EventStore store, Organisations organisations, Forums forums,
			TransactionTemplate transactions, Clock clock) {
		this.region = region;
		this.jdbc = jdbc;
		this.store = store;
		this.organisations = organisations;
		this.forums = forums;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(60)
	void load() {
		if (!region.file(FILE).exists()) {
			log.info("Region {} has no {}: no demo events", region, FILE);
			return;
		}
		if (jdbc.sql("SELECT count(*) FROM events.event").query(Long.class).single() > 0) {
			return;
		}
		DemoFile demo = read(region);
		int created = transactions.execute(status -> load(demo));
		log.info("Created {} demo events", created);
	}

	private int load(DemoFile demo) {
		Map<String, UUID> series = new HashMap<>();
		for (DemoSeries one : demo.series()) {
			series.put(one.key(), store.createSeries(one.title(), one.description()).id());
		}
		Map<String, UUID> organisers = new HashMap<>();
		for (OrganisationKind kind : List.of(OrganisationKind.PARTNER, OrganisationKind.PROVIDER)) {
			organisations.organisations(kind).forEach(organisation -> organisers.put(organisation.name(), organisation.id()));
		}
		Map<String, UUID> forumIds = new HashMap<>();
		forums.all().forEach(forum -> forumIds.put(forum.title(), forum.id()));
		Random random = new Random(2026);
		int created = 0;
		for (DemoEvent demoEvent : demo.events()) {
			UUID organiser = organisers.get(demoEvent.organiser());
			if (organiser == null) {
				log.warn("Demo event '{}' names an unknown organiser '{}': left out", demoEvent.title(), demoEvent.organiser());
				continue;
			}
			event(demo, demoEvent, organiser, demoEvent.series() == null ? null : series.get(demoEvent.series()),
					demoEvent.forum() == null ? null : forumIds.get(demoEvent.forum()), random);
			created++;
		}
		return created;
	}

	private void event(DemoFile demo, DemoEvent demoEvent, UUID organiser, @Nullable UUID seriesId,
			@Nullable UUID forumId, Random random) {
		Instant starts;
		Instant ends;
		if (demoEvent.start() != null && demoEvent.end() != null) {
			starts = demoEvent.start().atZone(EventStore.BERLIN).toInstant();
			ends = demoEvent.end().atZone(EventStore.BERLIN).toInstant();
		}
		else {
			LocalDate day = LocalDate.now(clock).plusDays(demoEvent.inDays() == null ? 14 : demoEvent.inDays());
			int days = demoEvent.days() == null ? 1 : demoEvent.days();
			starts = day.atTime(demoEvent.from()).atZone(EventStore.BERLIN).toInstant();
			ends = day.plusDays(days - 1L).atTime(demoEvent.to()).atZone(EventStore.BERLIN).toInstant();
		}
		Instant deadline = demoEvent.deadlineDaysBefore() == null ? null
				: starts.minus(Duration.ofDays(demoEvent.deadlineDaysBefore()));
		EventDraft draft = new EventDraft(demoEvent.type(), demoEvent.title(), demoEvent.summary(),
				demoEvent.description(), organiser, seriesId, starts, ends, deadline, demoEvent.district(),
				text(demoEvent.venue()), text(demoEvent.street()), text(demoEvent.postcode()), text(demoEvent.city()),
				demoEvent.onsite(), demoEvent.online(), text(demoEvent.onlineUrl()), "de", demoEvent.actionFields(),
				demoEvent.targetGroups(), demoEvent.stepFree(), demoEvent.hearingLoop(), demoEvent.signLanguage(), "", 0,
				"", forumId);
		EventView event = store.create(draft, null);
		store.status(event.id(), demoEvent.status(), "");
		if (demoEvent.agenda() != null) {
			LocalDate day = starts.atZone(EventStore.BERLIN).toLocalDate();
			store.replaceAgenda(event.id(), demoEvent.agenda()
				.stream()
				.map(item -> new AgendaItem(0, at(day, item.get(0)), item.get(1).isBlank() ? null : at(day, item.get(1)),
						item.get(2), item.get(3), item.get(4)))
				.toList());
		}
		if (demoEvent.questions() != null) {
			store.replaceQuestions(event.id(), demoEvent.questions()
				.stream()
				.map(question -> new RegistrationQuestion(0, 0, question.label(), question.kind(),
						question.choices() == null ? List.of() : question.choices(), question.required()))
				.toList());
		}
		boolean over = !ends.isAfter(clock.instant());
		if (demoEvent.registrations() != null) {
			DemoRegistrations registrations = demoEvent.registrations();
			Instant registered = starts.minus(Duration.ofDays(20));
			List<Long> ids = new ArrayList<>();
			ids.addAll(register(demo, event.id(), AttendanceMode.ONSITE, RegistrationStatus.CONFIRMED,
					registrations.onsite(), registered, random));
			ids.addAll(register(demo, event.id(), AttendanceMode.ONLINE, RegistrationStatus.CONFIRMED,
					registrations.online(), registered, random));
			register(demo, event.id(), AttendanceMode.ONSITE, RegistrationStatus.WAITING,
					registrations.waitingOnsite(), registered.plus(Duration.ofDays(5)), random);
			if (over && demoEvent.checkedIn() != null) {
				for (Long id : ids) {
					if (random.nextDouble() < demoEvent.checkedIn()) {
						jdbc.sql("UPDATE events.registration SET checked_in_at = ? WHERE id = ?")
							.params(Timestamp.from(starts.minus(Duration.ofMinutes(random.nextInt(30)))), id)
							.update();
					}
				}
			}
		}
		if (over && demoEvent.documentation() != null) {
			jdbc.sql("UPDATE events.event SET minutes = ?, recording_url = ?, documented_at = ? WHERE id = ?")
				.params(demoEvent.documentation().minutes(), demoEvent.documentation().recording(),
						Timestamp.from(ends.plus(Duration.ofDays(7))), event.id())
				.update();
		}
	}

	/** Registrations of made-up people (no account, addresses under the demo domain). */
	private List<Long> register(DemoFile demo, UUID eventId, AttendanceMode mode, RegistrationStatus status, int count,
			Instant registered, Random random) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String first = demo.firstNames().get(random.nextInt(demo.firstNames().size()));
			String last = demo.lastNames().get(random.nextInt(demo.lastNames().size()));
			Instant at = registered.plus(Duration.ofMinutes(37L * i));
			String email = "teilnahme-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.itas.local";
			ids.add(jdbc.sql("""
					INSERT INTO events.registration (event_id, mode, status, name, email, registered_at, waiting_since,
					  ticket_code)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(eventId, mode.name(), status.name(), first + " " + last, email, Timestamp.from(at),
						status == RegistrationStatus.WAITING ? Timestamp.from(at) : null, TicketCodes.next())
				.query(Long.class)
				.single());
		}
		return ids;
	}

	private static Instant at(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time)).atZone(EventStore.BERLIN).toInstant();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	static DemoFile read(RegionFolder region) {
		try (InputStream in = region.open(FILE)) {
			// absent numbers and flags of the file are 0 and false
			return JsonMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.build()
				.readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read demo data " + region.path(FILE), ex);
		}
	}

}
