package de.itas.platform.helpdesk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.directory.CompanyProfiles;
import de.itas.platform.directory.CompanyView;
import de.itas.platform.directory.DirectoryQuery;
import de.itas.platform.funding.FundingCalculator;
import de.itas.platform.funding.ProgrammeSummary;
import de.itas.platform.region.HelpDeskSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.search.RelatedContents;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.trainings.TrainingCatalog;

/**
 * Recommendations from a case: the advisor picks training offers, contents, funding programmes, help desks
 * and companies and adds a personal message; the submitter sees them under "Meine Empfehlungen" and marks
 * each item as helpful or not, which the advisor sees on the case.
 */
@Service
@Transactional(readOnly = true)
public class CaseRecommendations {

	static final int MAX_ITEMS = 20;

	private final RelatedContents related;
	private final TopicFields topicFields;
	private final CaseWork caseWork;
	private final CaseRepository cases;
	private final JdbcClient jdbc;
	private final TrainingCatalog trainings;
	private final FundingCalculator funding;
	private final Region region;
	private final CompanyProfiles companies;
	private final Mailer mailer;
	private final Notifications notifications;
	private final Clock clock;

	CaseRecommendations(CaseWork caseWork, CaseRepository cases, JdbcClient jdbc, TrainingCatalog trainings,
			FundingCalculator funding, Region region, CompanyProfiles companies, Mailer mailer,
			Notifications notifications, Clock clock, RelatedContents related, TopicFields topicFields) {
		this.related = related;
		this.topicFields = topicFields;
		this.caseWork = caseWork;
		this.cases = cases;
		this.jdbc = jdbc;
		this.trainings = trainings;
		this.funding = funding;
		this.region = region;
		this.companies = companies;
		this.mailer = mailer;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * What the advisor can pick for a case of this topic, for a search text (empty: the first few of each kind):
	 * training offers, funding programmes, help desks, companies, and the contents other modules offer for the
	 * topic's action field (library items, courses).
	 */
	public List<RecommendationOption> options(String query, String districtCode, Topic topic, Locale locale) {
		List<RecommendationOption> options = new ArrayList<>(options(query, districtCode, locale));
		String field = topicFields.fields().get(topic);
		if (field != null) {
			String q = query.strip().toLowerCase(Locale.ROOT);
			related.related(List.of(), List.of(field), 6, locale)
				.stream()
				.filter(item -> q.isEmpty() || item.title().toLowerCase(Locale.ROOT).contains(q))
				.forEach(item -> options.add(new RecommendationOption(RecommendationKind.CONTENT, item.path(),
						item.title(), item.path())));
		}
		return options;
	}

	/** What the advisor can pick, for a search text (empty: the first few of each kind). */
	public List<RecommendationOption> options(String query, String districtCode, Locale locale) {
		String q = query.strip().toLowerCase(Locale.ROOT);
		List<RecommendationOption> options = new ArrayList<>();
		trainings.search(query.strip(), 8)
			.forEach(offer -> options.add(new RecommendationOption(RecommendationKind.TRAINING, String.valueOf(offer.id()),
					offer.title(), offer.url())));
		funding.programmes(LocalDate.now(clock), locale)
			.stream()
			.filter(ProgrammeSummary::active)
			.filter(programme -> q.isEmpty() || programme.name().toLowerCase(Locale.ROOT).contains(q))
			.forEach(programme -> options.add(new RecommendationOption(RecommendationKind.FUNDING, programme.id(),
					programme.name(), "/foerderrechner")));
		region.helpDesks(districtCode, null)
			.stream()
			.filter(desk -> q.isEmpty() || desk.name().toLowerCase(Locale.ROOT).contains(q))
			.forEach(desk -> options.add(new RecommendationOption(RecommendationKind.HELPDESK, desk.code(), deskTitle(desk),
					"/anlaufstellen?landkreis=" + desk.district().code())));
		companies.search(new DirectoryQuery(q.isEmpty() ? null : query.strip(), null, null, null, null, 0, 8))
			.companies()
			.forEach(company -> options.add(new RecommendationOption(RecommendationKind.COMPANY, company.id().toString(),
					company.name(), "/unternehmen/" + company.id())));
		return options;
	}

	/** Sends a recommendation for a case the advisor may work on; mails the submitter after the commit. */
	@Transactional
	public long send(String caseNumber, RecommendationDraft draft, Locale locale) {
		Inquiry row = caseWork.accessible(caseNumber);
		PlatformUser advisor = CurrentUser.get().orElseThrow();
		String message = draft.message() == null ? "" : draft.message().strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (message.isEmpty() || message.length() > CaseWork.MAX_TEXT) {
			problems.add(FieldProblem.of("message", "helpdesk.recommend.message.required"));
		}
		if (draft.items().isEmpty() || draft.items().size() > MAX_ITEMS) {
			problems.add(FieldProblem.of("items", "helpdesk.recommend.items.required"));
		}
		FieldProblems.throwIfAny(problems);
		List<Resolved> resolved = new ArrayList<>();
		for (RecommendationDraft.Item item : draft.items()) {
			resolved.add(resolve(item, locale)
				.orElseThrow(() -> FieldProblems.of("items", "helpdesk.recommend.items.unknown")));
		}
		Instant now = clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO helpdesk.recommendation (inquiry_id, advisor_id, advisor_name, message, sent_at) VALUES (?, ?, ?, ?, ?)")
			.params(row.id(), advisor.id(), advisor.getDisplayName(), message, CaseRepository.ts(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		for (Resolved item : resolved) {
			jdbc.sql("""
					INSERT INTO helpdesk.recommendation_item (recommendation_id, kind, reference, title, url, note)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, item.kind().name(), item.reference(), item.title(), item.url(), item.note())
				.update();
		}
		row.recommendationSent(message, Inquiry.Actor.of(advisor), now);
		cases.save(row);
		if (row.submitterId() != null) {
			notifications.notify(Notification.to(row.submitterId(), HelpdeskNotifications.RECOMMENDATION,
					"helpdesk.notification.recommendation", "/empfehlungen", row.caseNumber())
				.withMail("helpdesk.mail.recommendation.subject", "helpdesk/recommendation", Map.of("name",
						row.submitterName(), "advisor", advisor.getDisplayName(), "caseNumber", row.caseNumber())));
		}
		else if (row.submitterEmail() != null) {
			mailer.send(row.submitterEmail(), Inquiries.locale(row.locale()), "helpdesk.mail.recommendation.subject",
					"helpdesk/recommendation", Map.of("name", row.submitterName(), "advisor",
							advisor.getDisplayName(), "caseNumber", row.caseNumber()));
		}
		return id;
	}

	private record Resolved(RecommendationKind kind, String reference, String title, @Nullable String url,
			@Nullable String note) {
	}

	private Optional<Resolved> resolve(RecommendationDraft.Item item, Locale locale) {
		String note = item.note() == null || item.note().isBlank() ? null : item.note().strip();
		if (note != null && note.length() > 1000) {
			return Optional.empty();
		}
		String reference = item.reference() == null ? "" : item.reference().strip();
		return switch (item.kind()) {
			// the catalogue's title and address, never what the form sent; only published offers
			case TRAINING -> parseLong(reference).flatMap(trainings::offer)
				.map(offer -> new Resolved(item.kind(), reference, offer.title(), offer.url(), note));
			case FUNDING -> funding.programmes(LocalDate.now(clock), locale)
				.stream()
				.filter(programme -> programme.id().equals(reference))
				.findFirst()
				.map(programme -> new Resolved(item.kind(), reference, programme.name(), "/foerderrechner", note));
			case HELPDESK -> region.helpDesk(reference)
				.map(desk -> new Resolved(item.kind(), reference, deskTitle(desk), "/anlaufstellen?landkreis="
						+ desk.district().code(), note));
			case COMPANY -> parseUuid(reference).flatMap(companies::profile)
				.map(company -> new Resolved(item.kind(), reference, companyTitle(company), "/unternehmen/" + company.id(),
						note));
			case CONTENT -> {
				String title = item.title() == null ? "" : item.title().strip();
				boolean validUrl = reference.startsWith("https://") || reference.startsWith("/");
				yield title.isEmpty() || title.length() > 300 || !validUrl || reference.length() > 500 ? Optional.empty()
						: Optional.of(new Resolved(item.kind(), reference, title, reference, note));
			}
		};
	}

	private static Optional<Long> parseLong(String reference) {
		try {
			return Optional.of(Long.parseLong(reference));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String deskTitle(HelpDeskSummary desk) {
		return desk.name() + " (" + desk.details().phone() + ")";
	}

	private static String companyTitle(CompanyView company) {
		return company.name();
	}

	private static Optional<UUID> parseUuid(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The recommendations of a case, for staff who may see it. */
	public List<RecommendationView> ofCase(String caseNumber) {
		Inquiry row = caseWork.accessible(caseNumber);
		return load("r.inquiry_id = ?", row.id());
	}

	/** The signed-in person's recommendations, newest first. */
	public List<RecommendationView> mine() {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		return load("i.submitter_id = ?", user.id());
	}

	/** The submitter marks an item as helpful or not. */
	@Transactional
	public void feedback(long itemId, boolean helpful) {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		int changed = jdbc.sql("""
				UPDATE helpdesk.recommendation_item SET helpful = ? WHERE id = ? AND recommendation_id IN (
				  SELECT r.id FROM helpdesk.recommendation r JOIN helpdesk.inquiry i ON i.id = r.inquiry_id
				  WHERE i.submitter_id = ?)""")
			.params(helpful, itemId, user.id())
			.update();
		if (changed != 1) {
			throw new AccessDeniedException("Not your recommendation");
		}
	}

	private List<RecommendationView> load(String where, Object parameter) {
		List<RecommendationView> views = new ArrayList<>();
		jdbc.sql("""
				SELECT r.id, i.case_number, r.advisor_name, r.message, r.sent_at FROM helpdesk.recommendation r
				JOIN helpdesk.inquiry i ON i.id = r.inquiry_id""" + " WHERE " + where + " ORDER BY r.sent_at DESC, r.id DESC")
			.param(parameter)
			.query((rs, n) -> new RecommendationView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), List.of()))
			.list()
			.forEach(view -> views.add(new RecommendationView(view.id(), view.caseNumber(), view.advisorName(),
					view.message(), view.sentAt(), items(view.id()))));
		return views;
	}

	private List<RecommendationView.Item> items(long recommendationId) {
		return jdbc.sql("""
				SELECT id, kind, reference, title, url, note, helpful FROM helpdesk.recommendation_item
				WHERE recommendation_id = ? ORDER BY id""")
			.param(recommendationId)
			.query((rs, n) -> new RecommendationView.Item(rs.getLong(1), RecommendationKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
					(Boolean) rs.getObject(7)))
			.list();
	}

}
