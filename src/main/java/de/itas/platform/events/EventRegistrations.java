package de.itas.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.MemberSummary;
import de.itas.platform.accounts.Memberships;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.LinkTokens;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.NotFoundException;

/**
 * EventRegistrations for events: the places of each attendance mode are given out by {@link CapacityRules} while the
 * event's row is locked ({@code SELECT … FOR UPDATE}) in every transaction that changes places, so that
 * concurrent registrations, cancellations, confirmations and expiries queue and never hold more places than
 * there are. A registration is made by the person themself, or by a company admin for a group (all or
 * nothing; the group waits together); places freed by a cancellation or an expired offer go to the head of the
 * waiting list as a time-limited offer. Every change is told by mail after the commit.
 */
@Service
@Transactional
public class EventRegistrations {

	/** The characters of ticket codes: no 0/O, 1/I/L, so that a code read out loud is unambiguous. */

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public static final int MAX_NAME = 200;

	public static final int MAX_ORGANISATION = 200;

	/** One person of a group registration, entered by the company admin. */
	public record Person(String name, String email, String organisation) {
	}

	/** What a check-in attempt found. */
	public enum CheckInOutcome {
		/** checked in now */
		CHECKED_IN,
		/** checked in before (by anybody): nothing changed */
		ALREADY,
		/** the ticket is not (or no longer) a confirmed registration of this event */
		NOT_CONFIRMED,
		NOT_FOUND
	}

	public record CheckIn(CheckInOutcome outcome, @Nullable RegistrationView registration) {
	}

	private final JdbcClient jdbc;
	private final EventStore store;
	private final EventAccess access;
	private final Organisations organisations;
	private final Memberships memberships;
	private final RegistrationMails mails;
	private final Clock clock;
	private final EventsSettings settings;

	EventRegistrations(JdbcClient jdbc, EventStore store, EventAccess access, Organisations organisations,
			Memberships memberships, RegistrationMails mails, Clock clock, EventsSettings settings) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.organisations = organisations;
		this.memberships = memberships;
		this.mails = mails;
		this.clock = clock;
		this.settings = settings;
	}

	// ---- registering

	/**
	 * The signed-in person registers themself with their account's name and address.
	 *
	 * @param mode the chosen mode; may be {@code null} when the event is offered in one mode only
	 * @param answers the answers to the organiser's questions by question id
	 * @throws FieldProblems for a missing mode or answer (fields {@code mode}, {@code organisation},
	 *         {@code answers[q<id>]})
	 * @throws RegistrationRefused when the event takes no registrations or the person is registered already
	 */
	public RegistrationView registerSelf(UUID eventId, @Nullable AttendanceMode mode, String organisation,
			Map<Long, String> answers) {
		PlatformUser user = signedIn();
		EventView event = lockOpen(eventId);
		List<FieldProblem> problems = new ArrayList<>();
		AttendanceMode chosen = mode(event, mode, problems);
		if (organisation.strip().length() > MAX_ORGANISATION) {
			problems.add(FieldProblem.of("organisation", "events.error.too-long", MAX_ORGANISATION));
		}
		List<RegistrationQuestion> questions = store.questions(eventId);
		Map<Long, String> given = answers(questions, answers, problems);
		FieldProblems.throwIfAny(problems);
		if (active(eventId, user.id(), user.email())) {
			throw new RegistrationRefused("events.registration.refused.already");
		}
		CapacityRules.Admission admission = CapacityRules.admit(event.capacity(chosen), held(eventId, chosen),
				waiting(eventId, chosen), 1);
		Instant now = clock.instant();
		long id;
		try {
			id = insert(event.id(), chosen, admission == CapacityRules.Admission.CONFIRMED ? "CONFIRMED" : "WAITING",
					user.id(), user.getDisplayName(), user.email(), organisation.strip(), user.id(), null, null, now,
					null);
		}
		catch (DuplicateKeyException ex) {
			throw new RegistrationRefused("events.registration.refused.already");
		}
		saveAnswers(id, given);
		RegistrationView registration = registration(id).orElseThrow();
		mails.registered(event, registration, waitingPosition(registration), null);
		return registration;
	}

	/**
	 * A company admin registers several people in one step: all get places, or (when fewer places are free than
	 * people, or others wait already) all go to the waiting list together, which the admin must have accepted.
	 * Nothing is stored when anything is wrong.
	 *
	 * @param people one row per person (fields {@code people[i].name}, {@code people[i].email})
	 * @param waitingAccepted whether the admin confirmed that the group joins the waiting list if need be
	 * @throws GroupMustWait when the group would wait and {@code waitingAccepted} is false
	 */
	public List<RegistrationView> registerGroup(UUID eventId, UUID companyId, @Nullable AttendanceMode mode,
			List<Person> people, boolean waitingAccepted) {
		PlatformUser admin = signedIn();
		if (!organisations.hasRole(admin.id(), companyId, Role.COMPANY_ADMIN)) {
			throw new AccessDeniedException("Not an admin of company " + companyId);
		}
		EventView event = lockOpen(eventId);
		List<FieldProblem> problems = new ArrayList<>();
		AttendanceMode chosen = mode(event, mode, problems);
		// blank rows are left out; the others keep their row number for the problems' fields
		List<Person> group = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			Person person = people.get(i);
			Person stripped = new Person(person.name().strip(), person.email().strip(), person.organisation().strip());
			if (!stripped.name().isEmpty() || !stripped.email().isEmpty()) {
				group.add(stripped);
				rows.add(i);
			}
		}
		if (group.isEmpty()) {
			problems.add(FieldProblem.of("people[0].name", "events.group.error.empty"));
		}
		if (group.size() > settings.maxGroupSize()) {
			problems.add(FieldProblem.ofForm("events.group.error.too-many", settings.maxGroupSize()));
		}
		Map<String, UUID> members = new HashMap<>();
		for (MemberSummary member : memberships.members(companyId)) {
			members.put(member.email().toLowerCase(Locale.ROOT), member.userId());
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < group.size(); i++) {
			Person person = group.get(i);
			int number = rows.get(i) + 1;
			String row = "people[" + rows.get(i) + "].";
			if (person.name().isEmpty()) {
				problems.add(FieldProblem.of(row + "name", "events.group.error.name", number));
			}
			else if (person.name().length() > MAX_NAME) {
				problems.add(FieldProblem.of(row + "name", "events.group.error.name-too-long", number, MAX_NAME));
			}
			String email = person.email().toLowerCase(Locale.ROOT);
			if (!EMAIL.matcher(email).matches() || email.length() > 254) {
				problems.add(FieldProblem.of(row + "email", "events.group.error.email", number));
			}
			else if (!seen.add(email)) {
				problems.add(FieldProblem.of(row + "email", "events.group.error.twice", number));
			}
			else if (active(eventId, members.get(email), email)) {
				problems.add(FieldProblem.of(row + "email", "events.group.error.already", number, person.name()));
			}
		}
		FieldProblems.throwIfAny(problems);
		int held = held(eventId, chosen);
		CapacityRules.Admission admission = CapacityRules.admit(event.capacity(chosen), held, waiting(eventId, chosen),
				group.size());
		if (admission == CapacityRules.Admission.WAITING && !waitingAccepted) {
			throw new GroupMustWait(group.size(), CapacityRules.free(event.capacity(chosen), held));
		}
		String company = organisations.organisation(companyId).map(OrganisationSummary::name).orElse("");
		UUID groupId = UUID.randomUUID();
		Instant now = clock.instant();
		List<RegistrationView> registered = new ArrayList<>();
		Map<Long, String> tokens = new HashMap<>();
		for (Person person : group) {
			UUID account = members.get(person.email().toLowerCase(Locale.ROOT));
			String token = account == null ? LinkTokens.newToken() : null;
			long id;
			try {
				id = insert(eventId, chosen, admission == CapacityRules.Admission.CONFIRMED ? "CONFIRMED" : "WAITING",
						account, person.name(), person.email(), person.organisation().isEmpty() ? company
								: person.organisation(), admin.id(), companyId, groupId, now, token == null ? null : hash(token));
			}
			catch (DuplicateKeyException ex) {
				// registered meanwhile by another request: the whole group is refused
				int row = rows.get(group.indexOf(person));
				throw FieldProblems.of("people[" + row + "].email", "events.group.error.already", row + 1, person.name());
			}
			if (token != null) {
				tokens.put(id, token);
			}
			registered.add(registration(id).orElseThrow());
		}
		for (RegistrationView registration : registered) {
			mails.registered(event, registration, waitingPosition(registration), tokens.get(registration.id()));
		}
		return registered;
	}

	private long insert(UUID eventId, AttendanceMode mode, String status, @Nullable UUID account, String name,
			String email, String organisation, @Nullable UUID registeredBy, @Nullable UUID companyId,
			@Nullable UUID groupId, Instant now, @Nullable String tokenHash) {
		Timestamp at = Timestamp.from(now);
		return jdbc.sql("""
				INSERT INTO events.registration (event_id, mode, status, account_id, name, email, organisation,
				  registered_by, company_id, group_id, registered_at, waiting_since, ticket_code, token_hash)
				VALUES (:event, :mode, :status, :account, :name, :email, :organisation, :by, :company, :group, :now,
				  :waitingSince, :ticket, :token) RETURNING id""")
			.param("event", eventId)
			.param("mode", mode.name())
			.param("status", status)
			.param("account", account)
			.param("name", name)
			.param("email", email)
			.param("organisation", organisation)
			.param("by", registeredBy)
			.param("company", companyId)
			.param("group", groupId)
			.param("now", at)
			.param("waitingSince", status.equals("WAITING") ? at : null)
			.param("ticket", TicketCodes.next())
			.param("token", tokenHash)
			.query(Long.class)
			.single();
	}

	private AttendanceMode mode(EventView event, @Nullable AttendanceMode mode, List<FieldProblem> problems) {
		if (!event.hybrid()) {
			return event.modes().get(0);
		}
		if (mode == null) {
			problems.add(FieldProblem.of("mode", "events.registration.error.mode"));
			return AttendanceMode.ONSITE;
		}
		return mode;
	}

	/** Checks the answers against the questions; returns the answers to keep (checked boxes as "ja"). */
	static Map<Long, String> answers(List<RegistrationQuestion> questions, Map<Long, String> answers,
			List<FieldProblem> problems) {
		Map<Long, String> kept = new LinkedHashMap<>();
		for (RegistrationQuestion question : questions) {
			String field = "answers[q" + question.id() + "]";
			String value = answers.getOrDefault(question.id(), "").strip();
			switch (question.kind()) {
				case TEXT -> {
					if (value.length() > RegistrationQuestion.MAX_ANSWER) {
						problems.add(FieldProblem.of(field, "events.registration.error.too-long", question.label(),
								RegistrationQuestion.MAX_ANSWER));
						continue;
					}
				}
				case CHOICE -> {
					if (!value.isEmpty() && !question.choices().contains(value)) {
						problems.add(FieldProblem.of(field, "events.registration.error.choice", question.label()));
						continue;
					}
				}
				case CHECK -> value = value.isEmpty() || value.equals("false") ? "" : "ja";
			}
			if (value.isEmpty()) {
				if (question.required()) {
					problems.add(FieldProblem.of(field, question.kind() == RegistrationQuestion.Kind.CHECK
							? "events.registration.error.check" : "events.registration.error.required", question.label()));
				}
				continue;
			}
			kept.put(question.id(), value);
		}
		return kept;
	}

	private void saveAnswers(long registrationId, Map<Long, String> answers) {
		answers.forEach((question, value) -> jdbc
			.sql("INSERT INTO events.answer (registration_id, question_id, value) VALUES (?, ?, ?)")
			.params(registrationId, question, value)
			.update());
	}

	// ---- offers, cancellations

	/**
	 * Confirms an offer to move up: the signed-in person's own, or, for the company admin who registered a group,
	 * every open offer of that group.
	 *
	 * @throws RegistrationRefused when the offer has run out or was confirmed already
	 */
	public List<RegistrationView> confirmOffer(long registrationId) {
		PlatformUser user = signedIn();
		RegistrationView registration = registration(registrationId).orElseThrow(NotFoundException::new);
		boolean own = user.id().equals(registration.accountId());
		boolean admin = user.id().equals(registration.registeredBy());
		if (!own && !admin) {
			throw new NotFoundException();
		}
		List<Long> ids = !own && registration.groupId() != null
				? jdbc.sql("SELECT id FROM events.registration WHERE group_id = ? AND status = 'OFFERED' ORDER BY id")
					.param(registration.groupId())
					.query(Long.class)
					.list()
				: List.of(registrationId);
		return confirm(registration.eventId(), ids, null);
	}

	/** Confirms the offer of the person a mail link's token names. */
	public RegistrationView confirmOfferByToken(String token) {
		RegistrationView registration = byToken(token).orElseThrow(NotFoundException::new);
		return confirm(registration.eventId(), List.of(registration.id()), token).get(0);
	}

	private List<RegistrationView> confirm(UUID eventId, List<Long> ids, @Nullable String token) {
		EventView event = lock(eventId);
		if (ids.isEmpty()) {
			throw new RegistrationRefused("events.registration.refused.offer-gone");
		}
		List<Long> confirmed = jdbc.sql("""
				UPDATE events.registration SET status = 'CONFIRMED', offer_until = NULL, waiting_since = NULL
				WHERE id IN (:ids) AND status = 'OFFERED' AND offer_until > :now RETURNING id""")
			.param("ids", ids)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.list();
		if (confirmed.isEmpty()) {
			throw new RegistrationRefused("events.registration.refused.offer-gone");
		}
		List<RegistrationView> result = new ArrayList<>();
		for (long id : confirmed) {
			RegistrationView registration = registration(id).orElseThrow();
			result.add(registration);
			mails.confirmed(event, registration, token != null ? token : linkToken(registration));
		}
		return result;
	}

	/** Cancels the signed-in person's registration, or one the company admin made. */
	public RegistrationView cancel(long registrationId) {
		PlatformUser user = signedIn();
		RegistrationView registration = registration(registrationId).orElseThrow(NotFoundException::new);
		if (!user.id().equals(registration.accountId()) && !user.id().equals(registration.registeredBy())) {
			throw new NotFoundException();
		}
		return cancel(registration, false);
	}

	/** Cancels the registration a mail link's token names. */
	public RegistrationView cancelByToken(String token) {
		return cancel(byToken(token).orElseThrow(NotFoundException::new), false);
	}

	/** The organiser cancels one registration. */
	public RegistrationView cancelByOrganiser(UUID eventId, long registrationId) {
		organised(eventId);
		RegistrationView registration = registration(registrationId).filter(r -> r.eventId().equals(eventId))
			.orElseThrow(NotFoundException::new);
		return cancel(registration, true);
	}

	private RegistrationView cancel(RegistrationView registration, boolean byOrganiser) {
		EventView event = lock(registration.eventId());
		int changed = jdbc.sql("UPDATE events.registration SET status = 'CANCELLED', cancelled_at = :now, "
				+ "cancelled_by_organiser = :organiser, offer_until = NULL WHERE id = :id AND status IN "
				+ RegistrationStatus.ACTIVE_SQL)
			.param("now", Timestamp.from(clock.instant()))
			.param("organiser", byOrganiser)
			.param("id", registration.id())
			.update();
		if (changed == 0) {
			throw new RegistrationRefused("events.registration.refused.not-active");
		}
		RegistrationView cancelled = registration(registration.id()).orElseThrow();
		mails.cancelled(event, cancelled, byOrganiser);
		fillPlaces(event);
		return cancelled;
	}

	/**
	 * The organiser cancels the whole event: its status, and every registration still in play, in one
	 * transaction; everybody registered gets a mail with the reason after the commit.
	 *
	 * @throws FieldProblems without a reason (field {@code reason})
	 * @return how many registrations were cancelled
	 */
	public int cancelEvent(UUID eventId, String reason) {
		organised(eventId);
		EventView event = lock(eventId);
		if (event.status() == EventStatus.CANCELLED) {
			throw new RegistrationRefused("events.cancel.already");
		}
		String why = reason.strip();
		if (why.isEmpty()) {
			throw FieldProblems.of("reason", "events.cancel.error.reason");
		}
		if (why.length() > 1000) {
			throw FieldProblems.of("reason", "events.error.too-long", 1000);
		}
		// under the lock already held
		store.status(eventId, EventStatus.CANCELLED, why);
		List<RegistrationView> cancelled = jdbc.sql("UPDATE events.registration SET status = 'CANCELLED', "
				+ "cancelled_at = :now, cancelled_by_organiser = TRUE, offer_until = NULL WHERE event_id = :event "
				+ "AND status IN " + RegistrationStatus.ACTIVE_SQL + " RETURNING *")
			.param("now", Timestamp.from(clock.instant()))
			.param("event", eventId)
			.query(EventStore::registration)
			.list();
		EventView now = store.find(eventId).orElseThrow();
		for (RegistrationView registration : cancelled) {
			mails.eventCancelled(now, registration);
		}
		return cancelled.size();
	}

	/**
	 * Gives freed places of each mode to the head of its waiting list, as offers that hold the places for
	 * {@link EventsSettings#offerDuration()} (never beyond the end of the registration). The event is locked.
	 */
	private void fillPlaces(EventView event) {
		Instant now = clock.instant();
		if (!event.takesRegistrations(now)) {
			return;
		}
		Instant until = CapacityRules.offerUntil(now, settings.offerDuration(), event.registrationEnds());
		if (until == null) {
			return;
		}
		for (AttendanceMode mode : event.modes()) {
			List<RegistrationView> waiting = jdbc.sql("SELECT * FROM events.registration WHERE event_id = ? AND mode = ? "
					+ "AND status = 'WAITING' ORDER BY waiting_since, id")
				.params(event.id(), mode.name())
				.query(EventStore::registration)
				.list();
			Map<String, List<RegistrationView>> entries = new LinkedHashMap<>();
			for (RegistrationView registration : waiting) {
				String key = registration.groupId() != null ? "g" + registration.groupId() + registration.waitingSince()
						: "r" + registration.id();
				entries.computeIfAbsent(key, k -> new ArrayList<>()).add(registration);
			}
			List<CapacityRules.Waiting> queue = entries.entrySet()
				.stream()
				.map(entry -> new CapacityRules.Waiting(entry.getKey(), entry.getValue().size(),
						entry.getValue().get(0).waitingSince()))
				.toList();
			for (CapacityRules.Waiting moving : CapacityRules.movingUp(event.capacity(mode), held(event.id(), mode), queue)) {
				for (RegistrationView registration : entries.get(moving.key())) {
					jdbc.sql("UPDATE events.registration SET status = 'OFFERED', offer_until = ? WHERE id = ? "
							+ "AND status = 'WAITING'")
						.params(Timestamp.from(until), registration.id())
						.update();
					RegistrationView offered = registration(registration.id()).orElseThrow();
					mails.offered(event, offered, linkToken(offered));
				}
			}
		}
	}

	/**
	 * Expires every offer that ran out: its places pass to the next on the waiting list. Safe on several
	 * instances: each event is locked while its offers expire, and an offer expired by another instance is no
	 * longer OFFERED.
	 *
	 * @return how many offers expired
	 */
	public int expireOffers() {
		Timestamp now = Timestamp.from(clock.instant());
		List<UUID> events = jdbc.sql("SELECT DISTINCT event_id FROM events.registration WHERE status = 'OFFERED' "
				+ "AND offer_until <= ? ORDER BY event_id")
			.param(now)
			.query(UUID.class)
			.list();
		int expired = 0;
		for (UUID eventId : events) {
			EventView event = lock(eventId);
			List<RegistrationView> gone = jdbc.sql("UPDATE events.registration SET status = 'EXPIRED' WHERE event_id = ? "
					+ "AND status = 'OFFERED' AND offer_until <= ? RETURNING *")
				.params(eventId, now)
				.query(EventStore::registration)
				.list();
			for (RegistrationView registration : gone) {
				mails.expired(event, registration);
			}
			expired += gone.size();
			fillPlaces(event);
		}
		return expired;
	}

	/**
	 * Reminds every confirmed participant of an event that starts within the next day, once: the rows are
	 * claimed by setting {@code reminded_at} in the same statement that selects them, so that two instances
	 * never remind anybody twice.
	 *
	 * @return how many reminders went out
	 */
	public int remind() {
		Instant now = clock.instant();
		List<RegistrationView> due = jdbc.sql("""
				UPDATE events.registration r SET reminded_at = :now FROM events.event e
				WHERE e.id = r.event_id AND r.status = 'CONFIRMED' AND r.reminded_at IS NULL AND r.email <> ''
				  AND e.status IN ('OPEN', 'PLANNED') AND e.starts_at > :now AND e.starts_at <= :dayAfter
				RETURNING r.*""")
			.param("now", Timestamp.from(now))
			.param("dayAfter", Timestamp.from(now.plus(Duration.ofDays(1))))
			.query(EventStore::registration)
			.list();
		Map<UUID, EventView> events = new HashMap<>();
		for (RegistrationView registration : due) {
			EventView event = events.computeIfAbsent(registration.eventId(), id -> store.find(id).orElseThrow());
			mails.reminder(event, registration);
		}
		return due.size();
	}

	// ---- check-in

	/**
	 * Checks the ticket's holder in, once: a second check-in (by anybody) changes nothing and tells when the
	 * first was.
	 */
	public CheckIn checkIn(UUID eventId, String ticketCode) {
		PlatformUser staff = organised(eventId);
		String code = ticketCode.strip().toUpperCase(Locale.ROOT);
		Optional<RegistrationView> checked = jdbc.sql("""
				UPDATE events.registration SET checked_in_at = :now, checked_in_by = :by
				WHERE event_id = :event AND ticket_code = :code AND status = 'CONFIRMED' AND checked_in_at IS NULL
				RETURNING *""")
			.param("now", Timestamp.from(clock.instant()))
			.param("by", staff.id())
			.param("event", eventId)
			.param("code", code)
			.query(EventStore::registration)
			.optional();
		if (checked.isPresent()) {
			return new CheckIn(CheckInOutcome.CHECKED_IN, checked.get());
		}
		Optional<RegistrationView> found = jdbc.sql("SELECT * FROM events.registration WHERE event_id = ? AND ticket_code = ?")
			.params(eventId, code)
			.query(EventStore::registration)
			.optional();
		if (found.isEmpty()) {
			return new CheckIn(CheckInOutcome.NOT_FOUND, null);
		}
		RegistrationView registration = found.get();
		if (registration.checkedIn()) {
			return new CheckIn(CheckInOutcome.ALREADY, registration);
		}
		return new CheckIn(CheckInOutcome.NOT_CONFIRMED, registration);
	}

	/** The registration a ticket code names, for the organiser's check-in page. */
	@Transactional(readOnly = true)
	public Optional<RegistrationView> ticket(UUID eventId, String ticketCode) {
		organised(eventId);
		return jdbc.sql("SELECT * FROM events.registration WHERE event_id = ? AND ticket_code = ?")
			.params(eventId, ticketCode.strip().toUpperCase(Locale.ROOT))
			.query(EventStore::registration)
			.optional();
	}

	/**
	 * Adds a person who comes without registration, checked in at once. A walk-in takes a free on-site place
	 * like anybody: when none is free the staff are told (the event's places are a promise to the venue too);
	 * the organiser may raise the capacity first.
	 *
	 * @throws FieldProblems without a name (field {@code name}), or when no on-site place is free (form-wide)
	 */
	public RegistrationView walkIn(UUID eventId, String name, String email, String organisation) {
		PlatformUser staff = organised(eventId);
		EventView event = lock(eventId);
		List<FieldProblem> problems = new ArrayList<>();
		if (name.isBlank()) {
			problems.add(FieldProblem.of("name", "events.checkin.error.name"));
		}
		else if (name.strip().length() > MAX_NAME) {
			problems.add(FieldProblem.of("name", "events.error.too-long", MAX_NAME));
		}
		if (!email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
			problems.add(FieldProblem.of("email", "events.group.error.email"));
		}
		if (organisation.strip().length() > MAX_ORGANISATION) {
			problems.add(FieldProblem.of("organisation", "events.error.too-long", MAX_ORGANISATION));
		}
		if (event.status() == EventStatus.CANCELLED || !event.onsite()) {
			problems.add(FieldProblem.ofForm("events.checkin.error.no-onsite"));
		}
		else if (CapacityRules.free(event.capacity(AttendanceMode.ONSITE), held(eventId, AttendanceMode.ONSITE)) == 0) {
			problems.add(FieldProblem.ofForm("events.checkin.error.full"));
		}
		FieldProblems.throwIfAny(problems);
		Instant now = clock.instant();
		long id;
		try {
			id = insert(eventId, AttendanceMode.ONSITE, "CONFIRMED", null, name.strip(), email.strip(),
					organisation.strip(), staff.id(), null, null, now, null);
		}
		catch (DuplicateKeyException ex) {
			throw FieldProblems.of("email", "events.checkin.error.registered");
		}
		jdbc.sql("UPDATE events.registration SET walk_in = TRUE, checked_in_at = ?, checked_in_by = ? WHERE id = ?")
			.params(Timestamp.from(now), staff.id(), id)
			.update();
		return registration(id).orElseThrow();
	}

	// ---- reading

	@Transactional(readOnly = true)
	public Optional<RegistrationView> registration(long id) {
		return jdbc.sql("SELECT * FROM events.registration WHERE id = ?")
			.param(id)
			.query(EventStore::registration)
			.optional();
	}

	/** A registration the signed-in person may see: their own, or one they made for somebody else. */
	@Transactional(readOnly = true)
	public RegistrationView visible(long id) {
		PlatformUser user = signedIn();
		return registration(id)
			.filter(r -> user.id().equals(r.accountId()) || user.id().equals(r.registeredBy()))
			.orElseThrow(NotFoundException::new);
	}

	/** The registration a mail link's token names. */
	@Transactional(readOnly = true)
	public Optional<RegistrationView> byToken(String token) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM events.registration WHERE token_hash = ?")
			.param(hash(token))
			.query(EventStore::registration)
			.optional();
	}

	/** The place on the waiting list of its mode (1 is next; a group counts as its entries), 0 when not waiting. */
	@Transactional(readOnly = true)
	public int waitingPosition(RegistrationView registration) {
		if (registration.status() != RegistrationStatus.WAITING || registration.waitingSince() == null) {
			return 0;
		}
		return jdbc.sql("""
				SELECT count(*) FROM events.registration WHERE event_id = ? AND mode = ? AND status = 'WAITING'
				  AND (waiting_since < ? OR (waiting_since = ? AND id <= ?))""")
			.params(registration.eventId(), registration.mode().name(), Timestamp.from(registration.waitingSince()),
					Timestamp.from(registration.waitingSince()), registration.id())
			.query(Integer.class)
			.single();
	}

	/** The registrations of the signed-in person and those they made for others, latest event first. */
	@Transactional(readOnly = true)
	public List<RegistrationItem> mine() {
		PlatformUser user = signedIn();
		return items("r.account_id = :user OR r.registered_by = :user", Map.of("user", user.id()),
				"e.starts_at DESC, r.group_id, r.id", false);
	}

	/** The members of the companies the signed-in person administers (for the group form's choice). */
	@Transactional(readOnly = true)
	public List<MemberSummary> companyMembers(UUID companyId) {
		PlatformUser user = signedIn();
		if (!organisations.hasRole(user.id(), companyId, Role.COMPANY_ADMIN)) {
			throw new AccessDeniedException("Not an admin of company " + companyId);
		}
		return memberships.members(companyId);
	}

	/** The companies the signed-in person administers; none when signed out. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> companiesAdministered() {
		return CurrentUser.get()
			.map(user -> organisations.organisationsWhere(user.id(), Role.COMPANY_ADMIN)
				.stream()
				.flatMap(id -> organisations.organisation(id).stream())
				.toList())
			.orElse(List.of());
	}

	/** The confirmed registrations of an event matching the search, for the entrance (organisers only). */
	@Transactional(readOnly = true)
	public List<RegistrationItem> forCheckIn(UUID eventId, String query) {
		organisedEvent(eventId);
		Map<String, Object> params = new HashMap<>();
		params.put("event", eventId);
		return items(matching(query, params) + " AND r.status = 'CONFIRMED'", params, "r.mode, lower(r.name), r.id",
				false);
	}

	/** Every registration of an event (for attendance lists), confirmed first, with the answers. */
	@Transactional(readOnly = true)
	List<RegistrationItem> ofEvent(UUID eventId, String query) {
		Map<String, Object> params = new HashMap<>();
		params.put("event", eventId);
		return items(matching(query, params), params, "CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'OFFERED' THEN 1 WHEN 'WAITING' THEN 2 "
				+ "ELSE 3 END, r.mode, lower(r.name), r.id", true);
	}

	/** The registrations of the event whose name, organisation or address contains the search (all for none). */
	private static String matching(String query, Map<String, Object> params) {
		String where = "r.event_id = :event";
		if (!query.isBlank()) {
			where += " AND (r.name ILIKE :query OR r.organisation ILIKE :query OR r.email ILIKE :query)";
			params.put("query", "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return where;
	}

	private List<RegistrationItem> items(String where, Map<String, Object> params, String order, boolean withAnswers) {
		List<RegistrationItem> items = jdbc.sql("SELECT r.*, e.title AS event_title, e.slug AS event_slug, "
				+ "e.starts_at AS event_starts, e.ends_at AS event_ends FROM events.registration r "
				+ "JOIN events.event e ON e.id = r.event_id WHERE " + where + " ORDER BY " + order)
			.params(params)
			.query((rs, row) -> new RegistrationItem(EventStore.registration(rs, row), rs.getString("event_title"),
					rs.getString("event_slug"), EventStore.instant(rs, "event_starts"),
					EventStore.instant(rs, "event_ends"), 0, Map.of()))
			.list();
		// the answers of all of them in one query, not one per person
		Map<Long, Map<Long, String>> answersByRegistration = new HashMap<>();
		if (withAnswers && !items.isEmpty()) {
			Long[] ids = items.stream().map(item -> item.registration().id()).toArray(Long[]::new);
			jdbc.sql("SELECT registration_id, question_id, value FROM events.answer WHERE registration_id = ANY (?) "
					+ "ORDER BY registration_id, question_id")
				.param(ids)
				.query(rs -> {
					answersByRegistration.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
						.put(rs.getLong(2), rs.getString(3));
				});
		}
		List<RegistrationItem> result = new ArrayList<>(items.size());
		for (RegistrationItem item : items) {
			Map<Long, String> answers = answersByRegistration.getOrDefault(item.registration().id(), Map.of());
			result.add(new RegistrationItem(item.registration(), item.eventTitle(), item.eventSlug(), item.startsAt(),
					item.endsAt(), waitingPosition(item.registration()), answers));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public Map<Long, String> answersOf(long registrationId) {
		Map<Long, String> answers = new LinkedHashMap<>();
		jdbc.sql("SELECT question_id, value FROM events.answer WHERE registration_id = ? ORDER BY question_id")
			.param(registrationId)
			.query(rs -> {
				answers.put(rs.getLong(1), rs.getString(2));
			});
		return answers;
	}

	/** The event, if the signed-in person organises it; else 404. */
	@Transactional(readOnly = true)
	public EventView organisedEvent(UUID eventId) {
		PlatformUser user = signedIn();
		EventView event = store.find(eventId).orElseThrow(NotFoundException::new);
		if (!access.organises(user, event)) {
			throw new NotFoundException();
		}
		return event;
	}

	private PlatformUser organised(UUID eventId) {
		organisedEvent(eventId);
		return signedIn();
	}

	// ---- personal data

	/** The person's own registrations (for the data export). */
	@Transactional(readOnly = true)
	List<RegistrationItem> ofPerson(UUID person) {
		return items("r.account_id = :user", Map.of("user", person), "e.starts_at, r.id", true);
	}

	/**
	 * On account deletion: registrations in play for events that have not started are cancelled (their places
	 * move up); every other registration of the person loses name, address and link to the account; the
	 * registrations the person made for others keep no reference to them.
	 */
	void erase(UUID person) {
		Instant now = clock.instant();
		List<RegistrationView> future = jdbc.sql("SELECT r.* FROM events.registration r JOIN events.event e "
				+ "ON e.id = r.event_id WHERE r.account_id = ? AND r.status IN " + RegistrationStatus.ACTIVE_SQL
				+ " AND e.starts_at > ? ORDER BY r.event_id")
			.params(person, Timestamp.from(now))
			.query(EventStore::registration)
			.list();
		for (RegistrationView registration : future) {
			EventView event = lock(registration.eventId());
			jdbc.sql("UPDATE events.registration SET status = 'CANCELLED', cancelled_at = ?, offer_until = NULL "
					+ "WHERE id = ? AND status IN " + RegistrationStatus.ACTIVE_SQL)
				.params(Timestamp.from(now), registration.id())
				.update();
			fillPlaces(event);
		}
		jdbc.sql("DELETE FROM events.answer WHERE registration_id IN (SELECT id FROM events.registration WHERE account_id = ?)")
			.param(person)
			.update();
		jdbc.sql("UPDATE events.registration SET account_id = NULL, name = '', email = '', organisation = '', "
				+ "token_hash = NULL, status = CASE WHEN status IN " + RegistrationStatus.ACTIVE_SQL
				+ " AND status <> 'CONFIRMED' THEN 'CANCELLED' ELSE status END WHERE account_id = ?")
			.param(person)
			.update();
		jdbc.sql("UPDATE events.registration SET registered_by = NULL WHERE registered_by = ?").param(person).update();
		jdbc.sql("UPDATE events.registration SET checked_in_by = NULL WHERE checked_in_by = ?").param(person).update();
	}

	// ---- helpers

	private static PlatformUser signedIn() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	/** Locks the event's row until the transaction ends and reads it. */
	private EventView lock(UUID eventId) {
		jdbc.sql("SELECT id FROM events.event WHERE id = ? FOR UPDATE").param(eventId).query(UUID.class).optional()
			.orElseThrow(NotFoundException::new);
		return store.find(eventId).orElseThrow(NotFoundException::new);
	}

	/** Locks the event and checks that it takes registrations now; else refuses with the reason. */
	private EventView lockOpen(UUID eventId) {
		EventView event = lock(eventId);
		Instant now = clock.instant();
		if (!event.takesRegistrations(now)) {
			throw new RegistrationRefused(refusal(event, now));
		}
		return event;
	}

	/** Why an event takes no registrations at {@code now} (a message key). */
	public static String refusal(EventView event, Instant now) {
		return switch (event.status()) {
			case DRAFT -> "events.registration.refused.draft";
			case CANCELLED -> "events.registration.refused.cancelled";
			case PLANNED -> now.isBefore(event.endsAt()) ? "events.registration.refused.planned"
					: "events.registration.refused.past";
			case OPEN -> !now.isBefore(event.endsAt()) || !now.isBefore(event.startsAt())
					&& event.registrationUntil() == null ? "events.registration.refused.past"
							: "events.registration.refused.deadline";
		};
	}

	private boolean active(UUID eventId, @Nullable UUID account, String email) {
		return jdbc.sql("SELECT count(*) FROM events.registration WHERE event_id = :event AND status IN "
				+ RegistrationStatus.ACTIVE_SQL + " AND ((:account::uuid IS NOT NULL AND account_id = :account) "
				+ "OR (email <> '' AND lower(email) = lower(:email)))")
			.param("event", eventId)
			.param("account", account)
			.param("email", email)
			.query(Long.class)
			.single() > 0;
	}

	private int held(UUID eventId, AttendanceMode mode) {
		return jdbc.sql("SELECT count(*) FROM events.registration WHERE event_id = ? AND mode = ? AND status IN "
				+ RegistrationStatus.HOLDING_SQL)
			.params(eventId, mode.name())
			.query(Integer.class)
			.single();
	}

	private int waiting(UUID eventId, AttendanceMode mode) {
		return jdbc.sql("SELECT count(*) FROM events.registration WHERE event_id = ? AND mode = ? AND status = 'WAITING'")
			.params(eventId, mode.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * A fresh token for the mail links of a person without account (only its hash is stored): each mail with a
	 * link carries a new one, and the newest mail's link is the valid one. {@code null} for account holders.
	 */
	private @Nullable String linkToken(RegistrationView registration) {
		if (registration.accountId() != null || registration.email().isBlank()) {
			return null;
		}
		String token = LinkTokens.newToken();
		jdbc.sql("UPDATE events.registration SET token_hash = ? WHERE id = ?").params(hash(token), registration.id()).update();
		return token;
	}

	/** Only the SHA-256 of a mail link's token is stored. */
	static String hash(String token) {
		return LinkTokens.hash(token);
	}

}
