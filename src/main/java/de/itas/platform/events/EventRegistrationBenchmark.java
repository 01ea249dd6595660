package de.itas.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * {@code java -jar itas-platform.jar benchmark-event-registrations --clients=50 --registrations=2000 --places=1000}:
 * opens one new on-site event with the given places and lets the given number of parallel clients register
 * made-up people through the registration service (as a company admin registering one person each: the
 * same locked transaction, checks, ticket and mail as the web form), until the given number of registrations
 * is made; prints registrations per second and checks that no more were confirmed than there are places.
 * Exits 0 when nothing was overbooked, 1 when it was, 2 on wrong usage. For load tests only: never run it
 * against a production database (it creates an event and registrations of made-up people).
 */
@Component
class EventRegistrationBenchmark implements ApplicationRunner {

	static final String COMMAND = "benchmark-event-registrations";

	private final EventRegistrations registrations;
	private final EventStore store;
	private final Organisations organisations;
	private final UserDetailsService users;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final ConfigurableApplicationContext context;

	EventRegistrationBenchmark(EventRegistrations registrations, EventStore store, Organisations organisations,
			UserDetailsService users, JdbcClient jdbc, Clock clock, ConfigurableApplicationContext context) {
		this.registrations = registrations;
		this.store = store;
		this.organisations = organisations;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		List<String> command = arguments.getNonOptionArgs();
		if (command.isEmpty() || !COMMAND.equals(command.get(0))) {
			return;
		}
		Integer clients = EventLoadDataCommand.number(arguments, "clients");
		Integer total = EventLoadDataCommand.number(arguments, "registrations");
		Integer places = EventLoadDataCommand.number(arguments, "places");
		List<String> admins = arguments.getOptionValues("admin");
		String adminEmail = admins == null || admins.isEmpty() ? "unternehmen@demo.itas.local" : admins.get(0);
		int code;
		if (clients == null || clients < 1 || clients > 500 || total == null || total < 1 || total > 1_000_000
				|| places == null || places < 1) {
			System.err.println("Usage: java -jar itas-platform.jar " + COMMAND
					+ " --clients=<1..500> --registrations=<1..1000000> --places=<1..> [--admin=<company admin's e-mail>]");
			code = 2;
		}
		else {
			code = measure(clients, total, places, adminEmail);
		}
		int exitCode = code;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

	private int measure(int clients, int total, int places, String adminEmail) throws Exception {
		PlatformUser admin = (PlatformUser) users.loadUserByUsername(adminEmail);
		UUID company = organisations.organisationsWhere(admin.id(), Role.COMPANY_ADMIN).get(0);
		UUID organiser = organisations.organisations(OrganisationKind.PARTNER).get(0).id();
		Instant start = clock.instant().plus(Duration.ofDays(30));
		EventView event = store.create(new EventDraft(EventType.WORKSHOP, "Lasttest Anmeldungen " + start,
				"Synthetische Veranstaltung für den Lasttest", "", organiser, null, start, start.plus(Duration.ofHours(3)),
				null, null, "Haus am Markt", "", "", "Musterstadt", places, null, "", "de", List.of(), List.of(), false,
				false, false, "", 0, "", null), null);
		store.status(event.id(), EventStatus.OPEN, "");
		AtomicInteger next = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
				for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
					String email = "last-" + n + "-" + event.id().toString().substring(0, 8) + "@example.org";
					try {
						registrations.registerGroup(event.id(), company, AttendanceMode.ONSITE,
								List.of(new EventRegistrations.Person("Person " + n, email, "")), true);
					}
					catch (RuntimeException ex) {
						refused.incrementAndGet();
					}
				}
				SecurityContextHolder.clearContext();
			}));
		}
		for (Future<?> one : running) {
			one.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		long confirmed = count(event.id(), "('CONFIRMED', 'OFFERED')");
		long waiting = count(event.id(), "('WAITING')");
		System.out.printf("%d registrations by %d clients in %.1f s: %.1f per second; confirmed %d of %d places, "
				+ "waiting %d, refused %d%n", total, clients, seconds, total / seconds, confirmed, places, waiting,
				refused.get());
		return confirmed <= places ? 0 : 1;
	}

	private long count(UUID event, String statuses) {
		return jdbc.sql("SELECT count(*) FROM events.registration WHERE event_id = ? AND status IN " + statuses)
			.param(event)
			.query(Long.class)
			.single();
	}

}
