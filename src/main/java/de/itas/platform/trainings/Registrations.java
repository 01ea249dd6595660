package de.itas.platform.trainings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.Accounts;
import de.itas.platform.accounts.MemberSummary;
import de.itas.platform.accounts.Memberships;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.LinkTokens;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.RateLimiter;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.PageOf;

/**
 * Registrations for runs. A run's row is locked while a place is given or freed, so that concurrent
 * registrations queue and places are never overbooked: the first {@code capacity} registrations are
 * confirmed, the rest wait in order and move up (with a mail) when a confirmed place is cancelled or the
 * provider adds places.
 * <p>
 * A company admin may also invite a person without account by name and e-mail: the invitation holds a place
 * until the person confirms or declines through the single-use link in the mail, or until it expires
 * ({@link TrainingsSettings#invitationDays()}); a declined or expired invitation frees the place and loses the
 * invitee's name and address at once. Every registration and cancellation is told by mail to the participant,
 * to the company admin who registered them, and to the provider's staff.
 */
@Service
@Transactional
public class Registrations {

	/** Who cancelled a registration. */
	public enum CancelledBy {
		PARTICIPANT, COMPANY, PROVIDER
	}

	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final NamedParameterJdbcTemplate jdbc;
	private final ProviderAccess providers;
	private final Organisations organisations;
	private final Memberships memberships;
	private final Notifications notifications;
	private final AccessAudit audit;
	private final Clock clock;
	private final Accounts accounts;
	private final Mailer mailer;
	private final TrainingsSettings settings;
	private final RateLimiter limiter;

	Registrations(NamedParameterJdbcTemplate jdbc, ProviderAccess providers, Organisations organisations,
			Memberships memberships, Notifications notifications, AccessAudit audit, Clock clock, Accounts accounts,
			Mailer mailer, TrainingsSettings settings, RateLimiter limiter) {
		this.jdbc = jdbc;
		this.providers = providers;
		this.organisations = organisations;
		this.memberships = memberships;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
		this.accounts = accounts;
		this.mailer = mailer;
		this.settings = settings;
		this.limiter = limiter;
	}

	/** The signed-in person registers themself. */
	public RegistrationSummary registerSelf(long runId) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		return register(runId, user.id(), user.getDisplayName(), user.email(), user.id(), null);
	}

	/** A company admin registers a member of their company. */
	public RegistrationSummary registerEmployee(long runId, UUID companyId, UUID employeeId) {
		PlatformUser admin = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		MemberSummary employee = employee(admin, companyId, employeeId);
		return register(runId, employee.userId(), employee.displayName(), employee.email(), admin.id(), companyId);
	}

	/**
	 * A company admin registers a member of their company, as chosen in the registration form.
	 *
	 * @param choice the form's value of an {@link EmployeeChoice} ({@link EmployeeChoice#value()})
	 * @throws AccessDeniedException when the value names no member of a company the admin administers
	 */
	public RegistrationSummary registerEmployee(long runId, String choice) {
		EmployeeChoice.Key key = chosen(choice);
		return registerEmployee(runId, key.companyId(), key.employeeId());
	}

	/**
	 * The member a company admin chose in the registration form, for the confirmation page before the binding
	 * registration.
	 *
	 * @throws AccessDeniedException when the value names no member of a company the admin administers
	 */
	@Transactional(readOnly = true)
	public EmployeeChoice employeeChoice(String choice) {
		PlatformUser admin = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		EmployeeChoice.Key key = chosen(choice);
		MemberSummary employee = employee(admin, key.companyId(), key.employeeId());
		return new EmployeeChoice(key, employee.displayName(),
				organisations.organisation(key.companyId()).map(OrganisationSummary::name).orElse(""));
	}

	private static EmployeeChoice.Key chosen(String choice) {
		return EmployeeChoice.Key.parse(choice).orElseThrow(() -> new AccessDeniedException("No employee choice: " + choice));
	}

	private MemberSummary employee(PlatformUser admin, UUID companyId, UUID employeeId) {
		if (!organisations.hasRole(admin.id(), companyId, Role.COMPANY_ADMIN)) {
			throw new AccessDeniedException("Not an admin of company " + companyId);
		}
		return memberships.members(companyId)
			.stream()
			.filter(member -> member.userId().equals(employeeId))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Not a member of company " + companyId));
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

	/** The companies the signed-in person administers, for whom they may invite people; none when signed out. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> companiesAdministered() {
		return CurrentUser.get()
			.map(user -> organisations.organisationsWhere(user.id(), Role.COMPANY_ADMIN)
				.stream()
				.flatMap(id -> organisations.organisation(id).stream())
				.toList())
			.orElse(List.of());
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
		LockedRun run = open(runId);
		if (registeredFor(runId, personId, email)) {
			throw new AlreadyRegisteredException(runId);
		}
		RegistrationStatus status = held(runId) < run.capacity ? RegistrationStatus.CONFIRMED
				: RegistrationStatus.WAITING;
		Long id = jdbc.queryForObject("""
				INSERT INTO trainings.registration (run_id, person_id, person_name, person_email, registered_by, company_id,
				  status, registered_at)
				VALUES (:run, :person, :name, :email, :by, :company, :status, :now) RETURNING id""",
				new MapSqlParameterSource("run", runId).addValue("person", personId)
					.addValue("name", name)
					.addValue("email", email)
					.addValue("by", registeredBy)
					.addValue("company", companyId)
					.addValue("status", status.name())
					.addValue("now", Timestamp.from(clock.instant())),
				Long.class);
		RegistrationSummary registration = registration(id).orElseThrow();
		mail(registration, status == RegistrationStatus.CONFIRMED ? "confirmed" : "waiting");
		tellCompany(registration, "registered");
		tellProvider(registration, "registered");
		return registration;
	}

	/** Locks the run and checks that it takes registrations. */
	private LockedRun open(long runId) {
		LockedRun run = lock(runId).orElseThrow(() -> new RegistrationClosedException(runId));
		if (run.cancelled || !run.published || run.startDate.isBefore(LocalDate.now(clock))) {
			throw new RegistrationClosedException(runId);
		}
		return run;
	}

	/** Whether the person (by account or by address) holds, waits for or is invited to a place of the run. */
	private boolean registeredFor(long runId, @Nullable UUID personId, String email) {
		Integer existing = jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = :run "
				+ "AND (person_id = :person OR (person_email <> '' AND lower(person_email) = lower(:email))) "
				+ "AND status IN " + RegistrationStatus.ACTIVE_SQL,
				new MapSqlParameterSource("run", runId).addValue("person", personId).addValue("email", email),
				Integer.class);
		return existing != null && existing > 0;
	}

	/** A person whom a company admin registers by name and e-mail, without an account. */
	public record Invitee(@Nullable UUID companyId, String firstName, String lastName, String email) {

		String name() {
			return (firstName.strip() + " " + lastName.strip()).strip();
		}

	}

	/**
	 * A company admin registers a person by name and e-mail: the registration holds a place as INVITED and the
	 * person gets a mail with a single-use link to confirm or decline.
	 *
	 * @throws FieldProblems when a field is missing, the address already has a place on the run, or no place is
	 *         free (nothing is saved then)
	 * @throws RegistrationClosedException when the run takes no registrations
	 */
	public RegistrationSummary invite(long runId, Invitee invitee) {
		PlatformUser admin = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		UUID company = invitee.companyId();
		List<FieldProblem> problems = new ArrayList<>();
		if (company == null) {
			problems.add(FieldProblem.of("company", "common.validation.required"));
		}
		else if (!organisations.hasRole(admin.id(), company, Role.COMPANY_ADMIN)) {
			throw new AccessDeniedException("Not an admin of company " + company);
		}
		if (invitee.firstName().isBlank()) {
			problems.add(FieldProblem.of("firstName", "common.validation.required"));
		}
		if (invitee.lastName().isBlank()) {
			problems.add(FieldProblem.of("lastName", "common.validation.required"));
		}
		String email = invitee.email().strip();
		if (email.isEmpty()) {
			problems.add(FieldProblem.of("email", "common.validation.required"));
		}
		else if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(FieldProblem.of("email", "common.validation.email"));
		}
		FieldProblems.throwIfAny(problems);
		LockedRun run = open(runId);
		if (registeredFor(runId, null, email)) {
			throw FieldProblems.of("email", "trainings.invite.already");
		}
		if (held(runId) >= run.capacity) {
			throw new FieldProblems(FieldProblem.of(null, "trainings.invite.full"));
		}
		if (!mayMailInvitee(admin, email)) {
			throw new FieldProblems(FieldProblem.ofForm("trainings.invite.too-many"));
		}
		Instant now = clock.instant();
		// an invitation ends when the run's first day begins at the latest
		Instant until = now.plus(Duration.ofDays(settings.invitationDays()));
		Instant start = run.startDate.atStartOfDay(ZONE).toInstant();
		if (start.isBefore(until)) {
			until = start;
		}
		if (!until.isAfter(now)) {
			throw new RegistrationClosedException(runId);
		}
		String token = LinkTokens.newToken();
		Long id;
		try {
			id = jdbc.queryForObject("""
					INSERT INTO trainings.registration (run_id, person_id, person_name, person_email, registered_by,
					  company_id, status, registered_at, token_hash, invited_until)
					VALUES (:run, NULL, :name, :email, :by, :company, 'INVITED', :now, :hash, :until) RETURNING id""",
					new MapSqlParameterSource("run", runId).addValue("name", invitee.name())
						.addValue("email", email)
						.addValue("by", admin.id())
						.addValue("company", company)
						.addValue("now", Timestamp.from(now))
						.addValue("hash", hash(token))
						.addValue("until", Timestamp.from(until)),
					Long.class);
		}
		catch (DuplicateKeyException ex) {
			throw FieldProblems.of("email", "trainings.invite.already");
		}
		RegistrationSummary registration = registration(id).orElseThrow();
		Map<String, Object> variables = variables(registration);
		variables.put("company", organisations.organisation(company).map(OrganisationSummary::name).orElse(""));
		variables.put("until", DATE.format(lastDay(until)));
		variables.put("token", token);
		mailer.send(email, locale(), "trainings.mail.invitation.subject", "trainings/invitation",
				variables);
		tellCompany(registration, "invited");
		return registration;
	}

	/** At most this many invitation mails (invitations and withdrawals) go to one address per day. */
	private static final int MAILS_PER_ADDRESS_PER_DAY = 3;

	/**
	 * Counts one more mail of a company admin to an invitee (an invitation or its withdrawal) if the limits still
	 * allow it: per sender per hour and per day, and per receiving address per day. Anybody may register a company
	 * and so make the platform mail any address with names they chose.
	 */
	private boolean mayMailInvitee(PlatformUser sender, String email) {
		return limiter.tryAcquire(
				new RateLimiter.Limit("trainings.invite.hour:" + sender.id(), settings.invitationsPerHour(),
						Duration.ofHours(1)),
				new RateLimiter.Limit("trainings.invite.day:" + sender.id(), settings.invitationsPerDay(),
						Duration.ofDays(1)),
				new RateLimiter.Limit("trainings.invite.address:" + email.toLowerCase(Locale.ROOT),
						MAILS_PER_ADDRESS_PER_DAY, Duration.ofDays(1)));
	}

	/** The last day on which an invitation valid until then may be answered. */
	public static LocalDate lastDay(Instant until) {
		return LocalDate.ofInstant(until.minusNanos(1), ZONE);
	}

	/** Whether an invitation to the run may still be confirmed: the run has not begun and is not cancelled. */
	public boolean confirmable(RunDetails run) {
		return run.upcoming(LocalDate.now(clock));
	}

	/** The open invitation a link's token names; empty when unknown, used, or expired. */
	@Transactional(readOnly = true)
	public Optional<RegistrationSummary> invitation(String token) {
		return query("g.token_hash = :hash AND g.status = 'INVITED' AND g.invited_until > :now",
				new MapSqlParameterSource("hash", hash(token)).addValue("now", Timestamp.from(clock.instant())), "g.id")
			.stream()
			.findFirst();
	}

	/**
	 * The invited person confirms: the held place becomes theirs, and the link is used up. When they are signed
	 * in with an account whose verified address is the invited one, the registration is linked to it.
	 *
	 * @return the confirmed registration; empty when the link is unknown, used or expired
	 * @throws RegistrationClosedException when the run has begun or is cancelled (the invitation stays open, so
	 *         that it can still be declined)
	 */
	public Optional<RegistrationSummary> acceptInvitation(String token) {
		return answer(token, true);
	}

	/**
	 * The invited person declines: the place is free again, and their name and address are removed.
	 *
	 * @return the declined registration; empty when the link is unknown, used or expired
	 */
	public Optional<RegistrationSummary> declineInvitation(String token) {
		return answer(token, false);
	}

	private Optional<RegistrationSummary> answer(String token, boolean accept) {
		RegistrationSummary invited = invitation(token).orElse(null);
		if (invited == null) {
			return Optional.empty();
		}
		LockedRun run = lock(invited.runId()).orElseThrow(() -> new RegistrationClosedException(invited.runId()));
		if (accept && (run.cancelled || run.startDate.isBefore(LocalDate.now(clock)))) {
			throw new RegistrationClosedException(invited.runId());
		}
		MapSqlParameterSource params = new MapSqlParameterSource("id", invited.id()).addValue("hash", hash(token))
			.addValue("now", Timestamp.from(clock.instant()));
		String change = accept ? "status = 'CONFIRMED'" : "status = 'DECLINED', person_name = '', person_email = ''";
		// single use: the first answer clears the token; a second request with it changes nothing
		int changed = jdbc.update("UPDATE trainings.registration SET " + change + ", token_hash = NULL, answered_at = :now "
				+ "WHERE id = :id AND token_hash = :hash AND status = 'INVITED' AND invited_until > :now", params);
		if (changed == 0) {
			return Optional.empty();
		}
		if (accept) {
			CurrentUser.get().ifPresent(user -> link(user.id(), invited.id()));
			RegistrationSummary confirmed = registration(invited.id()).orElseThrow();
			mail(confirmed, "confirmed");
			tellCompany(confirmed, "accepted");
			tellProvider(confirmed, "registered");
			return Optional.of(confirmed);
		}
		tellCompany(invited, "declined");
		fillFreePlaces(invited.runId());
		return registration(invited.id());
	}

	/**
	 * Links the signed-in person's registrations that a company made by their (verified) address before they
	 * had an account, unless they already hold a place of that run themself.
	 *
	 * @return how many registrations were linked
	 */
	public int claimInvitations() {
		PlatformUser user = CurrentUser.get().orElse(null);
		String verified = user == null ? null : accounts.verifiedEmail(user.id()).orElse(null);
		if (verified == null) {
			return 0;
		}
		List<Long> ids = jdbc.queryForList("SELECT id FROM trainings.registration WHERE person_id IS NULL "
				+ "AND status IN ('CONFIRMED', 'WAITING') AND lower(person_email) = lower(:email)",
				new MapSqlParameterSource("email", verified), Long.class);
		int linked = 0;
		for (long id : ids) {
			linked += link(user.id(), id);
		}
		return linked;
	}

	/** Links the registration to the account if the account's verified address is the registration's. */
	private int link(UUID person, long registrationId) {
		String verified = accounts.verifiedEmail(person).orElse(null);
		if (verified == null) {
			return 0;
		}
		return jdbc.update("""
				UPDATE trainings.registration g SET person_id = :person
				WHERE g.id = :id AND g.person_id IS NULL AND lower(g.person_email) = lower(:email)
				  AND NOT EXISTS (SELECT 1 FROM trainings.registration o WHERE o.run_id = g.run_id AND o.person_id = :person
				    AND o.status IN """ + RegistrationStatus.ACTIVE_SQL + ")",
				new MapSqlParameterSource("person", person).addValue("id", registrationId).addValue("email", verified));
	}

	/**
	 * Expires every invitation not answered in time: its place is free again (the waiting list moves up), the
	 * invitee's name and address are removed, and the company admin is told. Runs are locked in the order of
	 * their ids, so that instances doing this at the same time wait for each other instead of deadlocking, and
	 * an invitation another instance expired meanwhile is no longer INVITED.
	 *
	 * @return how many invitations expired
	 */
	public int expireInvitations() {
		Timestamp now = Timestamp.from(clock.instant());
		List<Long> runs = jdbc.queryForList("SELECT DISTINCT run_id FROM trainings.registration WHERE status = 'INVITED' "
				+ "AND invited_until <= :now ORDER BY run_id", new MapSqlParameterSource("now", now), Long.class);
		int expired = 0;
		for (long runId : runs) {
			lock(runId);
			List<RegistrationSummary> due = query("g.run_id = :run AND g.status = 'INVITED' AND g.invited_until <= :now",
					new MapSqlParameterSource("run", runId).addValue("now", now), "g.id");
			for (RegistrationSummary invitation : due) {
				expired += jdbc.update("UPDATE trainings.registration SET status = 'EXPIRED', token_hash = NULL, "
						+ "person_name = '', person_email = '', answered_at = :now WHERE id = :id AND status = 'INVITED'",
						new MapSqlParameterSource("id", invitation.id()).addValue("now", now));
				tellCompany(invitation, "expired");
			}
			fillFreePlaces(runId);
		}
		return expired;
	}

	/** Only the SHA-256 of an invitation link's token is stored. */
	static String hash(String token) {
		return LinkTokens.hash(token);
	}

	/**
	 * The registration the signed-in person may cancel (their own, or one their company made), for the page
	 * that asks before cancelling.
	 *
	 * @throws AccessDeniedException for anybody else's registration
	 */
	@Transactional(readOnly = true)
	public RegistrationSummary cancellable(long registrationId) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		RegistrationSummary registration = registration(registrationId)
			.orElseThrow(() -> new AccessDeniedException("No registration " + registrationId));
		cancelledBy(user, registration);
		return registration;
	}

	/** The participant (or the company admin who registered them) cancels. */
	public void cancel(long registrationId) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		RegistrationSummary registration = registration(registrationId)
			.orElseThrow(() -> new AccessDeniedException("No registration " + registrationId));
		cancel(registration, cancelledBy(user, registration));
	}

	private CancelledBy cancelledBy(PlatformUser user, RegistrationSummary registration) {
		if (registration.of(user.id())) {
			return CancelledBy.PARTICIPANT;
		}
		if (registration.companyId() != null
				&& organisations.hasRole(user.id(), registration.companyId(), Role.COMPANY_ADMIN)) {
			return CancelledBy.COMPANY;
		}
		throw new AccessDeniedException("Not the participant's registration");
	}

	/** The provider of the run's offer cancels a registration (the participant is told by mail). */
	public void cancelByProvider(long registrationId) {
		RegistrationSummary registration = registration(registrationId)
			.orElseThrow(() -> new AccessDeniedException("No registration " + registrationId));
		providers.require(providerOf(registration.runId()));
		cancel(registration, CancelledBy.PROVIDER);
	}

	/**
	 * Cancels the registration as {@code seen} before the run was locked (also the entry point of the test of a
	 * stale view): what happens (forgetting an invitee's data, which mails) is decided from its state under the
	 * lock, since an invitee may have confirmed meanwhile.
	 */
	void cancel(RegistrationSummary seen, CancelledBy by) {
		lock(seen.runId());
		RegistrationSummary registration = registration(seen.id()).orElse(null);
		if (registration == null || !registration.active()) {
			return;
		}
		// an invitation nobody answered loses the invitee's name and address with its place
		String forget = registration.invited() ? ", person_name = '', person_email = ''" : "";
		int changed = jdbc.update("UPDATE trainings.registration SET status = 'CANCELLED', cancelled_at = :now, "
				+ "cancelled_by = :by, token_hash = NULL" + forget + " WHERE id = :id AND status = :status",
				new MapSqlParameterSource("id", registration.id()).addValue("now", Timestamp.from(clock.instant()))
					.addValue("by", by.name())
					.addValue("status", registration.status().name()));
		if (changed == 0) {
			return;
		}
		if (by == CancelledBy.PROVIDER) {
			mail(registration, "cancelled");
			tellCompany(registration, "cancelled");
		}
		else {
			// a withdrawn invitation mails the invitee: counted against the same limits as the invitation
			boolean limited = by == CancelledBy.COMPANY && registration.status() == RegistrationStatus.INVITED
					&& !CurrentUser.get().map(user -> mayMailInvitee(user, registration.personEmail())).orElse(true);
			if (!limited) {
				mail(registration, by == CancelledBy.COMPANY ? "withdrawn-company" : "withdrawn");
			}
			tellCompany(registration, "withdrawn");
			if (registration.status() != RegistrationStatus.INVITED) {
				tellProvider(registration, "withdrawn");
			}
		}
		fillFreePlaces(registration.runId());
	}

	/**
	 * Cancels every registration of a run its provider cancelled (confirmed, waiting and invited), and tells
	 * each person by mail. Call with the run already marked cancelled, in the same transaction.
	 *
	 * @return how many registrations were cancelled
	 */
	int cancelAllOfRun(long runId) {
		lock(runId);
		List<RegistrationSummary> active = query("g.run_id = :run AND g.status IN " + RegistrationStatus.ACTIVE_SQL,
				new MapSqlParameterSource("run", runId), "g.registered_at, g.id");
		MapSqlParameterSource params = new MapSqlParameterSource("run", runId)
			.addValue("now", Timestamp.from(clock.instant()))
			.addValue("by", CancelledBy.PROVIDER.name());
		jdbc.update("UPDATE trainings.registration SET person_name = '', person_email = '' WHERE run_id = :run "
				+ "AND status = 'INVITED'", params);
		jdbc.update("UPDATE trainings.registration SET status = 'CANCELLED', cancelled_at = :now, cancelled_by = :by, "
				+ "token_hash = NULL WHERE run_id = :run AND status IN " + RegistrationStatus.ACTIVE_SQL, params);
		active.forEach(registration -> {
			mail(registration, "run-cancelled");
			tellCompany(registration, "cancelled");
		});
		return active.size();
	}

	/**
	 * Moves waiting registrations up while places are free (call with the run locked or after a capacity change);
	 * nobody moves up into a run that has begun or is cancelled.
	 */
	void fillFreePlaces(long runId) {
		LockedRun run = lock(runId).orElse(null);
		if (run == null || run.cancelled || run.startDate.isBefore(LocalDate.now(clock))) {
			return;
		}
		int free = run.capacity - held(runId);
		if (free <= 0) {
			return;
		}
		List<Long> next = jdbc.queryForList("SELECT id FROM trainings.registration WHERE run_id = :run AND status = 'WAITING' "
				+ "ORDER BY registered_at, id LIMIT :free", new MapSqlParameterSource("run", runId).addValue("free", free),
				Long.class);
		for (long id : next) {
			jdbc.update("UPDATE trainings.registration SET status = 'CONFIRMED' WHERE id = :id",
					new MapSqlParameterSource("id", id));
			registration(id).ifPresent(moved -> {
				mail(moved, "moved-up");
				tellCompany(moved, "moved-up");
			});
		}
	}

	/** The signed-in person's own registrations, newest run first. */
	@Transactional(readOnly = true)
	public List<RegistrationSummary> mine() {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		return query("g.person_id = :user", new MapSqlParameterSource("user", user.id()), "r.start_date DESC, g.id");
	}

	/**
	 * One page of the registrations the signed-in person made for others and those of the companies they
	 * administer, in every status (invited, confirmed, waiting, declined, expired, cancelled), newest first.
	 *
	 * @param page 0-based; a page beyond the end shows the last one
	 */
	@Transactional(readOnly = true)
	public PageOf<RegistrationSummary> madeForOthers(int page, int size) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		Set<UUID> companies = new LinkedHashSet<>(organisations.organisationsWhere(user.id(), Role.COMPANY_ADMIN));
		companies.add(new UUID(0, 0)); // the id of no company keeps the SQL list non-empty
		String where = "(g.registered_by = :user OR g.company_id IN (:companies)) AND g.person_id IS DISTINCT FROM :user";
		MapSqlParameterSource params = new MapSqlParameterSource("user", user.id()).addValue("companies", companies);
		Long total = jdbc.queryForObject("SELECT count(*) FROM trainings.registration g WHERE " + where, params,
				Long.class);
		long count = total == null ? 0 : total;
		int shown = PageOf.clamp(page, size, count);
		params.addValue("limit", size).addValue("offset", (long) shown * size);
		return new PageOf<>(query(where, params, "g.registered_at DESC, g.id DESC LIMIT :limit OFFSET :offset"), shown,
				size, count);
	}

	/**
	 * The run's registrations for its provider (access to personal data is audited per participant). An open
	 * invitation shows only as a held place: the invitee has not agreed yet, so the provider gets neither their
	 * name nor their address.
	 */
	@Transactional(readOnly = true)
	public List<RegistrationSummary> participants(long runId) {
		providers.require(providerOf(runId));
		List<RegistrationSummary> participants = query("g.run_id = :run AND g.status NOT IN ('DECLINED', 'EXPIRED')",
				new MapSqlParameterSource("run", runId), "CASE g.status WHEN 'CONFIRMED' THEN 0 WHEN 'INVITED' THEN 1 "
						+ "WHEN 'WAITING' THEN 2 ELSE 3 END, g.registered_at, g.id");
		PlatformUser viewer = CurrentUser.get().orElseThrow();
		for (RegistrationSummary participant : participants) {
			UUID person = participant.personId();
			// an invitee without account has no id to file an audit entry under
			if (person != null && !person.equals(viewer.id())) {
				audit.personalDataViewed(person, "trainings.audit.participants",
						participant.offerTitle() + " (" + participant.startDate() + ")");
			}
		}
		return participants.stream().map(participant -> participant.invited() ? withoutPerson(participant) : participant)
			.toList();
	}

	private static RegistrationSummary withoutPerson(RegistrationSummary r) {
		return new RegistrationSummary(r.id(), r.runId(), r.offerId(), r.offerTitle(), r.startDate(), r.endDate(),
				r.city(), r.online(), r.personId(), "", "", r.registeredBy(), r.companyId(), r.status(),
				r.waitingPosition(), r.registeredAt(), r.invitedUntil());
	}

	@Transactional(readOnly = true)
	public Optional<RegistrationSummary> registration(long id) {
		return query("g.id = :id", new MapSqlParameterSource("id", id), "g.id").stream().findFirst();
	}

	/** The active registration of the signed-in person for the run, if any. */
	@Transactional(readOnly = true)
	public Optional<RegistrationSummary> own(long runId) {
		return CurrentUser.get()
			.flatMap(user -> query("g.run_id = :run AND g.person_id = :user AND g.status IN "
					+ RegistrationStatus.ACTIVE_SQL, new MapSqlParameterSource("run", runId).addValue("user", user.id()),
					"g.id")
				.stream()
				.findFirst());
	}

	/**
	 * The person's registrations: those of their account, and those a company made by the account's verified
	 * address that are not linked to it yet.
	 */
	List<RegistrationSummary> ofPerson(UUID person) {
		return query(OF_PERSON, ofPersonParameters(person), "g.id");
	}

	private static final String OF_PERSON = "g.person_id = :user OR (g.person_id IS NULL AND g.person_email <> '' "
			+ "AND lower(g.person_email) = lower(:email))";

	private MapSqlParameterSource ofPersonParameters(UUID person) {
		return new MapSqlParameterSource("user", person).addValue("email", accounts.verifiedEmail(person).orElse(""));
	}

	void erase(UUID person) {
		MapSqlParameterSource params = ofPersonParameters(person);
		List<Long> runs = jdbc.queryForList("SELECT DISTINCT run_id FROM trainings.registration g WHERE (" + OF_PERSON
				+ ") AND status IN " + RegistrationStatus.HOLDING_SQL, params, Long.class);
		jdbc.update("DELETE FROM trainings.registration g WHERE " + OF_PERSON, params);
		// registrations made for others stay theirs; only the link to the deleted admin goes (one of an invitee
		// without account keeps the bare id, which names nobody once the account is gone)
		jdbc.update("UPDATE trainings.registration SET registered_by = person_id WHERE registered_by = :user "
				+ "AND person_id IS NOT NULL", params);
		runs.forEach(this::fillFreePlaces);
	}

	private List<RegistrationSummary> query(String where, MapSqlParameterSource params, String order) {
		return jdbc.query("""
				SELECT g.*, r.offer_id, r.start_date, r.end_date, r.city, r.online, o.title,
				  CASE WHEN g.status = 'WAITING' THEN (SELECT count(*) FROM trainings.registration w WHERE w.run_id = g.run_id
				    AND w.status = 'WAITING' AND (w.registered_at, w.id) <= (g.registered_at, g.id)) ELSE 0 END AS position
				FROM trainings.registration g JOIN trainings.run r ON r.id = g.run_id JOIN trainings.offer o ON o.id = r.offer_id
				WHERE """ + " (" + where + ") ORDER BY " + order, params, (rs, n) -> {
			Timestamp invitedUntil = rs.getTimestamp("invited_until");
			return new RegistrationSummary(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("offer_id"),
					rs.getString("title"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), rs.getString("city"), rs.getBoolean("online"),
					rs.getObject("person_id", UUID.class), rs.getString("person_name"), rs.getString("person_email"),
					rs.getObject("registered_by", UUID.class), rs.getObject("company_id", UUID.class),
					RegistrationStatus.valueOf(rs.getString("status")), rs.getInt("position"),
					rs.getTimestamp("registered_at").toInstant(), invitedUntil == null ? null : invitedUntil.toInstant());
		});
	}

	private UUID providerOf(long runId) {
		return jdbc.queryForObject("SELECT o.provider_id FROM trainings.run r JOIN trainings.offer o ON o.id = r.offer_id "
				+ "WHERE r.id = :run", new MapSqlParameterSource("run", runId), UUID.class);
	}

	/** The places taken: confirmed registrations and invitations not yet answered. */
	private int held(long runId) {
		Integer count = jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = :run "
				+ "AND status IN " + RegistrationStatus.HOLDING_SQL, new MapSqlParameterSource("run", runId),
				Integer.class);
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

	private Map<String, Object> variables(RegistrationSummary registration) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", registration.personName());
		variables.put("title", registration.offerTitle());
		variables.put("start", registration.startDate().format(DATE));
		variables.put("end", registration.endDate().format(DATE));
		variables.put("online", registration.online() || registration.city() == null);
		variables.put("place", registration.city() == null ? "" : registration.city());
		variables.put("position", registration.waitingPosition());
		variables.put("offerId", registration.offerId());
		variables.put("runId", registration.runId());
		return variables;
	}

	/** Tells the participant: through their notifications, or by plain mail to an invitee without account. */
	private void mail(RegistrationSummary registration, String kind) {
		Map<String, Object> variables = variables(registration);
		UUID person = registration.personId();
		if (person == null) {
			if (!registration.personEmail().isBlank()) {
				mailer.send(registration.personEmail(), locale(),
						"trainings.mail." + kind + ".subject", "trainings/" + kind, variables);
			}
			return;
		}
		boolean cancellation = kind.equals("cancelled") || kind.equals("run-cancelled") || kind.startsWith("withdrawn");
		notifications.notify(Notification.to(person,
				cancellation ? TrainingsNotifications.CANCELLATION : TrainingsNotifications.REGISTRATION,
				"trainings.notification." + kind, "/meine-weiterbildungen", registration.offerTitle(),
				registration.startDate().format(DATE))
			.withMail("trainings.mail." + kind + ".subject", "trainings/" + kind, variables));
	}

	/** Tells the company admin who registered somebody else what became of that registration. */
	private void tellCompany(RegistrationSummary registration, String kind) {
		if (registration.of(registration.registeredBy())) {
			return;
		}
		Map<String, Object> variables = variables(registration);
		variables.put("person", registration.personName());
		variables.put("text", "trainings.mail.company." + kind + ".text");
		notifications.notify(Notification.to(registration.registeredBy(), TrainingsNotifications.COMPANY,
				"trainings.notification.company." + kind, "/meine-weiterbildungen", registration.offerTitle(),
				registration.startDate().format(DATE))
			.withMail("trainings.mail.company." + kind + ".subject", "trainings/company", variables));
	}

	/** Gives the provider's staff notice of a new registration, or of one the participant or company cancelled. */
	private void tellProvider(RegistrationSummary registration, String kind) {
		Map<String, Object> variables = variables(registration);
		variables.put("person", registration.personName());
		variables.put("text", "trainings.mail.provider." + kind + ".text");
		for (UUID staff : organisations.membersWhere(providerOf(registration.runId()), Role.PROVIDER)) {
			notifications.notify(Notification.to(staff, TrainingsNotifications.PROVIDER,
					"trainings.notification.provider." + kind,
					"/anbieter/termine/" + registration.runId() + "/teilnehmende", registration.offerTitle(),
					registration.startDate().format(DATE))
				.withMail("trainings.mail.provider." + kind + ".subject", "trainings/provider", variables));
		}
	}

	/** The language of the request, for mails to invitees without account (who have no language of their own). */
	private static Locale locale() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = context == null ? null : context.getLocale();
		return locale == null ? Locale.GERMAN : locale;
	}

	static Instant now(Clock clock) {
		return clock.instant();
	}

}
