package de.itas.platform.networking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.AccountSummary;
import de.itas.platform.accounts.Accounts;
import de.itas.platform.accounts.MembershipSummary;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.directory.CompanyProfiles;
import de.itas.platform.directory.CompanyView;
import de.itas.platform.directory.DirectoryQuery;
import de.itas.platform.directory.IndustryCode;
import de.itas.platform.directory.IndustryCodes;
import de.itas.platform.directory.Tags;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * The cooperation exchange for the person behind the current request. Posts are written for an organisation the
 * author belongs to, and every member of that organisation owns them (sees them in every state, edits, decides on
 * contact requests). Everybody else sees current posts only; a post hidden by moderation exists for its owners
 * and the moderators alone. Contact requests show nothing personal before the poster accepts.
 */
@Service
@Transactional(readOnly = true)
public class Exchange {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
	static final int COMPANY_LOOKUPS = 100;

	/** Who reads: the person (none for visitors), their organisations and whether they moderate. */
	public record Reader(@Nullable PlatformUser user, Set<UUID> organisations, boolean moderator) {

		boolean signedIn() {
			return user != null;
		}

		boolean owns(ExchangePost post) {
			return organisations.contains(post.organisationId());
		}

	}

	private final ExchangeStore store;
	private final Organisations organisations;
	private final Accounts accounts;
	private final CompanyProfiles companies;
	private final IndustryCodes industryCodes;
	private final Region region;
	private final DistrictDistances distances;
	private final Notifications notifications;
	private final Clock clock;

	Exchange(ExchangeStore store, Organisations organisations, Accounts accounts, CompanyProfiles companies,
			IndustryCodes industryCodes, Region region, DistrictDistances distances, Notifications notifications,
			Clock clock) {
		this.store = store;
		this.organisations = organisations;
		this.accounts = accounts;
		this.companies = companies;
		this.industryCodes = industryCodes;
		this.region = region;
		this.distances = distances;
		this.notifications = notifications;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public Reader reader() {
		Optional<PlatformUser> current = CurrentUser.get();
		if (current.isEmpty()) {
			return new Reader(null, Set.of(), false);
		}
		PlatformUser user = current.get();
		Set<UUID> own = organisations.membershipsOf(user.id())
			.stream()
			.map(MembershipSummary::organisationId)
			.collect(Collectors.toUnmodifiableSet());
		return new Reader(user, own, user.hasRole(Role.COORDINATOR) || user.hasRole(Role.ADMIN));
	}

	/** The organisations the current person may post for, each once. */
	public List<MembershipSummary> postingOrganisations() {
		return CurrentUser.get().map(user -> {
			Map<UUID, MembershipSummary> byId = new LinkedHashMap<>();
			organisations.membershipsOf(user.id()).forEach(m -> byId.putIfAbsent(m.organisationId(), m));
			return List.copyOf(byId.values());
		}).orElse(List.of());
	}

	/** The current person's organisations that may still ask for contact to the post. */
	public List<MembershipSummary> requestingOrganisations(UUID postId) {
		ExchangePost post = store.post(postId).orElseThrow(NotFoundException::new);
		return postingOrganisations().stream()
			.filter(m -> !m.organisationId().equals(post.organisationId())
					&& !store.requestExists(postId, m.organisationId()))
			.toList();
	}

	public List<FieldProblem> check(PostDraft draft) {
		Reader reader = reader();
		Set<String> districts = region.districts().stream().map(DistrictSummary::code).collect(Collectors.toSet());
		return ExchangeRules.check(draft, today(), reader.organisations()::contains, districts::contains,
				code -> region.actionField(code).isPresent(), industryCodes::isSelectable);
	}

	/**
	 * Publishes a post for one of the author's organisations.
	 *
	 * @throws FieldProblems when the draft breaks a rule (nothing is saved)
	 */
	@Transactional
	public UUID create(PostDraft draft) {
		PlatformUser user = requireSignedIn();
		FieldProblems.throwIfAny(check(draft));
		OrganisationSummary organisation = organisations.organisation(java.util.Objects.requireNonNull(draft.organisationId()))
			.orElseThrow(NotFoundException::new);
		UUID id = UUID.randomUUID();
		var now = clock.instant();
		store.insert(new ExchangePost(id, organisation.id(), organisation.name(), user.id(), draft.kind(), draft.direction(),
				draft.title().strip(), draft.description().strip(), draft.capabilities(), draft.productGroups(),
				draft.industryCodes(), draft.districts(), draft.actionField(), draft.validUntil(), draft.nameVisibility(),
				null, false, 0, now, now));
		return id;
	}

	/**
	 * Replaces a post's details (also to extend an expired post); the organisation stays.
	 *
	 * @throws FieldProblems when the draft breaks a rule
	 * @throws OptimisticLockingFailureException when the post changed since {@code basedOnVersion}
	 */
	@Transactional
	public void change(UUID id, long basedOnVersion, PostDraft draft) {
		ExchangePost post = owned(id);
		if (post.withdrawnAt() != null) {
			throw new AccessDeniedException("Post " + id + " was withdrawn");
		}
		PostDraft kept = new PostDraft(post.organisationId(), draft.kind(), draft.direction(), draft.title().strip(),
				draft.description().strip(), draft.capabilities(), draft.productGroups(), draft.industryCodes(),
				draft.districts(), draft.actionField(), draft.validUntil(), draft.nameVisibility());
		FieldProblems.throwIfAny(check(kept));
		if (!store.update(id, basedOnVersion, kept, clock.instant())) {
			throw new OptimisticLockingFailureException("Post " + id + " was changed meanwhile");
		}
	}

	@Transactional
	public void withdraw(UUID id) {
		owned(id);
		store.withdraw(id, clock.instant());
	}

	/** The post for its editor (owners only). */
	public ExchangePost editable(UUID id) {
		return owned(id);
	}

	/** The post as the current person may see it; empty when it does not exist for them. */
	public Optional<PostView> view(UUID id) {
		Reader reader = reader();
		return store.post(id).filter(post -> visible(post, reader)).map(post -> view(post, reader));
	}

	private boolean visible(ExchangePost post, Reader reader) {
		return post.current(today()) || reader.owns(post) || reader.moderator();
	}

	/** One page of current posts with the counts for every filter. */
	public ExchangeResult search(ExchangeQuery query) {
		Reader reader = reader();
		LocalDate today = today();
		long total = store.count(query, today);
		ExchangeQuery shown = query.onPage(PageOf.clamp(query.page(), query.size(), total));
		List<PostView> posts = store.search(shown, today).stream().map(post -> view(post, reader)).toList();
		return new ExchangeResult(shown, new PageOf<>(posts, shown.page(), shown.size(), total), store.facets(shown, today));
	}

	/** Every current post (sitemap, API pages are built from search). */
	public List<ExchangePost> currentPosts() {
		return store.current(today());
	}

	/** The current person's organisations' posts, in every state. */
	public List<OwnPost> mine() {
		Reader reader = reader();
		List<ExchangePost> own = store.postsOf(reader.organisations());
		Map<UUID, Long> open = store.openRequests(own.stream().map(ExchangePost::id).toList());
		List<ExchangePost> current = store.current(today());
		List<OwnPost> result = new ArrayList<>();
		for (ExchangePost post : own) {
			int matches = post.current(today()) ? matcher().matches(post.candidate(), candidates(current), List.of()).size() : 0;
			result.add(new OwnPost(view(post, reader), matches, open.getOrDefault(post.id(), 0L)));
		}
		return result;
	}

	/** The suggestions for one of the current person's posts, best first. */
	public List<MatchView> matches(UUID id) {
		ExchangePost post = owned(id);
		Reader reader = reader();
		List<ExchangePost> current = store.current(today());
		Map<UUID, ExchangePost> byId = current.stream().collect(Collectors.toMap(ExchangePost::id, p -> p));
		Map<UUID, CompanyView> visibleCompanies = companiesFor(post);
		List<MatchView> views = new ArrayList<>();
		for (Matching.Match match : matcher().matches(post.candidate(), candidates(current),
				visibleCompanies.values().stream().map(Exchange::company).toList())) {
			if (match.type() == Matching.MatchType.POST) {
				ExchangePost other = byId.get(match.id());
				views.add(new MatchView(match.type(), other.title(), organisationLabel(other, reader, true),
						"/kooperationsboerse/" + other.id(), match.score(), match.reasons()));
			}
			else {
				CompanyView company = visibleCompanies.get(match.id());
				views.add(new MatchView(match.type(), company.name(),
						company.districtName() == null ? "" : company.districtName(), "/unternehmen/" + company.id(),
						match.score(), match.reasons()));
			}
		}
		return views;
	}

	public Matching matcher() {
		return new Matching(distances, today());
	}

	public static List<Matching.Candidate> candidates(Collection<ExchangePost> posts) {
		return posts.stream().map(ExchangePost::candidate).toList();
	}

	/**
	 * The company profiles the current person may see that share a capability with the post: one directory search
	 * per capability (the directory filters by one tag at a time).
	 */
	public Map<UUID, CompanyView> companiesFor(ExchangePost post) {
		Map<UUID, CompanyView> found = new LinkedHashMap<>();
		for (String capability : post.capabilities()) {
			companies.search(new DirectoryQuery(null, null, null, null, Tags.key(capability), 0, COMPANY_LOOKUPS))
				.companies()
				.forEach(company -> found.putIfAbsent(company.id(), company));
		}
		return found;
	}

	public static Matching.CompanyCandidate company(CompanyView company) {
		return new Matching.CompanyCandidate(company.id(),
				company.capabilities() == null ? List.of() : company.capabilities(),
				company.productGroups() == null ? Set.of() : company.productGroups(),
				company.industry() == null ? null : company.industry().code(), company.districtCode());
	}

	// ---- contact requests

	/**
	 * Sends a contact request for one of the current person's organisations.
	 *
	 * @throws FieldProblems for the own organisation's post, a second request, an expired or hidden post, or a
	 *     missing or too long message
	 */
	@Transactional
	public UUID requestContact(UUID postId, @Nullable UUID organisationId, String message) {
		PlatformUser user = requireSignedIn();
		Reader reader = reader();
		ExchangePost post = store.post(postId).filter(found -> visible(found, reader)).orElseThrow(NotFoundException::new);
		if (reader.owns(post) || post.organisationId().equals(organisationId)) {
			throw new FieldProblems(FieldProblem.ofForm("networking.exchange.error.own-post"));
		}
		if (!post.current(today())) {
			throw new FieldProblems(FieldProblem.ofForm("networking.exchange.error.post-unavailable"));
		}
		if (organisationId == null || !reader.organisations().contains(organisationId)) {
			throw FieldProblems.of("organisationId", "networking.exchange.error.organisation");
		}
		if (store.requestExists(postId, organisationId)) {
			throw new FieldProblems(FieldProblem.ofForm("networking.exchange.error.already-requested"));
		}
		String text = message.strip();
		if (text.isEmpty()) {
			throw FieldProblems.of("message", "networking.exchange.error.message-required");
		}
		if (text.length() > ExchangeRules.MESSAGE_MAX) {
			throw FieldProblems.of("message", "networking.exchange.error.message-length", ExchangeRules.MESSAGE_MAX);
		}
		OrganisationSummary requester = organisations.organisation(organisationId).orElseThrow(NotFoundException::new);
		UUID id = UUID.randomUUID();
		store.insertRequest(new ContactRequest(id, postId, requester.id(), requester.name(), user.id(), text,
				ContactStatus.OPEN, null, null, clock.instant(), null, null));
		for (UUID poster : posters(post)) {
			notifications.notify(Notification.to(poster, ExchangeNotifications.CONTACT_REQUEST,
					"networking.exchange.notification.contact-request", "/kooperationsboerse/" + postId, post.title()));
		}
		return id;
	}

	/** Who hears of requests to a post: its author, or the organisation's members once the author is gone. */
	private List<UUID> posters(ExchangePost post) {
		if (post.authorId() != null) {
			return List.of(post.authorId());
		}
		return organisations.membersWhere(post.organisationId(), Role.values());
	}

	/** The poster accepts: both sides see each other's contact from now on. */
	@Transactional
	public void accept(UUID requestId) {
		decide(requestId, ContactStatus.ACCEPTED, null);
	}

	@Transactional
	public void decline(UUID requestId, @Nullable String note) {
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > ExchangeRules.NOTE_MAX) {
			throw FieldProblems.of("note", "networking.exchange.error.note-length", ExchangeRules.NOTE_MAX);
		}
		decide(requestId, ContactStatus.DECLINED, text);
	}

	private void decide(UUID requestId, ContactStatus status, @Nullable String note) {
		PlatformUser user = requireSignedIn();
		ContactRequest request = store.request(requestId).orElseThrow(NotFoundException::new);
		ExchangePost post = owned(request.postId());
		if (!store.decide(requestId, status, note, user.id(), clock.instant())) {
			throw new FieldProblems(FieldProblem.ofForm("networking.exchange.error.already-decided"));
		}
		if (request.requesterId() != null) {
			notifications.notify(Notification.to(request.requesterId(), ExchangeNotifications.CONTACT_ANSWERED,
					status == ContactStatus.ACCEPTED ? "networking.exchange.notification.accepted"
							: "networking.exchange.notification.declined",
					"/kooperationsboerse/meine", post.title()));
		}
	}

	/** Either side records that they agreed on a cooperation (after acceptance). */
	@Transactional
	public void agreeCooperation(UUID requestId) {
		Reader reader = reader();
		ContactRequest request = store.request(requestId).orElseThrow(NotFoundException::new);
		ExchangePost post = store.post(request.postId()).orElseThrow(NotFoundException::new);
		if (!reader.owns(post) && !reader.organisations().contains(request.requesterOrganisationId())) {
			throw new NotFoundException();
		}
		if (request.status() != ContactStatus.ACCEPTED) {
			throw new AccessDeniedException("Request " + requestId + " was not accepted");
		}
		store.agreeCooperation(requestId, clock.instant());
	}

	/** A request as one of its sides sees it (for the confirmation page). */
	public RequestView request(UUID requestId) {
		Reader reader = reader();
		ContactRequest request = store.request(requestId).orElseThrow(NotFoundException::new);
		ExchangePost post = store.post(request.postId()).orElseThrow(NotFoundException::new);
		if (reader.owns(post)) {
			return posterView(request, post);
		}
		if (reader.organisations().contains(request.requesterOrganisationId())) {
			return requesterView(request, post);
		}
		throw new NotFoundException();
	}

	/** The requests to one of the current person's posts. */
	public List<RequestView> requestsTo(UUID postId) {
		ExchangePost post = owned(postId);
		return store.requestsTo(postId).stream().map(request -> posterView(request, post)).toList();
	}

	/** The requests the current person's organisations sent. */
	public List<RequestView> requestsSent() {
		Reader reader = reader();
		List<RequestView> views = new ArrayList<>();
		for (ContactRequest request : store.requestsFrom(reader.organisations())) {
			store.post(request.postId()).ifPresent(post -> views.add(requesterView(request, post)));
		}
		return views;
	}

	private RequestView posterView(ContactRequest request, ExchangePost post) {
		AccountSummary requester = request.status() == ContactStatus.ACCEPTED && request.requesterId() != null
				? accounts.account(request.requesterId()).orElse(null) : null;
		return new RequestView(request.id(), post.id(), post.title(), request.requesterOrganisationName(),
				request.message(), request.status(), request.decisionNote(), request.createdAt(),
				request.cooperationAgreedAt(), requester == null ? null : requester.displayName(),
				requester == null ? null : requester.email(), null);
	}

	private RequestView requesterView(ContactRequest request, ExchangePost post) {
		boolean accepted = request.status() == ContactStatus.ACCEPTED;
		AccountSummary poster = accepted && request.decidedBy() != null
				? accounts.account(request.decidedBy()).orElse(null) : null;
		return new RequestView(request.id(), post.id(), post.title(), request.requesterOrganisationName(),
				request.message(), request.status(), request.decisionNote(), request.createdAt(),
				request.cooperationAgreedAt(), poster == null ? null : poster.displayName(),
				poster == null ? null : poster.email(), accepted ? post.organisationName() : null);
	}

	// ---- views

	private ExchangePost owned(UUID id) {
		Reader reader = reader();
		ExchangePost post = store.post(id).filter(found -> visible(found, reader)).orElseThrow(NotFoundException::new);
		if (!reader.owns(post)) {
			throw new AccessDeniedException("Not a member of the organisation of post " + id);
		}
		return post;
	}

	public PostView view(ExchangePost post, Reader reader) {
		LocalDate today = today();
		boolean own = reader.owns(post);
		Set<UUID> requestable = new HashSet<>(reader.organisations());
		requestable.remove(post.organisationId());
		boolean requested = false;
		for (UUID organisation : reader.organisations()) {
			if (!own && store.requestExists(post.id(), organisation)) {
				requestable.remove(organisation);
				requested = true;
			}
		}
		Map<String, IndustryCode> codes = industryCodes.codes(post.industryCodes());
		List<String> industryLabels = post.industryCodes()
			.stream()
			.map(code -> codes.containsKey(code) ? codes.get(code).label() : code)
			.toList();
		return new PostView(post.id(), post.kind(), post.direction(), post.title(), post.description(),
				Markdown.toSafeHtml(post.description()), post.capabilities(), post.productGroups(), industryLabels,
				post.districts().stream().map(this::districtName).toList(), districtName(post.mainDistrict()),
				post.actionField(), post.validUntil(), post.status(today), post.hidden(),
				reader.signedIn() || post.nameVisibility() == NameVisibility.PUBLIC ? post.organisationName() : null, own,
				!own && reader.signedIn() && post.current(today) && !requestable.isEmpty(), requested, post.version());
	}

	/** The organisation as the reader may see it, or the district's phrase for visitors. */
	public String organisationLabel(ExchangePost post, Reader reader, boolean signedIn) {
		return signedIn || reader.signedIn() || post.nameVisibility() == NameVisibility.PUBLIC ? post.organisationName()
				: districtName(post.mainDistrict());
	}

	public String districtName(String code) {
		return region.district(code).map(DistrictSummary::name).orElse(code);
	}

	private static PlatformUser requireSignedIn() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in to use the exchange"));
	}

}
