package de.itas.platform.helpdesk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.AccountSummary;
import de.itas.platform.accounts.Accounts;
import de.itas.platform.accounts.PersonProfiles;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * Case work for advisors and coordination. An advisor sees the cases of their teams and those assigned to
 * them; coordination sees all (and the queue of unrouted inquiries). Every opening of a case is audited.
 * Changes name the version they were based on, so that two advisors never overwrite each other silently.
 */
@Service
@Transactional(readOnly = true)
public class CaseWork {

	static final int MAX_TEXT = 5000;

	private final CaseRepository cases;
	private final TeamRepository teams;
	private final Accounts accounts;
	private final PersonProfiles profiles;
	private final AccessAudit audit;
	private final Mailer mailer;
	private final Notifications notifications;
	private final Clock clock;

	CaseWork(CaseRepository cases, TeamRepository teams, Accounts accounts, PersonProfiles profiles, AccessAudit audit,
			Mailer mailer, Notifications notifications, Clock clock) {
		this.cases = cases;
		this.teams = teams;
		this.accounts = accounts;
		this.profiles = profiles;
		this.audit = audit;
		this.mailer = mailer;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Whether the signed-in person works on cases at all. */
	public static boolean isStaff() {
		return CurrentUser.roles().contains(Role.ADVISOR) || CurrentUser.roles().contains(Role.COORDINATOR);
	}

	private static PlatformUser staff() {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!user.hasRole(Role.ADVISOR) && !user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("Not staff");
		}
		return user;
	}

	/** The teams the signed-in advisor belongs to. */
	public List<TeamSummary> myTeams() {
		PlatformUser user = staff();
		List<String> codes = teams.teamsOf(user.id());
		return teams.teams().stream().filter(team -> codes.contains(team.code())).toList();
	}

	/** The inbox scopes the signed-in staff member may choose: coordination all, advisors their teams' and their own. */
	public List<InboxFilter.Scope> inboxScopes() {
		return staff().hasRole(Role.COORDINATOR) ? List.of(InboxFilter.Scope.values())
				: List.of(InboxFilter.Scope.TEAM, InboxFilter.Scope.MINE);
	}

	/**
	 * The scope the inbox shows for the one asked for: that one if the signed-in staff member may choose it,
	 * else their default (coordination's queue for coordination, the teams' cases for advisors).
	 */
	public InboxFilter.Scope inboxScope(InboxFilter.@Nullable Scope requested) {
		if (requested != null && inboxScopes().contains(requested)) {
			return requested;
		}
		return staff().hasRole(Role.COORDINATOR) ? InboxFilter.Scope.COORDINATION : InboxFilter.Scope.TEAM;
	}

	/** Cases per inbox page: enough for a working day, small enough to stay quick at national scale. */
	public static final int INBOX_PAGE_SIZE = 50;

	/** The first page of the inbox. */
	public Inbox inbox(InboxFilter filter) {
		return inbox(filter, 0);
	}

	/**
	 * One page of the inbox (0-based; one beyond the end shows the last): the cases of the scope that match
	 * the filters, open ones first, then the newest; with the counts per status of the whole scope.
	 */
	public Inbox inbox(InboxFilter filter, int page) {
		PlatformUser user = staff();
		Instant now = clock.instant();
		CaseRepository.InboxRows rows = cases.inbox(scopeOf(user).orElseThrow(), filter, now, page, INBOX_PAGE_SIZE);
		long total = rows.countsByStatus().values().stream().mapToLong(Long::longValue).sum();
		return new Inbox(rows.page().map(row -> row.toSummary(now)), rows.countsByStatus(), rows.overdue(), total);
	}

	/**
	 * Whose cases the person works on, as the inbox and the site search read them: coordination every case, an
	 * advisor those of their teams and those assigned to them (the rule of {@link #mayAccess}); nobody else any.
	 */
	Optional<CaseRepository.StaffScope> scopeOf(PlatformUser user) {
		if (user.hasRole(Role.COORDINATOR)) {
			return Optional.of(new CaseRepository.StaffScope(true, List.of(), user.id()));
		}
		if (user.hasRole(Role.ADVISOR)) {
			return Optional.of(new CaseRepository.StaffScope(false, teams.teamsOf(user.id()), user.id()));
		}
		return Optional.empty();
	}

	/** Opens a case the signed-in staff member may see, and records that in the audit log. */
	public Optional<CaseDetails> open(String caseNumber) {
		PlatformUser user = staff();
		Optional<Inquiry> row = cases.findByCaseNumber(caseNumber).filter(found -> found.confirmed());
		if (row.isEmpty() || !mayAccess(row.get(), user)) {
			return Optional.empty();
		}
		auditOpening(row.get());
		return row.map(found -> details(found, cases, false, clock.instant()));
	}

	/** Whether the signed-in person may see this case (as its submitter or as staff). */
	boolean maySee(long inquiryId) {
		Optional<PlatformUser> user = CurrentUser.get();
		Optional<Inquiry> row = cases.find(inquiryId);
		if (user.isEmpty() || row.isEmpty()) {
			return false;
		}
		if (row.get().submittedBy(user.get().id())) {
			return true;
		}
		return isStaff() && row.get().confirmed() && mayAccess(row.get(), user.get());
	}

	boolean mayAccess(Inquiry row, PlatformUser user) {
		if (user.hasRole(Role.COORDINATOR)) {
			return true;
		}
		if (!user.hasRole(Role.ADVISOR)) {
			return false;
		}
		return user.id().equals(row.assigneeId()) || (row.teamCode() != null && teams.isMember(row.teamCode(), user.id()));
	}

	private void auditOpening(Inquiry row) {
		if (row.submitterId() != null) {
			audit.personalDataViewed(row.submitterId(), "helpdesk.audit.case-opened", row.caseNumber());
		}
		else if (row.submitterEmail() != null) {
			audit.personalDataViewedByEmail(row.submitterEmail(), "helpdesk.audit.case-opened", row.caseNumber());
		}
	}

	/** The colleagues a case can be assigned to: the members of its team. */
	public List<AccountSummary> assignableTo(String caseNumber) {
		Inquiry row = accessible(caseNumber);
		if (row.teamCode() == null) {
			return List.of();
		}
		return teams.members(row.teamCode()).stream().flatMap(id -> accounts.account(id).stream()).toList();
	}

	/** Assigns the case to a member of its team (or the signed-in advisor to themselves). */
	@Transactional
	public void assign(String caseNumber, long basedOnVersion, UUID advisor) {
		PlatformUser user = staff();
		Inquiry row = accessible(caseNumber);
		boolean self = advisor.equals(user.id());
		if (!self && (row.teamCode() == null || !teams.isMember(row.teamCode(), advisor))) {
			throw FieldProblems.of("advisor", "helpdesk.case.assign.not-in-team");
		}
		AccountSummary account = accounts.account(advisor)
			.orElseThrow(() -> FieldProblems.of("advisor", "helpdesk.case.assign.not-in-team"));
		row.assignTo(new Inquiry.Actor(advisor, account.displayName()), Inquiry.Actor.of(user), clock.instant());
		cases.save(row, basedOnVersion);
		if (row.submitterId() != null) {
			profiles.grantAdvisorAccess(row.submitterId(), advisor);
		}
	}

	/** Moves the case on in the workflow; closing needs an outcome. */
	@Transactional
	public void changeStatus(String caseNumber, long basedOnVersion, CaseStatus next, @Nullable Outcome outcome) {
		PlatformUser user = staff();
		Inquiry row = accessible(caseNumber);
		row.changeStatus(next, outcome, Inquiry.Actor.of(user), clock.instant());
		cases.save(row, basedOnVersion);
	}

	/** An internal note, never shown to the submitter. */
	@Transactional
	public void note(String caseNumber, String text) {
		PlatformUser user = staff();
		Inquiry row = accessible(caseNumber);
		row.note(checkedText(text), Inquiry.Actor.of(user), clock.instant());
		cases.save(row);
	}

	/** A message to the submitter: shown to both, mailed after the commit; the first one is the first response. */
	@Transactional
	public void message(String caseNumber, String text) {
		PlatformUser user = staff();
		Inquiry row = accessible(caseNumber);
		String body = checkedText(text);
		row.message(body, Inquiry.Actor.of(user), clock.instant());
		cases.save(row);
		if (row.submitterId() != null) {
			notifications.notify(Notification.to(row.submitterId(), HelpdeskNotifications.CASE_ANSWERED,
					"helpdesk.notification.case-answered", "/anliegen/" + row.caseNumber(), row.caseNumber())
				.withMail("helpdesk.mail.message.subject", "helpdesk/message", Map.of("name", row.submitterName(),
						"caseNumber", row.caseNumber(), "advisor", user.getDisplayName(), "text", body, "account", true)));
		}
		else if (row.submitterEmail() != null) {
			mailer.send(row.submitterEmail(), Inquiries.locale(row.locale()), "helpdesk.mail.message.subject",
					"helpdesk/message", Map.of("name", row.submitterName(), "caseNumber", row.caseNumber(), "advisor",
							user.getDisplayName(), "text", body, "account", row.submitterId() != null));
		}
	}

	/** Hands the case over to another team (possibly of another partner), with a reason; it starts as new there. */
	@Transactional
	public void handOver(String caseNumber, long basedOnVersion, String teamCode, String reason) {
		PlatformUser user = staff();
		Inquiry row = accessible(caseNumber);
		TeamSummary team = teams.team(teamCode)
			.orElseThrow(() -> FieldProblems.of("team", "helpdesk.case.handover.unknown-team"));
		row.handOverTo(team, reason, Inquiry.Actor.of(user), clock.instant());
		cases.save(row, basedOnVersion);
	}

	/** An attachment's content for someone who may see its case (staff access is audited). */
	public Optional<AttachmentContent> attachment(long id) {
		Optional<CaseRepository.StoredAttachment> stored = cases.attachment(id);
		if (stored.isEmpty() || !maySee(stored.get().inquiryId())) {
			return Optional.empty();
		}
		Inquiry row = cases.find(stored.get().inquiryId()).orElseThrow();
		if (!row.submittedBy(CurrentUser.get().orElseThrow().id())) {
			auditOpening(row);
		}
		return Optional.of(new AttachmentContent(stored.get().info(), stored.get().content()));
	}

	/** A file with its metadata; the content is streamed from the file store when opened. */
	public record AttachmentContent(AttachmentInfo info, InputStreamSource content) {
	}

	/** All teams, for hand-over. */
	public List<TeamSummary> teams() {
		return teams.teams();
	}

	Inquiry accessible(String caseNumber) {
		PlatformUser user = staff();
		Inquiry row = cases.findByCaseNumber(caseNumber)
			.filter(Inquiry::confirmed)
			.orElseThrow(() -> new AccessDeniedException("No such case"));
		if (!mayAccess(row, user)) {
			throw new AccessDeniedException("Not your case");
		}
		return row;
	}

	static String checkedText(@Nullable String text) {
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw FieldProblems.of("text", "helpdesk.case.text.required");
		}
		if (body.length() > MAX_TEXT) {
			throw new FieldProblems(List.of(new FieldProblem("text",
					"helpdesk.case.text.too-long", List.of(MAX_TEXT, body.length()))));
		}
		return body;
	}

	static CaseDetails details(Inquiry row, CaseRepository cases, boolean forSubmitter, Instant now) {
		return new CaseDetails(row.toSummary(now), row.description(), row.contactChannel(), row.contactTimes(),
				row.submitterEmail(), row.submitterPhone(), row.submitterId(), row.assigneeId(), row.version(),
				new ArrayList<>(cases.events(row.id(), forSubmitter)), cases.attachments(row.id()),
				forSubmitter ? Set.of() : row.nextStatuses());
	}

}
