package de.itas.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.region.Region;

/**
 * {@code java -jar itas-platform.jar generate-event-load-data --events=10000 --registrations=20}: fills the
 * database with synthetic, announced events (types, districts, modes and dates spread over the two years
 * around today) and the given number of made-up registrations per event, for load tests of the calendar;
 * prints what it made and exits (0 on success, 2 on wrong usage). No real person's data.
 */
@Component
class EventLoadDataCommand implements ApplicationRunner {

	static final String COMMAND = "generate-event-load-data";

	private final JdbcClient jdbc;
	private final Organisations organisations;
	private final Region region;
	private final Clock clock;
	private final ConfigurableApplicationContext context;

	EventLoadDataCommand(JdbcClient jdbc, Organisations organisations, Region region, Clock clock,
			ConfigurableApplicationContext context) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.region = region;
		this.clock = clock;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> command = arguments.getNonOptionArgs();
		if (command.isEmpty() || !COMMAND.equals(command.get(0))) {
			return;
		}
		Integer events = number(arguments, "events");
		Integer registrations = number(arguments, "registrations");
		int code;
		if (events == null || events < 1 || events > 10_000_000 || registrations == null || registrations < 0
				|| registrations > 1000) {
			System.err.println("Usage: java -jar itas-platform.jar generate-event-load-data --events=<1..10000000> "
					+ "--registrations=<0..1000 per event>");
			code = 2;
		}
		else {
			long started = System.nanoTime();
			long made = generate(events, registrations);
			System.out.printf("Generated %d events and %d registrations in %.1f s%n", events, made,
					(System.nanoTime() - started) / 1e9);
			code = 0;
		}
		int exitCode = code;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

	long generate(int events, int registrationsPerEvent) {
		UUID organiser = organisations.organisations(OrganisationKind.PARTNER).get(0).id();
		String[] districts = region.districts().stream().map(district -> district.code()).toArray(String[]::new);
		String batch = UUID.randomUUID().toString().substring(0, 8);
		// spread over the year before and the year after today, one event every few hours
		jdbc.sql("""
				INSERT INTO events.event (id, slug, type, title, summary, description, organiser_id, starts_at, ends_at,
				  district_code, venue, city, onsite_capacity, online_capacity, online_url, action_fields, status,
				  created_at)
				SELECT gen_random_uuid(), 'last-' || :batch || '-' || n,
				  (ARRAY['FORUM','CONGRESS','WORKSHOP','WEBINAR','CONSULTATION_DAY','NETWORK_MEETING'])[1 + n % 6],
				  'Lastveranstaltung ' || n, 'Synthetische Veranstaltung für Lasttests', '', :organiser,
				  CAST(:start AS timestamptz) + (n * interval '1 hour' * 17520 / CAST(:events AS integer)),
				  CAST(:start AS timestamptz) + (n * interval '1 hour' * 17520 / CAST(:events AS integer)) + interval '3 hours',
				  CASE WHEN n % 6 = 3 THEN NULL ELSE (CAST(:districts AS text[]))[1 + n % cardinality(CAST(:districts AS text[]))] END,
				  CASE WHEN n % 6 = 3 THEN '' ELSE 'Haus ' || n END, CASE WHEN n % 6 = 3 THEN '' ELSE 'Musterstadt' END,
				  CASE WHEN n % 6 = 3 THEN NULL ELSE 20 + n % 200 END,
				  CASE WHEN n % 6 = 3 OR n % 6 = 1 THEN 100 ELSE NULL END,
				  CASE WHEN n % 6 = 3 OR n % 6 = 1 THEN 'https://konferenz.example.org/last-' || n ELSE '' END,
				  '{}', 'OPEN', :now
				FROM generate_series(1, CAST(:events AS integer)) AS n""")
			.param("batch", batch)
			.param("organiser", organiser)
			.param("start", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(365))))
			.param("events", events)
			.param("districts", districts)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (registrationsPerEvent == 0) {
			return 0;
		}
		return jdbc.sql("""
				INSERT INTO events.registration (event_id, mode, status, name, email, registered_at, ticket_code)
				SELECT e.id, CASE WHEN e.onsite_capacity IS NULL THEN 'ONLINE' ELSE 'ONSITE' END, 'CONFIRMED',
				  'Person ' || r, 'last-' || r || '-' || substr(e.id::text, 1, 8) || '@example.org', :now,
				  upper(substr(md5(e.id::text || r), 1, 16))
				FROM events.event e CROSS JOIN generate_series(1, CAST(:per AS integer)) AS r
				WHERE e.slug LIKE 'last-' || :batch || '-%'""")
			.param("per", registrationsPerEvent)
			.param("batch", batch)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** The value of {@code --name=value}, if it is a whole number. */
	static Integer number(ApplicationArguments arguments, String name) {
		List<String> values = arguments.getOptionValues(name);
		if (values == null || values.size() != 1) {
			return null;
		}
		try {
			return Integer.valueOf(values.get(0).replace("_", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
