package de.itas.platform.helpdesk;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.Accounts;
import de.itas.platform.region.HelpDeskSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.OutgoingMail;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.PageOf;

/**
 * Appointments: advisors publish slots (at a help desk, by video or by phone) for some topics; signed-in
 * people book one for their inquiry or directly. A slot is booked at most once, also under concurrent
 * requests (one conditional update decides). Booking, cancelling and rebooking mail both sides with a link
 * to the {@code .ics} invitation.
 */
@Service
@Transactional(readOnly = true)
public class Appointments {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final SlotRepository slots;
	private final CaseRepository cases;
	private final TeamRepository teams;
	private final Region region;
	private final Accounts accounts;
	private final Notifications notifications;
	private final MessageSource messages;
	private final AccessAudit audit;
	private final HelpdeskSettings settings;
	private final Clock clock;

	Appointments(SlotRepository slots, CaseRepository cases, TeamRepository teams, Region region, Accounts accounts,
			Notifications notifications, MessageSource messages, AccessAudit audit, HelpdeskSettings settings,
			Clock clock) {
		this.slots = slots;
		this.cases = cases;
		this.teams = teams;
		this.region = region;
		this.accounts = accounts;
		this.notifications = notifications;
		this.messages = messages;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	private static PlatformUser signedIn() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	private static PlatformUser advisor() {
		PlatformUser user = signedIn();
		if (!user.hasRole(Role.ADVISOR)) {
			throw new AccessDeniedException("Not an advisor");
		}
		return user;
	}

	/** The signed-in advisor publishes a slot for one of their teams. */
	@Transactional
	public long publish(String teamCode, SlotKind kind, @Nullable String deskCode, @Nullable Instant start, int minutes,
			Set<Topic> topics) {
		PlatformUser user = advisor();
		List<FieldProblem> problems = new ArrayList<>();
		if (!teams.isMember(teamCode, user.id())) {
			problems.add(FieldProblem.of("teamCode", "helpdesk.slots.team.invalid"));
		}
		if (start == null || !start.isAfter(clock.instant())) {
			problems.add(FieldProblem.of("start", "helpdesk.slots.start.future"));
		}
		else {
			ZonedDateTime local = start.atZone(SaxonWorkingDays.ZONE);
			if (!plausibleDay(local.getDayOfWeek())) {
				problems.add(FieldProblem.of("start", settings.saturdaySlots() ? "helpdesk.slots.start.weekday-saturday"
						: "helpdesk.slots.start.weekday"));
			}
			else if (!plausibleTime(local.toLocalTime(), minutes)) {
				problems.add(new FieldProblem("start", "helpdesk.slots.start.hours", List.of(EARLIEST.toString(),
						LATEST.toString())));
			}
		}
		commonChecks(problems, kind, deskCode, minutes, topics);
		if (problems.isEmpty() && slots.exists(user.id(), start)) {
			problems.add(FieldProblem.of("start", "helpdesk.slots.start.duplicate"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		return slots.insert(user.id(), user.getDisplayName(), teamCode, kind,
				kind == SlotKind.HELP_DESK ? deskCode : null, start, minutes, topics);
	}

	/** Slots start no earlier than this (local time in Saxony) … */
	static final LocalTime EARLIEST = LocalTime.of(7, 0);

	/** … and end no later than this. */
	static final LocalTime LATEST = LocalTime.of(20, 0);

	private boolean plausibleDay(DayOfWeek day) {
		return day.getValue() <= 5 || day == DayOfWeek.SATURDAY && settings.saturdaySlots();
	}

	private static boolean plausibleTime(LocalTime start, int minutes) {
		return !start.isBefore(EARLIEST) && start.isBefore(LATEST)
				&& start.toSecondOfDay() + 60L * Math.max(minutes, 0) <= LATEST.toSecondOfDay();
	}

	private void commonChecks(List<FieldProblem> problems, SlotKind kind, @Nullable String deskCode, int minutes,
			Set<Topic> topics) {
		if (minutes < 10 || minutes > 240) {
			problems.add(new FieldProblem("minutes", "helpdesk.slots.minutes.range", List.of(10, 240)));
		}
		if (kind == SlotKind.HELP_DESK && (deskCode == null || region.helpDesk(deskCode).isEmpty())) {
			problems.add(FieldProblem.of("deskCode", "helpdesk.slots.desk.required"));
		}
		if (topics.isEmpty()) {
			problems.add(FieldProblem.of("topics", "helpdesk.slots.topics.required"));
		}
	}

	/**
	 * The signed-in advisor publishes a weekly series: a slot on each chosen weekday from the first to the last
	 * day, at the same time, except on the skipped days and on Saxon public holidays. All slots are saved in one
	 * transaction or none; more than {@link HelpdeskSettings#maxSlotsPerSeries()} are refused.
	 *
	 * @return the series' id
	 */
	@Transactional
	public long publishSeries(SeriesRequest request) {
		PlatformUser user = advisor();
		List<FieldProblem> problems = new ArrayList<>();
		if (!teams.isMember(request.teamCode(), user.id())) {
			problems.add(FieldProblem.of("teamCode", "helpdesk.slots.team.invalid"));
		}
		if (request.weekdays().isEmpty()) {
			problems.add(FieldProblem.of("weekdays", "helpdesk.series.weekdays.required"));
		}
		else if (request.weekdays().stream().anyMatch(day -> !plausibleDay(day))) {
			problems.add(FieldProblem.of("weekdays", settings.saturdaySlots() ? "helpdesk.slots.start.weekday-saturday"
					: "helpdesk.slots.start.weekday"));
		}
		if (request.startTime() == null) {
			problems.add(FieldProblem.of("startTime", "helpdesk.series.time.required"));
		}
		else if (!plausibleTime(request.startTime(), request.minutes())) {
			problems.add(new FieldProblem("startTime", "helpdesk.slots.start.hours", List.of(EARLIEST.toString(),
					LATEST.toString())));
		}
		LocalDate today = LocalDate.now(clock.withZone(SaxonWorkingDays.ZONE));
		if (request.firstDay() == null) {
			problems.add(FieldProblem.of("firstDay", "helpdesk.series.day.required"));
		}
		else if (request.firstDay().isBefore(today)) {
			problems.add(FieldProblem.of("firstDay", "helpdesk.series.first-day.past"));
		}
		if (request.lastDay() == null) {
			problems.add(FieldProblem.of("lastDay", "helpdesk.series.day.required"));
		}
		else if (request.firstDay() != null && request.lastDay().isBefore(request.firstDay())) {
			problems.add(FieldProblem.of("lastDay", "helpdesk.series.last-day.before"));
		}
		if (request.skippedInvalid() != null) {
			problems.add(new FieldProblem("skipped", "helpdesk.series.skipped.invalid", List.of(request.skippedInvalid())));
		}
		else if (request.skipped().size() > MAX_SKIPPED_DAYS) {
			problems.add(FieldProblem.of("skipped", "helpdesk.series.skipped.too-many", MAX_SKIPPED_DAYS));
		}
		commonChecks(problems, request.kind(), request.deskCode(), request.minutes(), request.topics());
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		Instant now = clock.instant();
		List<Instant> starts = new ArrayList<>();
		// counting stops past the cap, so a series over years is refused without computing all of it
		for (LocalDate day = request.firstDay(); !day.isAfter(request.lastDay())
				&& starts.size() <= settings.maxSlotsPerSeries(); day = day.plusDays(1)) {
			if (request.weekdays().contains(day.getDayOfWeek()) && !request.skipped().contains(day)
					&& !SaxonWorkingDays.isHoliday(day)) {
				Instant start = day.atTime(request.startTime()).atZone(SaxonWorkingDays.ZONE).toInstant();
				if (start.isAfter(now)) {
					starts.add(start);
				}
			}
		}
		if (starts.isEmpty()) {
			throw FieldProblems.of("lastDay", "helpdesk.series.empty");
		}
		if (starts.size() > settings.maxSlotsPerSeries()) {
			throw new FieldProblems(List.of(new FieldProblem("lastDay", "helpdesk.series.too-many",
					List.of(settings.maxSlotsPerSeries()))));
		}
		for (Instant start : starts) {
			if (slots.exists(user.id(), start)) {
				throw new FieldProblems(List.of(new FieldProblem("startTime", "helpdesk.series.duplicate",
						List.of(WHEN.format(start.atZone(SaxonWorkingDays.ZONE))))));
			}
		}
		String desk = request.kind() == SlotKind.HELP_DESK ? request.deskCode() : null;
		long series = slots.insertSeries(user.id(), request.teamCode(), request.kind(), desk,
				request.weekdays().stream().map(DayOfWeek::name).collect(java.util.stream.Collectors.joining(",")),
				request.startTime(), request.minutes(), request.firstDay(), request.lastDay(),
				request.skipped().stream().sorted().map(LocalDate::toString).collect(java.util.stream.Collectors.joining(",")),
				now);
		for (Instant start : starts) {
			slots.insertOfSeries(series, user.id(), user.getDisplayName(), request.teamCode(), request.kind(), desk, start,
					request.minutes(), request.topics());
		}
		return series;
	}

	/** Whether advisors may offer slots on Saturdays (Monday to Friday always). */
	public boolean saturdaySlots() {
		return settings.saturdaySlots();
	}

	/** How many slots one series may create at most. */
	public int maxSlotsPerSeries() {
		return settings.maxSlotsPerSeries();
	}

	/** The signed-in advisor's series that are not cancelled. */
	public List<SeriesSummary> mySeries() {
		return slots.seriesOf(advisor().id(), clock.instant())
			.stream()
			.map(row -> new SeriesSummary(row.id(), row.kind(),
					java.util.Arrays.stream(row.weekdays().split(",")).map(DayOfWeek::valueOf).toList(), row.startTime(),
					row.minutes(), row.firstDay(), row.lastDay(), row.free(), row.booked()))
			.toList();
	}

	/** The coming slots of one of the signed-in advisor's series (for the confirmation before cancelling it). */
	public List<SlotSummary> slotsOfMySeries(long series) {
		ownSeries(series);
		return slots.ofSeries(series, clock.instant()).stream().map(SlotRepository.SlotRow::summary).toList();
	}

	/**
	 * Cancels one of the signed-in advisor's series: its coming free slots are no longer offered; booked ones stay
	 * (the advisor cancels them one by one, so the people are told).
	 *
	 * @return how many slots were cancelled
	 */
	@Transactional
	public int cancelSeries(long series) {
		ownSeries(series);
		return slots.cancelSeries(series, clock.instant());
	}

	private void ownSeries(long series) {
		UUID advisor = advisor().id();
		if (!slots.seriesAdvisor(series).map(advisor::equals).orElse(false)) {
			throw new AccessDeniedException("Not your series");
		}
	}

	/** The signed-in advisor's coming slots, free and booked. */
	public List<SlotSummary> mySlots() {
		PlatformUser user = advisor();
		return slots.ofAdvisor(user.id(), clock.instant().minus(Duration.ofDays(1)))
			.stream()
			.map(SlotRepository.SlotRow::summary)
			.toList();
	}

	/**
	 * The one truth about free slots: one page of the slots that can be booked under the filter (coming, neither
	 * booked nor cancelled), and whether the signed-in person may book one more. Every page that offers slots
	 * reads them here.
	 */
	public BookableSlots bookable(SlotFilter filter, int page, int size) {
		Instant now = clock.instant();
		List<String> desks = filter.districtCode() == null ? List.of()
				: region.helpDesks(filter.districtCode(), null).stream().map(HelpDeskSummary::code).toList();
		long total = slots.countBookable(filter, now, desks);
		int index = PageOf.clamp(page, size, total);
		List<SlotSummary> items = slots.bookable(filter, now, desks, index * size, size)
			.stream()
			.map(SlotRepository.SlotRow::summary)
			.toList();
		boolean limitReached = CurrentUser.get()
			.map(user -> slots.openBookings(user.id(), now) >= settings.maxOpenBookings())
			.orElse(false);
		return new BookableSlots(filter, new PageOf<>(items, index, size, total), limitReached,
				settings.maxOpenBookings());
	}

	/** The first bookable slots, optionally for one topic (read through {@link #bookable}). */
	public List<SlotSummary> freeSlots(@Nullable Topic topic) {
		return bookable(new SlotFilter(null, null, topic, null), 0, 50).page().items();
	}

	/**
	 * The filter for the person's own open inquiry: its topic and district, and the team handling it once it
	 * has one; absent when the inquiry is closed.
	 */
	public Optional<SlotFilter> filterForOwnInquiry(String caseNumber) {
		Inquiry row = ownInquiry(caseNumber);
		if (!row.status().open()) {
			return Optional.empty();
		}
		return Optional.of(new SlotFilter(row.districtCode(), null, row.topic(), row.teamCode()));
	}

	/**
	 * The first bookable slots for the person's own open inquiry: those of its team among what {@code /termine}
	 * shows filtered by the inquiry's topic and district.
	 */
	public BookableSlots bookableForOwnInquiry(String caseNumber, int size) {
		return filterForOwnInquiry(caseNumber).map(filter -> bookable(filter, 0, size))
			.orElseGet(() -> new BookableSlots(SlotFilter.all(), new PageOf<>(List.of(), 0, size, 0), false,
					settings.maxOpenBookings()));
	}

	public List<SlotSummary> forOwnInquiry(String caseNumber) {
		Inquiry row = ownInquiry(caseNumber);
		return slots.ofInquiry(row.id()).stream().map(SlotRepository.SlotRow::summary).toList();
	}

	/** Appointments the signed-in person booked. */
	public List<SlotSummary> myBookings() {
		return slots.bookedBy(signedIn().id()).stream().map(SlotRepository.SlotRow::summary).toList();
	}

	/** For each coming booking of the signed-in person, by slot id: up to ten free slots of the same team to move to. */
	public Map<Long, List<SlotSummary>> alternativesToMyBookings() {
		Map<Long, List<SlotSummary>> alternatives = new HashMap<>();
		Instant now = clock.instant();
		for (SlotSummary booking : myBookings()) {
			if (booking.startsAt().isAfter(now)) {
				alternatives.put(booking.id(), bookable(SlotFilter.ofTeam(booking.teamCode()), 0, 10).page().items());
			}
		}
		return alternatives;
	}

	/** Free slots of a case's team for an advisor to offer (staff view of a case): the first page of them. */
	public List<SlotSummary> freeSlotsOfTeam(String teamCode) {
		return bookable(SlotFilter.ofTeam(teamCode), 0, 50).page().items();
	}

	/**
	 * Books the slot for the signed-in person, for one of their inquiries or directly. Nobody holds more than
	 * {@link HelpdeskSettings#maxOpenBookings()} coming appointments at once, also under parallel requests.
	 *
	 * @throws SlotTakenException when somebody else has it
	 * @throws FieldProblems for a past or unknown slot, or when the person has booked enough already
	 */
	@Transactional
	public void book(long slotId, @Nullable String caseNumber) {
		book(slotId, caseNumber, null);
	}

	/** The longest reason a person may give for an appointment. */
	public static final int REASON_MAX = 500;

	/**
	 * Books the slot as {@link #book(long, String)}, with what the person wants to talk about (shown to the
	 * advisor; optional, at most {@link #REASON_MAX} characters).
	 */
	@Transactional
	public void book(long slotId, @Nullable String caseNumber, @Nullable String reason) {
		PlatformUser user = signedIn();
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text != null && text.length() > REASON_MAX) {
			throw FieldProblems.of("reason", "helpdesk.slots.reason.too-long", REASON_MAX);
		}
		if (text != null && text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw FieldProblems.of("reason", "helpdesk.slots.reason.invalid");
		}
		SlotRepository.SlotRow slot = slots.find(slotId)
			.orElseThrow(() -> FieldProblems.of("slot", "helpdesk.slots.unknown"));
		Instant now = clock.instant();
		if (!slot.summary().startsAt().isAfter(now)) {
			throw FieldProblems.of("slot", "helpdesk.slots.past");
		}
		if (slots.cancelled(slotId)) {
			throw FieldProblems.of("slot", "helpdesk.slots.unknown");
		}
		Inquiry inquiry = caseNumber == null ? null : ownInquiry(caseNumber);
		// one person's bookings are counted one request at a time, so parallel requests cannot pass the limit
		slots.lockBookingsOf(user.id());
		if (slots.openBookings(user.id(), now) >= settings.maxOpenBookings()) {
			throw FieldProblems.of("slot", "helpdesk.slots.limit", settings.maxOpenBookings());
		}
		if (slot.summary().booked() || !slots.book(slotId, user.id(), user.getDisplayName(), user.email(),
				inquiry == null ? null : inquiry.id(), now, text)) {
			throw new SlotTakenException();
		}
		if (inquiry != null) {
			inquiry.appointment(true, slot.summary().startsAt(), Inquiry.Actor.of(user), now);
			cases.save(inquiry);
		}
		notifyBoth(slots.find(slotId).orElseThrow(), false);
	}

	/** Most days one series may skip (more are no series any more but single slots). */
	static final int MAX_SKIPPED_DAYS = 100;

	/** Cancels a booking: by the person who booked it or by the slot's advisor. The slot is free again. */
	@Transactional
	public void cancel(long slotId) {
		PlatformUser user = signedIn();
		SlotRepository.SlotRow slot = slots.find(slotId).orElseThrow(() -> new AccessDeniedException("No such slot"));
		if (!slot.summary().booked()) {
			throw FieldProblems.of("slot", "helpdesk.slots.not-booked");
		}
		if (!user.id().equals(slot.summary().bookedBy()) && !user.id().equals(slot.summary().advisorId())) {
			throw new AccessDeniedException("Not your appointment");
		}
		SlotRepository.SlotRow cancelled = new SlotRepository.SlotRow(slot.summary(), slot.bookedEmail(), slot.uid(),
				slot.sequence() + 1);
		String caseNumber = slot.summary().caseNumber();
		slots.release(slotId, clock.instant());
		if (caseNumber != null) {
			cases.findByCaseNumber(caseNumber).ifPresent(inquiry -> {
				inquiry.appointment(false, slot.summary().startsAt(), Inquiry.Actor.of(user), clock.instant());
				cases.save(inquiry);
			});
		}
		notifyBoth(cancelled, true);
	}

	/** Moves the signed-in person's booking to another free slot in one go (nothing changes if it is taken). */
	@Transactional
	public void rebook(long fromSlotId, long toSlotId) {
		SlotRepository.SlotRow from = slots.find(fromSlotId).orElseThrow(() -> new AccessDeniedException("No such slot"));
		String caseNumber = from.summary().caseNumber();
		boolean own = signedIn().id().equals(from.summary().bookedBy());
		cancel(fromSlotId);
		// the reason moves with the booking
		book(toSlotId, own ? caseNumber : null, own ? from.summary().reason() : null);
	}

	/**
	 * The invitation for the person who booked the slot or its advisor. It holds the booker's e-mail address,
	 * so the advisor's download is recorded in the audit log.
	 */
	public Optional<String> invitation(long slotId, Locale locale) {
		PlatformUser user = signedIn();
		return slots.find(slotId)
			.filter(slot -> slot.summary().booked())
			.filter(slot -> user.id().equals(slot.summary().bookedBy()) || user.id().equals(slot.summary().advisorId()))
			.map(slot -> {
				auditInvitation(user, slot);
				return ics(slot, locale, false);
			});
	}

	private void auditInvitation(PlatformUser user, SlotRepository.SlotRow slot) {
		UUID booker = slot.summary().bookedBy();
		String detail = WHEN.format(slot.summary().startsAt().atZone(SaxonWorkingDays.ZONE));
		if (booker != null && !booker.equals(user.id())) {
			audit.personalDataViewed(booker, "helpdesk.audit.invitation", detail);
		}
		else if (booker == null && slot.bookedEmail() != null) {
			audit.personalDataViewedByEmail(slot.bookedEmail(), "helpdesk.audit.invitation", detail);
		}
	}

	private String ics(SlotRepository.SlotRow slot, Locale locale, boolean cancelled) {
		String summary = messages.getMessage("helpdesk.ics.summary", new Object[] { slot.summary().advisorName() },
				locale);
		String kind = messages.getMessage(slot.summary().kind().messageKey(), null, locale);
		String advisorEmail = accounts.account(slot.summary().advisorId())
			.map(account -> account.email())
			.orElse("beratung@demo.itas.local");
		return Invitations.ics(slot, summary, location(slot).orElse(kind),
				kind + (slot.summary().caseNumber() == null ? "" : " – " + slot.summary().caseNumber()), advisorEmail,
				slot.bookedEmail(), cancelled);
	}

	private Optional<String> location(SlotRepository.SlotRow slot) {
		return Optional.ofNullable(slot.summary().deskCode())
			.flatMap(region::helpDesk)
			.map(desk -> desk.name() + ", " + desk.details().address().singleLine());
	}

	/** The help desk's name and address, for pages. */
	public Optional<HelpDeskSummary> desk(@Nullable String deskCode) {
		return deskCode == null ? Optional.empty() : region.helpDesk(deskCode);
	}

	private void notifyBoth(SlotRepository.SlotRow slot, boolean cancelled) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("when", WHEN.format(slot.summary().startsAt().atZone(SaxonWorkingDays.ZONE)));
		variables.put("minutes", slot.summary().minutes());
		variables.put("advisor", slot.summary().advisorName());
		variables.put("person", slot.summary().bookedName() == null ? "-" : slot.summary().bookedName());
		variables.put("where", location(slot).orElse(""));
		variables.put("kindKey", slot.summary().kind().messageKey());
		variables.put("slotId", slot.summary().id());
		variables.put("cancelled", cancelled);
		String subject = cancelled ? "helpdesk.mail.appointment-cancelled.subject" : "helpdesk.mail.appointment.subject";
		// the invitation (or, for a cancellation, its withdrawal) goes with the mail, so calendars take it in
		List<OutgoingMail.Attachment> invitation = List.of(new OutgoingMail.Attachment("termin.ics",
				"text/calendar; charset=UTF-8; method=" + (cancelled ? "CANCEL" : "REQUEST"),
				ics(slot, Locale.GERMAN, cancelled).getBytes(StandardCharsets.UTF_8)));
		String title = cancelled ? "helpdesk.notification.appointment-cancelled" : "helpdesk.notification.appointment";
		String when = (String) variables.get("when");
		if (slot.summary().bookedBy() != null) {
			notifications.notify(Notification.to(slot.summary().bookedBy(), HelpdeskNotifications.APPOINTMENT, title,
					"/termine", when).withMail(subject, "helpdesk/appointment", variables, invitation));
		}
		accounts.account(slot.summary().advisorId())
			.ifPresent(advisor -> notifications.notify(Notification.to(advisor.id(), HelpdeskNotifications.APPOINTMENT,
					title, "/beratung/termine", when).withMail(subject, "helpdesk/appointment", variables, invitation)));
	}

	private Inquiry ownInquiry(String caseNumber) {
		PlatformUser user = signedIn();
		return cases.findByCaseNumber(caseNumber)
			.filter(row -> row.submittedBy(user.id()))
			.orElseThrow(() -> new AccessDeniedException("Not your inquiry"));
	}

	static Set<Topic> allTopics() {
		return EnumSet.allOf(Topic.class);
	}

}
