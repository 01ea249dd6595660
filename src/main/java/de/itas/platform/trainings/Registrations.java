package de.itas.platform.trainings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.MemberSummary;
import de.itas.platform.accounts.Memberships;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Registrations for runs. A run's row is locked while a place is given or freed, so that concurrent
 * registrations queue and places are never overbooked: the first {@code capacity} registrations are
 * confirmed, the rest wait in order and move up (with a mail) when a confirmed place is cancelled or the
 * provider adds places.
 */
@Service
@Transactional
public class Registrations {

	/** Who cancelled a registration. */
	public enum CancelledBy {
		PARTICIPANT, COMPANY, PROVIDER
	}

	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private final NamedParameterJdbcTemplate jdbc;
	private final ProviderAccess providers;
	private final Organisations organisations;
	private final Memberships memberships;
	private final Notifications notifications;
	private final AccessAudit audit;
	private final Clock clock;

	Registrations(NamedParameterJdbcTemplate jdbc, ProviderAccess providers, Organisations organisations,
			Memberships memberships, Notifications notifications, AccessAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.providers = providers;
		this.organisations = organisations;
		this.memberships = memberships;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in person registers themself. */
	public RegistrationSummary registerSelf(long runId) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		return register(runId, user.id(), user.getDisplayName(), user.email(), user.id(), null);
	}

	/** A company admin registers a member of their company. */
	public RegistrationSummary registerEmployee(long runId, UUID companyId, UUID employeeId) {
		PlatformUser admin = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!organisations.hasRole(admin.id(), companyId, Role.COMPANY_ADMIN)) {
			throw new AccessDeniedException("Not an admin of company " + companyId);
		}
		MemberSummary employee = memberships.members(companyId)
			.stream()
			.filter(member -> member.userId().equals(employeeId))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Not a member of company " + companyId));
		return register(runId, employee.userId(), employee.displayName(), employee.email(), admin.id(), companyId);
	}

	/**
	 * A company admin registers a member of their company, as chosen in the registration form.
	 *
	 * @param choice the form's value of an {@link EmployeeChoice} ({@link EmployeeChoice#value()})
	 * @throws AccessDeniedException when the value names no member of a company the admin administers
	 */
	public RegistrationSummary registerEmployee(long runId, String choice) {
		EmployeeChoice.Key key = EmployeeChoice.Key.parse(choice)
			.orElseThrow(() -> new AccessDeniedException("No employee choice: " + choice));
		return registerEmployee(runId, key.companyId(), key.employeeId());
	}

	/** The members of the companies the signed-in person administers, whom they may register; none when signed out. */
	@Transactional(readOnly = true)
	public List<EmployeeChoice> employeeChoices() {
		PlatformUser user = CurrentUser.get().orElse(null);
		List<EmployeeChoice> choices = new ArrayList<>();
		if (user == null) {
			return choices;
		}
		for (UUID company : organisations.organisationsWhere(user.id(), Role.COMPANY_ADMIN)) {
			String companyName = organisations.organisation(company).map(OrganisationSummary::name).orElse("");
			for (MemberSummary member : memberships.members(company)) {
				choices.add(new EmployeeChoice(new EmployeeChoice.Key(company, member.userId()), member.displayName(),
						companyName));
			}
		}
		return choices;
	}

	/**
	 * Registers the person for the run: a place when one is free, else the waiting list; a mail tells them
	 * which. Also the entry point of the concurrency test.
	 *
	 * @throws AlreadyRegisteredException when the person is already registered or waiting
	 * @throws RegistrationClosedException when the run has started, is cancelled or its offer not published
	 */
	RegistrationSummary register(long runId, UUID personId, String name, String email, UUID registeredBy,
			@Nullable UUID companyId) {
		LockedRun run = lock(runId).orElseThrow(() -> new RegistrationClosedException(runId));
		if (run.cancelled || !run.published || run.startDate.isBefore(LocalDate.now(clock))) {
			throw new RegistrationClosedException(runId);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("run", runId).addValue("person", personId);
		Integer existing = jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = :run "
				+ "AND person_id = :person AND status <> 'CANCELLED'", params, Integer.class);
		if (existing != null && existing > 0) {
			throw new AlreadyRegisteredException(runId);
		}
		RegistrationStatus status = confirmed(runId) < run.capacity ? RegistrationStatus.CONFIRMED
				: RegistrationStatus.WAITING;
		Long id = jdbc.queryForObject("""
				INSERT INTO trainings.registration (run_id, person_id, person_name, person_email, registered_by, company_id,
				  status, registered_at)
				VALUES (:run, :person, :name, :email, :by, :company, :status, :now) RETURNING id""",
				params.addValue("name", name)
					.addValue("email", email)
					.addValue("by", registeredBy)
					.addValue("company", companyId)
					.addValue("status", status.name())
					.addValue("now", Timestamp.from(clock.instant())),
				Long.class);
		RegistrationSummary registration = registration(id).orElseThrow();
		mail(registration, status == RegistrationStatus.CONFIRMED ? "confirmed" : "waiting");
		return registration;
	}

	/** The participant (or the company admin who registered them) cancels. */
	public void cancel(long registrationId) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		RegistrationSummary registration = registration(registrationId)
			.orElseThrow(() -> new AccessDeniedException("No registration " + registrationId));
		CancelledBy by;
		if (registration.personId().equals(user.id())) {
			by = CancelledBy.PARTICIPANT;
		}
		else if (registration.companyId() != null
				&& organisations.hasRole(user.id(), registration.companyId(), Role.COMPANY_ADMIN)) {
			by = CancelledBy.COMPANY;
		}
		else {
			throw new AccessDeniedException("Not the participant's registration");
		}
		cancel(registration, by);
	}

	/** The provider of the run's offer cancels a registration (the participant is told by mail). */
	public void cancelByProvider(long registrationId) {
		RegistrationSummary registration = registration(registrationId)
			.orElseThrow(() -> new AccessDeniedException("No registration " + registrationId));
		providers.require(providerOf(registration.runId()));
		cancel(registration, CancelledBy.PROVIDER);
	}

	private void cancel(RegistrationSummary registration, CancelledBy by) {
		lock(registration.runId());
		int changed = jdbc.update("UPDATE trainings.registration SET status = 'CANCELLED', cancelled_at = :now, "
				+ "cancelled_by = :by WHERE id = :id AND status <> 'CANCELLED'",
				new MapSqlParameterSource("id", registration.id()).addValue("now", Timestamp.from(clock.instant()))
					.addValue("by", by.name()));
		if (changed == 0) {
			return;
		}
		if (by == CancelledBy.PROVIDER) {
			mail(registration, "cancelled");
		}
		fillFreePlaces(registration.runId());
	}

	/**
	 * Cancels every confirmed and waiting registration of a run its provider cancelled, and tells each
	 * person by mail. Call with the run already marked cancelled, in the same transaction.
	 *
	 * @return how many registrations were cancelled
	 */
	int cancelAllOfRun(long runId) {
		lock(runId);
		List<RegistrationSummary> active = query("g.run_id = :run AND g.status IN ('CONFIRMED', 'WAITING')",
				new MapSqlParameterSource("run", runId), "g.registered_at, g.id");
		jdbc.update("UPDATE trainings.registration SET status = 'CANCELLED', cancelled_at = :now, cancelled_by = :by "
				+ "WHERE run_id = :run AND status IN ('CONFIRMED', 'WAITING')",
				new MapSqlParameterSource("run", runId).addValue("now", Timestamp.from(clock.instant()))
					.addValue("by", CancelledBy.PROVIDER.name()));
		active.forEach(registration -> mail(registration, "run-cancelled"));
		return active.size();
	}

	/** Moves waiting registrations up while places are free (call with the run locked or after a capacity change). */
	void fillFreePlaces(long runId) {
		LockedRun run = lock(runId).orElse(null);
		if (run == null || run.cancelled) {
			return;
		}
		int free = run.capacity - confirmed(runId);
		if (free <= 0) {
			return;
		}
		List<Long> next = jdbc.queryForList("SELECT id FROM trainings.registration WHERE run_id = :run AND status = 'WAITING' "
				+ "ORDER BY registered_at, id LIMIT :free", new MapSqlParameterSource("run", runId).addValue("free", free),
				Long.class);
		for (long id : next) {
			jdbc.update("UPDATE trainings.registration SET status = 'CONFIRMED' WHERE id = :id",
					new MapSqlParameterSource("id", id));
			registration(id).ifPresent(moved -> mail(moved, "moved-up"));
		}
	}

	/** The signed-in person's registrations, and those they made for employees, newest run first. */
	@Transactional(readOnly = true)
	public List<RegistrationSummary> mine() {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		return query("g.person_id = :user OR g.registered_by = :user", new MapSqlParameterSource("user", user.id()),
				"r.start_date DESC, g.id");
	}

	/** The run's registrations for its provider (access to personal data is audited per participant). */
	@Transactional(readOnly = true)
	public List<RegistrationSummary> participants(long runId) {
		providers.require(providerOf(runId));
		List<RegistrationSummary> participants = query("g.run_id = :run", new MapSqlParameterSource("run", runId),
				"CASE g.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END, g.registered_at, g.id");
		PlatformUser viewer = CurrentUser.get().orElseThrow();
		for (RegistrationSummary participant : participants) {
			if (!participant.personId().equals(viewer.id())) {
				audit.personalDataViewed(participant.personId(), "trainings.audit.participants",
						participant.offerTitle() + " (" + participant.startDate() + ")");
			}
		}
		return participants;
	}

	@Transactional(readOnly = true)
	public Optional<RegistrationSummary> registration(long id) {
		return query("g.id = :id", new MapSqlParameterSource("id", id), "g.id").stream().findFirst();
	}

	/** The active registration of the signed-in person for the run, if any. */
	@Transactional(readOnly = true)
	public Optional<RegistrationSummary> own(long runId) {
		return CurrentUser.get()
			.flatMap(user -> query("g.run_id = :run AND g.person_id = :user AND g.status <> 'CANCELLED'",
					new MapSqlParameterSource("run", runId).addValue("user", user.id()), "g.id")
				.stream()
				.findFirst());
	}

	List<RegistrationSummary> ofPerson(UUID person) {
		return query("g.person_id = :user", new MapSqlParameterSource("user", person), "g.id");
	}

	void erase(UUID person) {
		MapSqlParameterSource params = new MapSqlParameterSource("user", person);
		List<Long> runs = jdbc.queryForList("SELECT DISTINCT run_id FROM trainings.registration WHERE person_id = :user "
				+ "AND status = 'CONFIRMED'", params, Long.class);
		jdbc.update("DELETE FROM trainings.registration WHERE person_id = :user", params);
		// registrations made for others stay theirs; only the link to the deleted admin goes
		jdbc.update("UPDATE trainings.registration SET registered_by = person_id WHERE registered_by = :user", params);
		runs.forEach(this::fillFreePlaces);
	}

	private List<RegistrationSummary> query(String where, MapSqlParameterSource params, String order) {
		return jdbc.query("""
				SELECT g.*, r.offer_id, r.start_date, r.end_date, r.city, r.online, o.title,
				  CASE WHEN g.status = 'WAITING' THEN (SELECT count(*) FROM trainings.registration w WHERE w.run_id = g.run_id
				    AND w.status = 'WAITING' AND (w.registered_at, w.id) <= (g.registered_at, g.id)) ELSE 0 END AS position
				FROM trainings.registration g JOIN trainings.run r ON r.id = g.run_id JOIN trainings.offer o ON o.id = r.offer_id
				WHERE """ + " (" + where + ") ORDER BY " + order, params,
				(rs, n) -> new RegistrationSummary(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("offer_id"),
						rs.getString("title"), rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class), rs.getString("city"), rs.getBoolean("online"),
						rs.getObject("person_id", UUID.class), rs.getString("person_name"), rs.getString("person_email"),
						rs.getObject("registered_by", UUID.class), rs.getObject("company_id", UUID.class),
						RegistrationStatus.valueOf(rs.getString("status")), rs.getInt("position"),
						rs.getTimestamp("registered_at").toInstant()));
	}

	private UUID providerOf(long runId) {
		return jdbc.queryForObject("SELECT o.provider_id FROM trainings.run r JOIN trainings.offer o ON o.id = r.offer_id "
				+ "WHERE r.id = :run", new MapSqlParameterSource("run", runId), UUID.class);
	}

	private int confirmed(long runId) {
		Integer count = jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = :run "
				+ "AND status = 'CONFIRMED'", new MapSqlParameterSource("run", runId), Integer.class);
		return count == null ? 0 : count;
	}

	private record LockedRun(int capacity, boolean cancelled, boolean published, LocalDate startDate) {
	}

	/** Locks the run's row until the transaction ends: registrations for one run happen one after another. */
	private Optional<LockedRun> lock(long runId) {
		return jdbc.query("SELECT r.capacity, r.cancelled, o.status = 'PUBLISHED' AS published, r.start_date "
				+ "FROM trainings.run r JOIN trainings.offer o ON o.id = r.offer_id WHERE r.id = :run FOR UPDATE OF r",
				new MapSqlParameterSource("run", runId),
				(rs, n) -> new LockedRun(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3),
						rs.getObject(4, LocalDate.class)))
			.stream()
			.findFirst();
	}

	private void mail(RegistrationSummary registration, String kind) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", registration.personName());
		variables.put("title", registration.offerTitle());
		variables.put("start", registration.startDate().format(DATE));
		variables.put("end", registration.endDate().format(DATE));
		variables.put("online", registration.online() || registration.city() == null);
		variables.put("place", registration.city() == null ? "" : registration.city());
		variables.put("position", registration.waitingPosition());
		variables.put("offerId", registration.offerId());
		boolean cancellation = kind.equals("cancelled") || kind.equals("run-cancelled");
		notifications.notify(Notification.to(registration.personId(),
				cancellation ? TrainingsNotifications.CANCELLATION : TrainingsNotifications.REGISTRATION,
				"trainings.notification." + kind, "/meine-weiterbildungen", registration.offerTitle(),
				registration.startDate().format(DATE))
			.withMail("trainings.mail." + kind + ".subject", "trainings/" + kind, variables));
	}

	static Instant now(Clock clock) {
		return clock.instant();
	}

}
