package de.itas.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.region.Region;
import de.itas.platform.shared.loaddata.GeneratedIds;
import de.itas.platform.shared.loaddata.LoadDataGenerator;
import de.itas.platform.shared.loaddata.LoadDataRun;

/**
 * Load data of the events module: announced events of all types, districts and modes spread over the year
 * before and the year after today (as {@code generate-event-load-data} makes them), with registrations of
 * generated persons (their account, name and address). Capacities are at least the registrations per event,
 * so every registration holds a place.
 */
@Component
class EventsLoadData implements LoadDataGenerator {

	static final long EVENTS = 10_000;
	static final long REGISTRATIONS = 500_000;

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final Region region;
	private final Clock clock;

	EventsLoadData(JdbcClient jdbc, Organisations organisations, Region region, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.region = region;
		this.clock = clock;
	}

	@Override
	public String module() {
		return "events";
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public void generate(LoadDataRun run) {
		long events = run.size("events", EVENTS);
		long registrations = run.size("event-registrations", REGISTRATIONS);
		if (events == 0 || organisations.organisations(OrganisationKind.PARTNER).isEmpty()) {
			return;
		}
		UUID organiser = organisations.organisations(OrganisationKind.PARTNER).get(0).id();
		String[] districts = region.districts().stream().map(district -> district.code()).toArray(String[]::new);
		GeneratedIds ids = run.newIds("event", events);
		long perEvent = (registrations + events - 1) / events;
		run.measure(module(), "events", () -> jdbc.sql("""
				INSERT INTO events.event (id, slug, type, title, summary, description, organiser_id, starts_at, ends_at,
				  district_code, venue, city, onsite_capacity, online_capacity, online_url, action_fields, status,
				  created_at)
				SELECT %s, 'last-%s-' || n,
				  (ARRAY['FORUM','CONGRESS','WORKSHOP','WEBINAR','CONSULTATION_DAY','NETWORK_MEETING'])[1 + n %% 6],
				  'Lastveranstaltung ' || n, 'Synthetische Veranstaltung für Lasttests', '', :organiser,
				  CAST(:start AS timestamptz) + (n * interval '1 hour' * 17520 / CAST(:events AS bigint)),
				  CAST(:start AS timestamptz) + (n * interval '1 hour' * 17520 / CAST(:events AS bigint)) + interval '3 hours',
				  CASE WHEN n %% 6 = 3 THEN NULL ELSE (CAST(:districts AS text[]))[1 + n %% cardinality(CAST(:districts AS text[]))] END,
				  CASE WHEN n %% 6 = 3 THEN '' ELSE 'Haus ' || n END, CASE WHEN n %% 6 = 3 THEN '' ELSE 'Musterstadt' END,
				  CASE WHEN n %% 6 = 3 THEN NULL ELSE :per + 20 + n %% 200 END,
				  CASE WHEN n %% 6 = 3 OR n %% 6 = 1 THEN :per + 100 ELSE NULL END,
				  CASE WHEN n %% 6 = 3 OR n %% 6 = 1 THEN 'https://konferenz.example.org/last-' || n ELSE '' END,
				  '{}', 'OPEN', :now
				FROM generate_series(0, CAST(:events AS bigint) - 1) AS n""".formatted(ids.sql("n"), run.seed()))
			.param("organiser", organiser)
			.param("start", Timestamp.from(clock.instant().minus(Duration.ofDays(365))))
			.param("events", events)
			.param("districts", districts)
			.param("per", (int) perEvent)
			.param("now", Timestamp.from(clock.instant()))
			.update());
		GeneratedIds persons = run.ids("person").orElse(null);
		if (persons == null || registrations == 0) {
			return;
		}
		String person = "(e * 53 + r) % " + persons.count();
		run.measure(module(), "event registrations", () -> jdbc.sql("""
				INSERT INTO events.registration (event_id, mode, status, account_id, name, email, registered_by,
				  registered_at, ticket_code)
				SELECT %s, CASE WHEN e %% 6 = 3 THEN 'ONLINE' ELSE 'ONSITE' END, 'CONFIRMED', %s, %s, %s, %s, :now,
				  upper(substr(md5('%s:' || e || ':' || r), 1, 16))
				FROM generate_series(0, CAST(:events AS bigint) - 1) AS e, generate_series(0, CAST(:per AS bigint) - 1) AS r
				WHERE e * :per + r < :registrations""".formatted(ids.sql("e"), persons.sql(person),
				run.personNameSql(person), run.personEmailSql(person), persons.sql(person), run.seed()))
			.param("events", events)
			.param("per", perEvent)
			.param("registrations", registrations)
			.param("now", Timestamp.from(clock.instant()))
			.update());
		jdbc.sql("ANALYZE events.event").update();
		jdbc.sql("ANALYZE events.registration").update();
	}

}
