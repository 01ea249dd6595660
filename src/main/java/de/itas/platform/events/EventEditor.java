package de.itas.platform.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.governance.ForumView;
import de.itas.platform.governance.Forums;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The organiser's changes to an event: create and edit its entered data (checked as a whole, optimistic
 * locking), move it through its status, delete a draft. The caller checks that the person organises the
 * event ({@link EventAccess}).
 */
@Service
public class EventEditor {

	/** The fields that hold times: a time that could not be read hides the rules' problems about times. */
	private static final Set<String> TIME_FIELDS = Set.of("startsAt", "endsAt", "registrationUntil");

	private final EventStore store;
	private final EventAccess access;
	private final Region region;
	private final Organisations organisations;
	private final Forums forums;
	private final JdbcClient jdbc;
	private final EventDocumentation documentation;
	private final Clock clock;

	EventEditor(EventStore store, EventAccess access, Region region, Organisations organisations, Forums forums,
			JdbcClient jdbc, EventDocumentation documentation, Clock clock) {
		this.documentation = documentation;
		this.store = store;
		this.access = access;
		this.region = region;
		this.organisations = organisations;
		this.forums = forums;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The event was changed by someone else since the form was read: nothing was saved. */
	public static class ChangedMeanwhile extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ChangedMeanwhile() {
			super("The event was changed meanwhile");
		}

	}

	/** The organisations the person may name as organiser: all partners and providers for the coordination. */
	public List<OrganisationSummary> organiserChoices(PlatformUser user) {
		List<UUID> mine = access.organisers(user);
		if (mine == null) {
			List<OrganisationSummary> all = new ArrayList<>(organisations.organisations(OrganisationKind.PARTNER));
			all.addAll(organisations.organisations(OrganisationKind.PROVIDER));
			return all;
		}
		return mine.stream().flatMap(id -> organisations.organisation(id).stream()).toList();
	}

	/**
	 * Checks a draft: the problems found while reading the form ({@code readProblems}), the data rules, the
	 * organiser (one the person may name), the series and the forum.
	 *
	 * @param newSeriesTitle the title of a series to create with the event, or {@code null}
	 * @throws FieldProblems naming every problem, one per field
	 */
	public void check(EventDraft draft, @Nullable String newSeriesTitle, List<FieldProblem> readProblems,
			PlatformUser user) {
		List<FieldProblem> problems = new ArrayList<>(readProblems);
		Set<String> read = readProblems.stream().map(FieldProblem::field).collect(Collectors.toSet());
		boolean timesUnread = read.stream().anyMatch(TIME_FIELDS::contains);
		try {
			EventRules.check(draft, region.districts().stream().map(DistrictSummary::code).collect(Collectors.toSet()),
					region.actionFields().stream().map(ActionFieldSummary::code).collect(Collectors.toSet()));
		}
		catch (FieldProblems refused) {
			for (FieldProblem problem : refused.problems()) {
				if (!read.contains(problem.field()) && !(timesUnread && TIME_FIELDS.contains(problem.field()))) {
					problems.add(problem);
				}
			}
		}
		if (!read.contains("organiserId")
				&& organiserChoices(user).stream().noneMatch(choice -> choice.id().equals(draft.organiserId()))) {
			problems.add(FieldProblem.of("organiserId", "events.organiser.error.organiser"));
		}
		if (draft.seriesId() != null && store.series(draft.seriesId()).isEmpty()) {
			problems.add(FieldProblem.of("seriesId", "events.organiser.error.series"));
		}
		if (newSeriesTitle != null && newSeriesTitle.length() > EventRules.MAX_TITLE) {
			problems.add(FieldProblem.of("newSeriesTitle", "events.error.too-long", EventRules.MAX_TITLE));
		}
		if (draft.forumId() != null && forums.all().stream().map(ForumView::id).noneMatch(draft.forumId()::equals)) {
			problems.add(FieldProblem.of("forumId", "events.organiser.error.forum"));
		}
		FieldProblems.throwIfAny(problems);
	}

	/** Creates the event as a draft (and its new series), after {@link #check}. */
	@Transactional
	public EventView create(EventDraft draft, @Nullable String newSeriesTitle, List<FieldProblem> readProblems,
			PlatformUser user) {
		check(draft, newSeriesTitle, readProblems, user);
		return store.create(withSeries(draft, newSeriesTitle), user.id());
	}

	/**
	 * Saves the event's entered data (and a new series), after {@link #check}.
	 *
	 * @throws ChangedMeanwhile when someone saved the event since {@code basedOnVersion} (nothing is saved)
	 */
	@Transactional
	public void update(UUID id, long basedOnVersion, EventDraft draft, @Nullable String newSeriesTitle,
			List<FieldProblem> readProblems, PlatformUser user) {
		check(draft, newSeriesTitle, readProblems, user);
		if (!store.update(id, basedOnVersion, withSeries(draft, newSeriesTitle))) {
			throw new ChangedMeanwhile();
		}
	}

	private EventDraft withSeries(EventDraft draft, @Nullable String newSeriesTitle) {
		if (newSeriesTitle == null || newSeriesTitle.isBlank()) {
			return draft;
		}
		UUID series = store.createSeries(newSeriesTitle.strip(), "").id();
		return new EventDraft(draft.type(), draft.title(), draft.summary(), draft.description(), draft.organiserId(),
				series, draft.startsAt(), draft.endsAt(), draft.registrationUntil(), draft.districtCode(), draft.venue(),
				draft.street(), draft.postcode(), draft.city(), draft.onsiteCapacity(), draft.onlineCapacity(),
				draft.onlineUrl(), draft.language(), draft.actionFields(), draft.targetGroups(), draft.stepFree(),
				draft.hearingLoop(), draft.signLanguage(), draft.accessibilityNote(), draft.costCents(), draft.costNote(),
				draft.forumId());
	}

	/** Registrations that hold or wait for a place. */
	public long activeRegistrations(UUID eventId) {
		return jdbc.sql("SELECT count(*) FROM events.registration WHERE event_id = ? AND status IN "
				+ RegistrationStatus.ACTIVE_SQL)
			.param(eventId)
			.query(Long.class)
			.single();
	}

	/** Every registration ever made, cancelled ones included. */
	public long registrations(UUID eventId) {
		return jdbc.sql("SELECT count(*) FROM events.registration WHERE event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single();
	}

	/** The status changes the organiser may ask for now (cancelling is a page of its own). */
	public List<EventStatus> nextStatuses(EventView event) {
		return switch (event.status()) {
			case DRAFT -> List.of(EventStatus.PLANNED, EventStatus.OPEN);
			case PLANNED -> List.of(EventStatus.OPEN);
			case OPEN -> activeRegistrations(event.id()) == 0 ? List.of(EventStatus.PLANNED) : List.of();
			case CANCELLED -> List.of();
		};
	}

	/**
	 * Moves the event to a new status: announce (PLANNED), open registration (OPEN, which needs the join link of
	 * an online event and a deadline still ahead), or back from OPEN to PLANNED while nobody registered.
	 *
	 * @throws FieldProblems with the reason when the change is refused
	 */
	@Transactional
	public void changeStatus(EventView event, EventStatus target) {
		boolean allowed = switch (event.status()) {
			case DRAFT -> target == EventStatus.PLANNED || target == EventStatus.OPEN;
			case PLANNED -> target == EventStatus.OPEN;
			case OPEN -> target == EventStatus.PLANNED;
			case CANCELLED -> false;
		};
		if (!allowed) {
			throw new FieldProblems(FieldProblem.ofForm("events.organiser.status.error.transition"));
		}
		if (event.status() == EventStatus.OPEN && activeRegistrations(event.id()) > 0) {
			throw new FieldProblems(FieldProblem.ofForm("events.organiser.status.error.has-registrations"));
		}
		if (target == EventStatus.OPEN) {
			if (event.online() && event.onlineUrl().isBlank()) {
				throw new FieldProblems(FieldProblem.ofForm("events.organiser.status.error.join-link"));
			}
			if (!clock.instant().isBefore(event.registrationEnds())) {
				throw new FieldProblems(FieldProblem.ofForm("events.organiser.status.error.deadline-passed"));
			}
		}
		store.status(event.id(), target, "");
	}

	/**
	 * Deletes a draft nobody registered for.
	 *
	 * @throws FieldProblems with the reason when the event is no draft or has registrations
	 */
	@Transactional
	public void deleteDraft(EventView event) {
		if (event.status() != EventStatus.DRAFT) {
			throw new FieldProblems(FieldProblem.ofForm("events.organiser.delete.error.not-draft"));
		}
		if (registrations(event.id()) > 0) {
			throw new FieldProblems(FieldProblem.ofForm("events.organiser.delete.error.registrations"));
		}
		documentation.removeFilesOf(event.id());
		jdbc.sql("DELETE FROM events.event WHERE id = ? AND status = 'DRAFT'").param(event.id()).update();
	}

}
