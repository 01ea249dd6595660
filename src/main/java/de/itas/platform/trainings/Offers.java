package de.itas.platform.trainings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.skills.OccupationSummary;
import de.itas.platform.skills.Occupations;
import de.itas.platform.skills.SkillRequirement;
import de.itas.platform.trainings.search.Places;

/**
 * The trainings module's API for providers: create, change, publish and archive offers and their runs.
 * Every change is checked by the offer rules first and saved whole or not at all; a change based on an
 * outdated version is refused with {@link OptimisticLockingFailureException}.
 */
@Service
@Transactional
public class Offers {

	private final OfferStore store;
	private final ProviderAccess access;
	private final Fundability fundability;
	private final Occupations taxonomy;
	private final Region region;
	private final Places places;
	private final Registrations registrations;
	private final Clock clock;

	Offers(OfferStore store, ProviderAccess access, Fundability fundability, Occupations taxonomy, Region region,
			Places places, Registrations registrations, Clock clock) {
		this.registrations = registrations;
		this.store = store;
		this.access = access;
		this.fundability = fundability;
		this.taxonomy = taxonomy;
		this.region = region;
		this.places = places;
		this.clock = clock;
	}

	/** The provider organisations the signed-in person acts for. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> providers() {
		return access.providers();
	}

	/** All offers of the providers the signed-in person acts for, drafts and archived ones included. */
	@Transactional(readOnly = true)
	public List<OfferDetails> own() {
		return store.offersOf(access.providers().stream().map(OrganisationSummary::id).toList(), this::districtName);
	}

	/** A published offer for everybody; a draft or archived one only for its provider. */
	@Transactional(readOnly = true)
	public Optional<OfferDetails> visible(long id) {
		return store.offer(id, this::districtName)
			.filter(offer -> offer.published() || access.mayActFor(offer.providerId()));
	}

	/**
	 * The offer of a registration, whatever the offer's status now: the registration (checked by whoever got it,
	 * e.g. {@link Registrations#cancellable} or {@link Registrations#invitation}) proves the link to the offer, so
	 * that a participant can always cancel and an invitee always answer, even after the offer was archived.
	 */
	@Transactional(readOnly = true)
	public Optional<OfferDetails> ofRegistration(RegistrationSummary registration) {
		return store.offer(registration.offerId(), this::districtName);
	}

	/** An offer for its editor. @throws AccessDeniedException for somebody not acting for its provider */
	@Transactional(readOnly = true)
	public Optional<OfferDetails> editable(long id) {
		Optional<OfferDetails> offer = store.offer(id, this::districtName);
		offer.ifPresent(found -> access.require(found.providerId()));
		return offer;
	}

	public boolean mayEdit(OfferDetails offer) {
		return access.mayActFor(offer.providerId());
	}

	/** What is wrong with the draft (empty: it may be saved). */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(OfferDraft draft) {
		return OfferRules.check(draft, uri -> taxonomy.skill(uri).isPresent(),
				uri -> taxonomy.summary(uri).isPresent(), code -> region.actionField(code).isPresent());
	}

	public List<FieldProblem> check(RunDraft run) {
		return OfferRules.check(run, LocalDate.now(clock), code -> region.district(code).isPresent());
	}

	/** What is wrong with the changed offer, alone and against its runs still to come. */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(OfferDetails current, OfferDraft draft) {
		List<FieldProblem> problems = new ArrayList<>(check(draft));
		problems.addAll(OfferRules.fit(draft, current.runs(), LocalDate.now(clock)));
		return problems;
	}

	/** What is wrong with the run, alone and as a run of this offer (its format and hours). */
	public List<FieldProblem> check(OfferDetails offer, RunDraft run) {
		List<FieldProblem> problems = new ArrayList<>(check(run));
		problems.addAll(OfferRules.fit(offer.format(), offer.durationHours(), run));
		return problems;
	}

	/** What the offer's provider should look at although it is allowed (shown on the editor page). */
	public List<FieldProblem> warnings(OfferDetails offer) {
		return OfferRules.warnings(offer, LocalDate.now(clock));
	}

	/** Why the offer cannot be published now (empty: it can). */
	public List<FieldProblem> publishProblems(OfferDetails offer) {
		return OfferRules.publishable(offer, LocalDate.now(clock));
	}

	/** Creates a draft offer. @throws FieldProblems when a rule is broken (nothing saved) */
	public long create(UUID providerId, OfferDraft draft) {
		OrganisationSummary provider = access.require(providerId);
		return createChecked(provider, draft, OfferStatus.DRAFT);
	}

	long createChecked(OrganisationSummary provider, OfferDraft draft, OfferStatus status) {
		requireValid(check(draft));
		long id = store.insert(provider.id(), provider.name(), draft, fundable(draft), status, clock.instant());
		store.replaceLinks(id, skills(draft), occupations(draft));
		return id;
	}

	public void change(long id, long basedOnVersion, OfferDraft draft) {
		OfferDetails current = editable(id).orElseThrow(() -> new AccessDeniedException("No offer " + id));
		requireValid(check(current, draft));
		if (!store.update(id, basedOnVersion, draft, fundable(draft), clock.instant())) {
			throw new OptimisticLockingFailureException("Offer " + id + " changed since version " + basedOnVersion);
		}
		store.replaceLinks(id, skills(draft), occupations(draft));
	}

	/** Publishes (or archives, or returns to draft) the offer. */
	public void changeStatus(long id, long basedOnVersion, OfferStatus status) {
		OfferDetails current = editable(id).orElseThrow(() -> new AccessDeniedException("No offer " + id));
		if (status == OfferStatus.PUBLISHED) {
			// nobody can register for an offer without a date: it stays a draft until it has one
			requireValid(OfferRules.publishable(current, LocalDate.now(clock)));
		}
		if (!store.changeStatus(id, basedOnVersion, status, clock.instant())) {
			throw new OptimisticLockingFailureException("Offer " + id + " changed since version " + basedOnVersion);
		}
	}

	public long addRun(long offerId, RunDraft run) {
		OfferDetails offer = editable(offerId).orElseThrow(() -> new AccessDeniedException("No offer " + offerId));
		requireValid(check(offer, run));
		return store.insertRun(offerId, run, point(run));
	}

	public Optional<RunDetails> run(long runId) {
		return store.run(runId, this::districtName);
	}

	/**
	 * Changes a run that is not cancelled (a cancelled run stays as its participants were told by mail).
	 *
	 * @throws FieldProblems when the input is invalid or the run is cancelled
	 * @throws OptimisticLockingFailureException when the run changed (or was cancelled) since {@code basedOnVersion}
	 */
	public void changeRun(long runId, long basedOnVersion, RunDraft run) {
		RunDetails current = run(runId).orElseThrow(() -> new AccessDeniedException("No run " + runId));
		OfferDetails offer = editable(current.offerId()).orElseThrow();
		if (current.cancelled()) {
			throw FieldProblems.of("startDate", "trainings.error.run-cancelled");
		}
		List<FieldProblem> problems = new ArrayList<>(check(offer, run));
		if (run.capacity() != null && run.capacity() < current.confirmed()) {
			problems.add(FieldProblem.of("capacity", "trainings.error.capacity-below-confirmed", current.confirmed()));
		}
		requireValid(problems);
		if (!store.updateRun(runId, basedOnVersion, run, point(run))) {
			throw new OptimisticLockingFailureException("Run " + runId + " changed since version " + basedOnVersion);
		}
		registrations.fillFreePlaces(runId);
	}

	/**
	 * The provider cancels the whole run: the run is marked cancelled and every confirmed and waiting
	 * registration is cancelled, each participant told by mail (after the commit). All or nothing.
	 *
	 * @return how many registrations were cancelled
	 * @throws AccessDeniedException for somebody not acting for the offer's provider
	 * @throws RunNotCancellableException when the run has started or is already cancelled
	 * @throws OptimisticLockingFailureException when the run changed since {@code basedOnVersion}
	 */
	public int cancelRun(long runId, long basedOnVersion) {
		RunDetails current = run(runId).orElseThrow(() -> new AccessDeniedException("No run " + runId));
		editable(current.offerId());
		if (current.cancelled()) {
			throw new RunNotCancellableException(runId, RunNotCancellableException.Reason.ALREADY_CANCELLED);
		}
		if (current.started(LocalDate.now(clock))) {
			throw new RunNotCancellableException(runId, RunNotCancellableException.Reason.STARTED);
		}
		// the update locks the run's row, so a registration running concurrently either finished before (and
		// is cancelled below) or waits and then finds the run cancelled
		if (!store.cancelRun(runId, basedOnVersion)) {
			throw new OptimisticLockingFailureException("Run " + runId + " changed since version " + basedOnVersion);
		}
		return registrations.cancelAllOfRun(runId);
	}

	private Places.@Nullable Point point(RunDraft run) {
		return run.online() ? null : places.locate(run.city(), run.districtCode()).orElse(null);
	}

	private boolean fundable(OfferDraft draft) {
		return draft.durationHours() != null && draft.price() != null
				&& fundability.fundable(draft.durationHours(), draft.providerAzav(), draft.courseAzav(), draft.price());
	}

	private List<Labelled> skills(OfferDraft draft) {
		return draft.skillUris().stream().distinct().map(uri -> new Labelled(uri,
				taxonomy.skill(uri).map(SkillRequirement::label).orElse(uri))).toList();
	}

	private List<Labelled> occupations(OfferDraft draft) {
		return draft.occupationUris().stream().distinct().map(uri -> new Labelled(uri,
				taxonomy.summary(uri).map(OccupationSummary::label).orElse(uri))).toList();
	}

	@Nullable
	String districtName(String code) {
		return region.district(code).map(DistrictSummary::name).orElse(null);
	}

	static void requireValid(List<FieldProblem> problems) {
		FieldProblems.throwIfAny(problems);
	}

	static boolean isAdmin() {
		return CurrentUser.roles().contains(Role.ADMIN);
	}

}
