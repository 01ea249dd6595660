package de.itas.platform.helpdesk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblems;

/**
 * An inquiry and the case it becomes: the one type that changes a case's status, team, assignee and
 * first-response dates. It knows which status may follow which and refuses everything else; every change
 * records the history entries it causes. {@link CaseRepository} loads it whole and saves it whole, together
 * with the recorded entries, so a service never copies a row to change one field.
 */
final class Inquiry {

	/** How long a visitor's confirmation link stays valid. */
	static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

	static final int MAX_REASON = 1000;

	/**
	 * The workflow: neu → zugewiesen → in Bearbeitung → wartet auf Rückmeldung → Empfehlung versandt →
	 * abgeschlossen, with the ways back that advisors need; a closed case can only be reopened.
	 */
	private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
			CaseStatus.NEW, EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.CLOSED),
			CaseStatus.ASSIGNED, EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.CLOSED),
			CaseStatus.IN_PROGRESS, EnumSet.of(CaseStatus.WAITING_FOR_FEEDBACK, CaseStatus.RECOMMENDATION_SENT, CaseStatus.CLOSED),
			CaseStatus.WAITING_FOR_FEEDBACK, EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.RECOMMENDATION_SENT, CaseStatus.CLOSED),
			CaseStatus.RECOMMENDATION_SENT, EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_FEEDBACK, CaseStatus.CLOSED),
			CaseStatus.CLOSED, EnumSet.of(CaseStatus.IN_PROGRESS));

	/** Who does something to a case. */
	record Actor(@Nullable UUID id, String name) {

		/** The platform itself (routing); the same name in every language. */
		static final Actor SYSTEM = new Actor(null, "ITAS-Plattform");

		static Actor of(PlatformUser user) {
			return new Actor(user.id(), user.getDisplayName());
		}

	}

	/** Who asks and how to reach them; {@code locale} is the language their mails are written in. */
	record Submitter(@Nullable UUID id, String name, @Nullable String email, @Nullable String phone, String locale) {

		/** What is left of a person after the deletion of their account. */
		static Submitter erased(String locale) {
			return new Submitter(null, "-", null, null, locale);
		}

	}

	/** What is asked, and when the person can be reached. */
	record Concern(Topic topic, String districtCode, String description, ContactChannel contactChannel,
			@Nullable String contactTimes) {
	}

	/** A history entry a change recorded, written by the repository when the case is saved. */
	record Entry(Instant at, Actor actor, CaseEvent.Kind kind, @Nullable String detail, @Nullable String text,
			boolean visibleToSubmitter) {
	}

	private long id;
	private final String caseNumber;
	private Concern concern;
	private Submitter submitter;
	private @Nullable UUID organisationId;
	private @Nullable String confirmTokenHash;
	private boolean confirmed;
	private Instant submittedAt;
	private CaseStatus status;
	private @Nullable Outcome outcome;
	private @Nullable String partnerCode;
	private @Nullable String teamCode;
	private @Nullable UUID assigneeId;
	private @Nullable String assigneeName;
	private @Nullable Instant firstResponseDue;
	private @Nullable Instant firstResponseAt;
	private @Nullable Instant closedAt;
	private boolean anonymised;
	private long version;

	private boolean changed;
	private final List<Entry> recorded = new ArrayList<>();

	private Inquiry(String caseNumber, Concern concern, Submitter submitter, Instant submittedAt) {
		this.caseNumber = caseNumber;
		this.concern = concern;
		this.submitter = submitter;
		this.submittedAt = submittedAt;
		this.status = CaseStatus.NEW;
	}

	/**
	 * A new inquiry, not yet routed. A visitor's waits unconfirmed for the link whose token hash is given;
	 * a signed-in person's ({@code confirmTokenHash} absent) is confirmed at once.
	 */
	static Inquiry submit(String caseNumber, Concern concern, Submitter submitter, @Nullable String confirmTokenHash,
			Instant now) {
		Inquiry inquiry = new Inquiry(caseNumber, concern, submitter, now);
		inquiry.confirmTokenHash = confirmTokenHash;
		inquiry.confirmed = confirmTokenHash == null;
		inquiry.record(now, new Actor(submitter.id(), submitter.name()), CaseEvent.Kind.SUBMITTED,
				concern.topic().name(), null, true);
		return inquiry;
	}

	/**
	 * Records the company the inquiry was made for, before it is first saved; it is counted in the figure of
	 * companies advised and is not personal data.
	 */
	void madeFor(UUID organisation) {
		if (!isNew()) {
			throw new IllegalStateException("The company of a saved inquiry does not change");
		}
		this.organisationId = organisation;
	}

	// --- the workflow ---

	/** The statuses the workflow allows after {@code from}. */
	static Set<CaseStatus> next(CaseStatus from) {
		return Collections.unmodifiableSet(EnumSet.copyOf(NEXT.get(from)));
	}

	/** The statuses an advisor may move this case to now. */
	Set<CaseStatus> nextStatuses() {
		return next(status);
	}

	/** Whether the link of a visitor's inquiry may still confirm it. */
	boolean confirmable(Instant now) {
		return !confirmed && !submittedAt.plus(CONFIRMATION_VALIDITY).isBefore(now);
	}

	/** The visitor confirmed the address: the inquiry counts as submitted now and the link is used up. */
	void confirm(Instant now) {
		if (!confirmable(now)) {
			throw new IllegalStateException("Inquiry " + caseNumber + " cannot be confirmed");
		}
		confirmed = true;
		submittedAt = now;
		confirmTokenHash = null;
		changed = true;
		record(now, new Actor(null, submitter.name()), CaseEvent.Kind.CONFIRMED, null, null, true);
	}

	/** Sends a confirmed inquiry where the routing rules say, and starts its first-response deadline. */
	void route(Route route, Instant now) {
		if (!confirmed) {
			throw new IllegalStateException("Inquiry " + caseNumber + " is not confirmed");
		}
		partnerCode = route.partnerCode();
		teamCode = route.teamCode();
		assigneeId = null;
		assigneeName = null;
		firstResponseDue = SaxonWorkingDays.firstResponseDue(submittedAt.atZone(SaxonWorkingDays.ZONE)).toInstant();
		changed = true;
		record(now, Actor.SYSTEM, CaseEvent.Kind.ROUTED, route.toCoordination() ? "coordination" : route.teamCode(),
				null, false);
	}

	/** Makes {@code advisor} responsible; a new case counts as assigned from now on, others keep their status. */
	void assignTo(Actor advisor, Actor by, Instant now) {
		if (advisor.id() == null) {
			throw new IllegalArgumentException("Only a person can be assigned");
		}
		if (status == CaseStatus.NEW) {
			status = CaseStatus.ASSIGNED;
		}
		assigneeId = advisor.id();
		assigneeName = advisor.name();
		changed = true;
		record(now, by, CaseEvent.Kind.ASSIGNED, advisor.name(), null, false);
	}

	/**
	 * Moves the case on in the workflow. Closing needs an outcome; any other status forgets it.
	 *
	 * @throws TransitionNotAllowedException when the workflow does not allow the step
	 * @throws FieldProblems when closing without an outcome
	 */
	void changeStatus(CaseStatus next, @Nullable Outcome outcome, Actor by, Instant now) {
		if (!NEXT.get(status).contains(next)) {
			throw new TransitionNotAllowedException(status, next);
		}
		boolean closing = next == CaseStatus.CLOSED;
		if (closing && outcome == null) {
			throw FieldProblems.of("outcome", "helpdesk.case.status.outcome-required");
		}
		status = next;
		this.outcome = closing ? outcome : null;
		closedAt = closing ? now : null;
		changed = true;
		record(now, by, CaseEvent.Kind.STATUS, CaseEvent.statusDetail(next, this.outcome), null, true);
	}

	/** Closes the case with how it ended. */
	void close(Outcome outcome, Actor by, Instant now) {
		changeStatus(CaseStatus.CLOSED, outcome, by, now);
	}

	/** Takes a closed case up again. */
	void reopen(Actor by, Instant now) {
		if (status != CaseStatus.CLOSED) {
			throw new TransitionNotAllowedException(status, CaseStatus.IN_PROGRESS);
		}
		changeStatus(CaseStatus.IN_PROGRESS, null, by, now);
	}

	/** An internal note, never shown to the submitter. */
	void note(String text, Actor by, Instant now) {
		record(now, by, CaseEvent.Kind.NOTE, null, text, false);
	}

	/** A message to the submitter; the first one is the case's first response. */
	void message(String text, Actor by, Instant now) {
		respondFirst(now);
		record(now, by, CaseEvent.Kind.MESSAGE, null, text, true);
	}

	/**
	 * A recommendation went to the submitter: it answers the inquiry, and where the workflow allows it the case
	 * now waits as "Empfehlung versandt".
	 */
	void recommendationSent(String message, Actor by, Instant now) {
		respondFirst(now);
		if (status != CaseStatus.RECOMMENDATION_SENT && NEXT.get(status).contains(CaseStatus.RECOMMENDATION_SENT)) {
			status = CaseStatus.RECOMMENDATION_SENT;
			outcome = null;
			closedAt = null;
			changed = true;
		}
		record(now, by, CaseEvent.Kind.RECOMMENDATION, null, message, true);
	}

	private void respondFirst(Instant now) {
		if (firstResponseAt == null) {
			firstResponseAt = now;
			changed = true;
		}
	}

	/**
	 * Hands the case over to another team (possibly of another partner) with a reason; it starts there as new
	 * and unassigned, whatever its status was.
	 *
	 * @throws FieldProblems for the case's own team or without a reason
	 */
	void handOverTo(TeamSummary team, @Nullable String reason, Actor by, Instant now) {
		if (team.code().equals(teamCode)) {
			throw FieldProblems.of("team", "helpdesk.case.handover.same-team");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw FieldProblems.of("reason", "helpdesk.case.handover.reason-required");
		}
		partnerCode = team.partnerCode();
		teamCode = team.code();
		assigneeId = null;
		assigneeName = null;
		status = CaseStatus.NEW;
		outcome = null;
		closedAt = null;
		changed = true;
		record(now, by, CaseEvent.Kind.HANDED_OVER, team.name(), why, false);
	}

	/** The submitter booked ({@code booked}) or somebody cancelled an appointment starting at {@code startsAt}. */
	void appointment(boolean booked, Instant startsAt, Actor by, Instant now) {
		record(now, by, CaseEvent.Kind.APPOINTMENT, booked ? "booked" : "cancelled",
				Appointments.WHEN.format(startsAt.atZone(SaxonWorkingDays.ZONE)), true);
	}

	/**
	 * Removes everything about the person; topic, district, partner, dates and status stay for the figures.
	 * The history's texts and the attachments are the repository's to erase.
	 */
	void anonymise() {
		submitter = Submitter.erased(submitter.locale());
		concern = new Concern(concern.topic(), concern.districtCode(), "", concern.contactChannel(), null);
		confirmTokenHash = null;
		anonymised = true;
		changed = true;
	}

	private void record(Instant at, Actor actor, CaseEvent.Kind kind, @Nullable String detail, @Nullable String text,
			boolean visibleToSubmitter) {
		recorded.add(new Entry(at, actor, kind, detail, text, visibleToSubmitter));
	}

	// --- what the case says about itself ---

	boolean submittedBy(UUID person) {
		return person.equals(submitter.id());
	}

	/** No first response yet, and the deadline has passed. */
	boolean overdue(Instant now) {
		return firstResponseAt == null && firstResponseDue != null && status.open() && now.isAfter(firstResponseDue);
	}

	InquirySummary toSummary(Instant now) {
		return new InquirySummary(id, caseNumber, concern.topic(), concern.districtCode(), status, outcome,
				submittedAt, firstResponseDue, firstResponseAt, partnerCode, teamCode, assigneeName, submitter.name(),
				overdue(now));
	}

	long id() {
		return id;
	}

	String caseNumber() {
		return caseNumber;
	}

	Topic topic() {
		return concern.topic();
	}

	String districtCode() {
		return concern.districtCode();
	}

	String description() {
		return concern.description();
	}

	ContactChannel contactChannel() {
		return concern.contactChannel();
	}

	@Nullable String contactTimes() {
		return concern.contactTimes();
	}

	@Nullable UUID submitterId() {
		return submitter.id();
	}

	String submitterName() {
		return submitter.name();
	}

	@Nullable String submitterEmail() {
		return submitter.email();
	}

	@Nullable String submitterPhone() {
		return submitter.phone();
	}

	String locale() {
		return submitter.locale();
	}

	boolean confirmed() {
		return confirmed;
	}

	CaseStatus status() {
		return status;
	}

	@Nullable Outcome outcome() {
		return outcome;
	}

	@Nullable String partnerCode() {
		return partnerCode;
	}

	@Nullable String teamCode() {
		return teamCode;
	}

	@Nullable UUID assigneeId() {
		return assigneeId;
	}

	@Nullable String assigneeName() {
		return assigneeName;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	@Nullable Instant firstResponseDue() {
		return firstResponseDue;
	}

	@Nullable Instant firstResponseAt() {
		return firstResponseAt;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	boolean anonymised() {
		return anonymised;
	}

	long version() {
		return version;
	}

	// --- storage: the one place that maps the case to its columns, for CaseRepository ---

	/** The columns {@link #from} reads. */
	static final String COLUMNS = """
			id, case_number, topic, district_code, description, contact_channel, contact_times, submitter_id,
			submitter_name, submitter_email, submitter_phone, locale, confirmed, confirm_token, status, outcome,
			partner_code, team_code, assignee_id, assignee_name, submitted_at, first_response_due, first_response_at,
			closed_at, anonymised, organisation_id, version""";

	static Inquiry from(ResultSet rs, int rowNum) throws SQLException {
		Inquiry inquiry = new Inquiry(rs.getString("case_number"),
				new Concern(Topic.valueOf(rs.getString("topic")), rs.getString("district_code"),
						rs.getString("description"), ContactChannel.valueOf(rs.getString("contact_channel")),
						rs.getString("contact_times")),
				new Submitter(rs.getObject("submitter_id", UUID.class), rs.getString("submitter_name"),
						rs.getString("submitter_email"), rs.getString("submitter_phone"), rs.getString("locale")),
				rs.getTimestamp("submitted_at").toInstant());
		inquiry.id = rs.getLong("id");
		inquiry.confirmed = rs.getBoolean("confirmed");
		inquiry.confirmTokenHash = rs.getString("confirm_token");
		inquiry.status = CaseStatus.valueOf(rs.getString("status"));
		String outcome = rs.getString("outcome");
		inquiry.outcome = outcome == null ? null : Outcome.valueOf(outcome);
		inquiry.partnerCode = rs.getString("partner_code");
		inquiry.teamCode = rs.getString("team_code");
		inquiry.assigneeId = rs.getObject("assignee_id", UUID.class);
		inquiry.assigneeName = rs.getString("assignee_name");
		inquiry.firstResponseDue = CaseRepository.instant(rs, "first_response_due");
		inquiry.firstResponseAt = CaseRepository.instant(rs, "first_response_at");
		inquiry.closedAt = CaseRepository.instant(rs, "closed_at");
		inquiry.anonymised = rs.getBoolean("anonymised");
		inquiry.organisationId = rs.getObject("organisation_id", UUID.class);
		inquiry.version = rs.getLong("version");
		return inquiry;
	}

	/** The values of every column but id and version, by column name (as named parameters). */
	Map<String, @Nullable Object> columns() {
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put("case_number", caseNumber);
		columns.put("topic", concern.topic().name());
		columns.put("district_code", concern.districtCode());
		columns.put("description", concern.description());
		columns.put("contact_channel", concern.contactChannel().name());
		columns.put("contact_times", concern.contactTimes());
		columns.put("submitter_id", submitter.id());
		columns.put("submitter_name", submitter.name());
		columns.put("submitter_email", submitter.email());
		columns.put("submitter_phone", submitter.phone());
		columns.put("locale", submitter.locale());
		columns.put("confirmed", confirmed);
		columns.put("confirm_token", confirmTokenHash);
		columns.put("status", status.name());
		columns.put("outcome", outcome == null ? null : outcome.name());
		columns.put("partner_code", partnerCode);
		columns.put("team_code", teamCode);
		columns.put("assignee_id", assigneeId);
		columns.put("assignee_name", assigneeName);
		columns.put("submitted_at", CaseRepository.ts(submittedAt));
		columns.put("first_response_due", CaseRepository.ts(firstResponseDue));
		columns.put("first_response_at", CaseRepository.ts(firstResponseAt));
		columns.put("closed_at", CaseRepository.ts(closedAt));
		columns.put("anonymised", anonymised);
		columns.put("organisation_id", organisationId);
		return columns;
	}

	boolean isNew() {
		return id == 0;
	}

	boolean changed() {
		return changed;
	}

	List<Entry> recorded() {
		return List.copyOf(recorded);
	}

	/** The repository stored the case (as {@code version}) and the recorded entries. */
	void saved(long id, long version) {
		this.id = id;
		this.version = version;
		this.changed = false;
		this.recorded.clear();
	}

}
