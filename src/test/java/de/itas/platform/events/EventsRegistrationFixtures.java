package de.itas.platform.events;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Events for the registration tests: created through {@link EventStore} with random titles (the test database
 * persists across runs) and opened; organisers' staff and company admins as members of fresh organisations.
 */
@Component
public class EventsRegistrationFixtures {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EventStore store;
	private final Organisations organisations;
	private final TestMemberships memberships;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final Region region;

	EventsRegistrationFixtures(EventStore store, Organisations organisations, TestMemberships memberships,
			JdbcClient jdbc, Clock clock, Region region) {
		this.region = region;
		this.store = store;
		this.organisations = organisations;
		this.memberships = memberships;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A word that occurs nowhere else. */
	public static String token() {
		String consonants = "bdfgklmnprstvz";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder("x");
		for (int i = 0; i < 5; i++) {
			word.append(vowels.charAt(RANDOM.nextInt(vowels.length())));
			word.append(consonants.charAt(RANDOM.nextInt(consonants.length())));
		}
		return word.toString();
	}

	public OrganisationSummary organiser() {
		return organisations.ensure("Veranstalter " + token() + " (Test)", OrganisationKind.PROVIDER, null, null);
	}

	public PlatformUser staff(OrganisationSummary organiser) {
		return memberships.member("staff-" + organiser.id() + "@test.itas.local", organiser.id(), Role.PROVIDER);
	}

	public OrganisationSummary company() {
		return organisations.ensure("Firma " + token() + " (Test)", OrganisationKind.COMPANY, null, null);
	}

	public PlatformUser companyAdmin(OrganisationSummary company) {
		return memberships.member("admin-" + company.id() + "@test.itas.local", company.id(), Role.COMPANY_ADMIN);
	}

	/** An open event starting in {@code startInDays} days with these places (null: mode not offered). */
	public EventView open(OrganisationSummary organiser, @Nullable Integer onsite, @Nullable Integer online,
			Duration startIn) {
		Instant start = clock.instant().plus(startIn);
		EventDraft draft = new EventDraft(EventType.WORKSHOP, "Workshop " + token(), "Kurz", "", organiser.id(), null,
				start, start.plus(Duration.ofHours(3)), null, onsite == null ? null : districtCode(),
				onsite == null ? "" : "Saal 1", "", "", "", onsite, online,
				online == null ? "" : "https://konferenz.example.org/raum-" + token(), "de", List.of(), List.of(), false,
				false, false, "", 0, "", null);
		EventView event = store.create(draft, null);
		open(event.id());
		return store.find(event.id()).orElseThrow();
	}

	public EventView open(OrganisationSummary organiser, @Nullable Integer onsite, @Nullable Integer online) {
		return open(organiser, onsite, online, Duration.ofDays(10));
	}

	public String districtCode() {
		return region.districts().get(0).code();
	}

	/**
	 * Opens the registration ({@code EventStore.status} fails on PostgreSQL for now: its CASE leaves the type of
	 * the time stamp open).
	 */
	public void open(UUID eventId) {
		jdbc.sql("UPDATE events.event SET status = 'OPEN', version = version + 1 WHERE id = ?").param(eventId).update();
	}

	public EventView find(UUID id) {
		return store.find(id).orElseThrow();
	}

	/** Moves the event's start (and end) to the given time, e.g. into the past for certificates. */
	public void startAt(UUID eventId, Instant start) {
		jdbc.sql("UPDATE events.event SET starts_at = ?, ends_at = ? WHERE id = ?")
			.params(Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(3))), eventId)
			.update();
	}

	public void deadline(UUID eventId, Instant until) {
		jdbc.sql("UPDATE events.event SET registration_until = ? WHERE id = ?")
			.params(Timestamp.from(until), eventId)
			.update();
	}

	public void offerRunsOutAt(long registrationId, Instant until) {
		jdbc.sql("UPDATE events.registration SET offer_until = ? WHERE id = ?")
			.params(Timestamp.from(until), registrationId)
			.update();
	}

	public List<RegistrationView> registrations(UUID eventId) {
		return jdbc.sql("SELECT * FROM events.registration WHERE event_id = ? ORDER BY id")
			.param(eventId)
			.query(EventStore::registration)
			.list();
	}

	public RegistrationView registration(long id) {
		return jdbc.sql("SELECT * FROM events.registration WHERE id = ?").param(id).query(EventStore::registration).single();
	}

	public Instant now() {
		return clock.instant();
	}

}
