package de.itas.platform.networking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.directory.ProductGroup;
import de.itas.platform.shared.figures.FigureValue;
import de.itas.platform.shared.search.SearchRequest;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The cooperation exchange end to end on the shared application: the rules of a post, expiry and hiding, contact
 * requests that reveal nothing personal before consent, the digest of new matches, figures and personal data.
 * Every test works with its own organisations and a capability word nobody else uses.
 */
@PlatformTest
class ExchangeIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Exchange exchange;

	@Autowired
	ExchangeModeration moderation;

	@Autowired
	ExchangeDigest digest;

	@Autowired
	ExchangeFigureSource figures;

	@Autowired
	ExchangeSearchContribution search;

	@Autowired
	ExchangePersonalData personalData;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	JdbcTemplate jdbc;

	private final String token = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").replace('a', 'x') + "wort";

	private String district() {
		return jdbc.queryForObject("SELECT code FROM region.district ORDER BY code LIMIT 1", String.class);
	}

	private PlatformUser member(String name) {
		UUID company = organisations.ensure(name + " " + token + " GmbH (fiktiv)", OrganisationKind.COMPANY, district(), null)
			.id();
		return memberships.member(name.toLowerCase(Locale.ROOT) + "-" + token + "@test.itas.local", company,
				Role.COMPANY_MEMBER);
	}

	private UUID organisationOf(PlatformUser user) {
		return organisations.membershipsOf(user.id()).get(0).organisationId();
	}

	private PostDraft draft(PlatformUser author, PostKind kind, PostDirection direction, NameVisibility visibility) {
		return new PostDraft(organisationOf(author), kind, direction, "Eintrag " + token + " " + direction,
				"Wir haben **freie** Kapazität " + token + ".", List.of(token, "CNC-Fräsen"), Set.of(ProductGroup.BODY),
				List.of(), List.of(district()), null, LocalDate.now().plusMonths(2), visibility);
	}

	private UUID post(PlatformUser author, PostDirection direction, NameVisibility visibility) {
		return SignedIn.as(author, () -> exchange.create(draft(author, PostKind.FREE_CAPACITY, direction, visibility)));
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void everyRuleNamesItsFieldAndNothingIsSaved() {
		PlatformUser author = member("Regeln");
		var result = mvc.post()
			.uri("/kooperationsboerse/neu")
			.param("organisationId", UUID.randomUUID().toString())
			.param("title", "")
			.param("description", "")
			.param("industryCodes", "99.99.9")
			.param("validUntil", LocalDate.now().minusDays(1).toString())
			.param("nameVisibility", "")
			.with(user(author))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"organisationId-error\"", "id=\"kind-error\"", "id=\"direction-error\"", "id=\"title-error\"",
					"id=\"description-error\"", "id=\"industryCodes-error\"", "id=\"districts-error\"",
					"id=\"validUntil-error\"", "Das Datum muss in der Zukunft liegen", "keine WZ-2008-Unterklasse");
		assertThat(count("SELECT count(*) FROM networking.exchange_post WHERE organisation_id = ?", organisationOf(author)))
			.isZero();

		PostDraft tooFar = new PostDraft(organisationOf(author), PostKind.RESEARCH, PostDirection.OFFER, "x".repeat(121), "d",
				List.of(), Set.of(), List.of(), List.of("nirgendwo"), "kein-feld", LocalDate.now().plusYears(2),
				NameVisibility.PUBLIC);
		assertThatThrownBy(() -> SignedIn.run(author, () -> exchange.create(tooFar))).isInstanceOf(FieldProblems.class)
			.satisfies(ex -> assertThat(((FieldProblems) ex).problems()).extracting(FieldProblem::messageKey)
				.containsExactlyInAnyOrder("networking.exchange.error.title-length",
						"networking.exchange.error.district-unknown", "networking.exchange.error.action-field",
						"networking.exchange.error.valid-until-far"));
	}

	@Test
	void anExpiredPostLeavesSearchAndApiButStaysForItsOwnerWhoMayExtendIt() {
		PlatformUser owner = member("Ablauf");
		UUID id = post(owner, PostDirection.OFFER, NameVisibility.PUBLIC);
		assertThat(mvc.get().uri("/kooperationsboerse?q=" + token)).bodyText().contains(id.toString());
		assertThat(mvc.get().uri("/api/v1/networking/posts?size=50&kind=FREE_CAPACITY")).bodyText().contains(token);

		jdbc.update("UPDATE networking.exchange_post SET valid_until = ? WHERE id = ?", LocalDate.now().minusDays(1), id);
		assertThat(mvc.get().uri("/kooperationsboerse?q=" + token)).bodyText().doesNotContain(id.toString());
		assertThat(mvc.get().uri("/api/v1/networking/posts?size=50&kind=FREE_CAPACITY")).bodyText().doesNotContain(token);
		assertThat(search.search(new SearchRequest(token, null, Locale.GERMAN, 10))).isEmpty();
		assertThat(mvc.get().uri("/kooperationsboerse/" + id)).hasStatus(404);
		assertThat(mvc.get().uri("/kooperationsboerse/" + id).with(user(owner))).hasStatusOk().bodyText().contains("Abgelaufen");
		assertThat(mvc.get().uri("/kooperationsboerse/meine").with(user(owner))).bodyText().contains(id.toString());

		long version = jdbc.queryForObject("SELECT version FROM networking.exchange_post WHERE id = ?", Long.class, id);
		SignedIn.run(owner, () -> exchange.change(id, version, draft(owner, PostKind.FREE_CAPACITY, PostDirection.OFFER,
				NameVisibility.PUBLIC)));
		assertThat(mvc.get().uri("/kooperationsboerse?q=" + token)).bodyText().contains(id.toString());
		assertThatThrownBy(() -> SignedIn.run(owner, () -> exchange.change(id, version,
				draft(owner, PostKind.FREE_CAPACITY, PostDirection.OFFER, NameVisibility.PUBLIC))))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void contactDetailsAreShownOnlyAfterThePosterAcceptsAndOwnOrSecondRequestsAreRefused() throws Exception {
		PlatformUser poster = member("Poster");
		PlatformUser asker = member("Frager");
		UUID postId = post(poster, PostDirection.OFFER, NameVisibility.MEMBERS);

		assertThat(mvc.get().uri("/kooperationsboerse/" + postId)).bodyText()
			.doesNotContain("Poster " + token)
			.contains("ein Unternehmen aus");
		assertThat(mvc.get().uri("/api/v1/networking/posts?size=50")).bodyText().doesNotContain("Poster " + token);

		assertThat(mvc.post().uri("/kooperationsboerse/" + postId + "/anfrage").param("organisationId",
				organisationOf(poster).toString()).param("message", "Hallo").with(user(poster)).with(csrf()))
			.bodyText().contains("Eintrag Ihrer eigenen Organisation");

		assertThat(mvc.post().uri("/kooperationsboerse/" + postId + "/anfrage")
			.param("organisationId", organisationOf(asker).toString())
			.param("message", "Wir hätten Bedarf " + token)
			.with(user(asker))
			.with(csrf())).hasStatus3xxRedirection();
		assertThatThrownBy(() -> SignedIn.run(asker,
				() -> exchange.requestContact(postId, organisationOf(asker), "Noch einmal")))
			.isInstanceOf(FieldProblems.class)
			.hasMessageContaining("already-requested");
		assertThat(count("SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'networking.contact-request'",
				poster.id())).isEqualTo(1);

		String before = mvc.get().uri("/kooperationsboerse/" + postId).with(user(poster)).exchange().getResponse()
			.getContentAsString();
		assertThat(before).contains("Wir hätten Bedarf " + token, "Frager " + token + " GmbH (fiktiv)")
			.doesNotContain(asker.email(), "Test " + asker.email());
		String askerBefore = mvc.get().uri("/kooperationsboerse/meine").with(user(asker)).exchange().getResponse()
			.getContentAsString();
		assertThat(askerBefore).doesNotContain(poster.email());

		UUID requestId = jdbc.queryForObject("SELECT id FROM networking.exchange_contact_request WHERE post_id = ?",
				UUID.class, postId);
		assertThat(mvc.post().uri("/kooperationsboerse/anfragen/" + requestId + "/annehmen").with(user(asker)).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/kooperationsboerse/anfragen/" + requestId + "/annehmen").with(user(poster)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/kooperationsboerse/" + postId).with(user(poster))).bodyText().contains(asker.email());
		assertThat(mvc.get().uri("/kooperationsboerse/meine").with(user(asker))).bodyText()
			.contains(poster.email(), "Poster " + token + " GmbH (fiktiv)");
		assertThat(count("SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'networking.contact-answered'",
				asker.id())).isEqualTo(1);
	}

	@Test
	void aHiddenPostIsAbsentFromListApiSearchAndDigestButItsOwnerSeesTheNote() {
		PlatformUser owner = member("Verborgen");
		PlatformUser other = member("Gegenueber");
		UUID hidden = post(owner, PostDirection.OFFER, NameVisibility.PUBLIC);
		UUID counterpart = post(other, PostDirection.REQUEST, NameVisibility.PUBLIC);
		moderation.setHidden(hidden, true);

		assertThat(mvc.get().uri("/kooperationsboerse?q=" + token)).bodyText().doesNotContain(hidden.toString());
		assertThat(mvc.get().uri("/api/v1/networking/posts?size=50")).bodyText().doesNotContain(hidden.toString());
		assertThat(search.search(new SearchRequest(token, null, Locale.GERMAN, 10))).extracting(hit -> hit.url())
			.containsExactly("/kooperationsboerse/" + counterpart);
		assertThat(mvc.get().uri("/kooperationsboerse/" + hidden).with(user(other))).hasStatus(404);
		assertThat(mvc.get().uri("/kooperationsboerse/" + hidden).with(user(owner))).hasStatusOk().bodyText()
			.contains("Die Moderation hat diesen Eintrag verborgen");
		assertThat(moderation.content(hidden)).hasValueSatisfying(content -> assertThat(content.hidden()).isTrue());

		digest.notifyNewMatches();
		assertThat(count("SELECT count(*) FROM networking.exchange_match_seen WHERE post_id = ? OR match_id = ?", hidden,
				hidden)).isZero();
		assertThat(count("SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'networking.new-match'",
				owner.id())).isZero();
	}

	@Test
	void theDigestTellsEachPosterOnceOfNewMatches() {
		PlatformUser requester = member("Suchend");
		PlatformUser offerer = member("Bietend");
		UUID request = post(requester, PostDirection.REQUEST, NameVisibility.PUBLIC);
		digest.notifyNewMatches();
		long first = count("SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'networking.new-match'",
				requester.id());
		UUID offer = post(offerer, PostDirection.OFFER, NameVisibility.PUBLIC);
		digest.notifyNewMatches();
		assertThat(count("SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'networking.new-match'",
				requester.id())).isEqualTo(first + 1);
		assertThat(count("SELECT count(*) FROM networking.exchange_match_seen WHERE post_id = ? AND match_id = ?", request,
				offer)).isEqualTo(1);
		digest.notifyNewMatches();
		assertThat(count("SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'networking.new-match'",
				requester.id())).isEqualTo(first + 1);
		assertThat(SignedIn.as(requester, () -> exchange.matches(request))).anySatisfy(match -> {
			assertThat(match.path()).isEqualTo("/kooperationsboerse/" + offer);
			assertThat(match.reasons()).extracting(Matching.Reason::key)
				.contains("networking.exchange.reason.capabilities", "networking.exchange.reason.same-district");
		});
		assertThat(mvc.get().uri("/kooperationsboerse/" + request).with(user(requester))).bodyText()
			.contains("Passende Angebote und Gesuche", "Gemeinsame Fähigkeiten: " + token);
	}

	@Test
	void acceptedContactsAndAgreedCooperationsAreCounted() {
		PlatformUser poster = member("Zahlen");
		PlatformUser asker = member("Zaehler");
		YearMonth month = YearMonth.now();
		long posts = total(ExchangeFigureSource.POSTS, month);
		long contacts = total(ExchangeFigureSource.CONTACTS, month);
		long cooperations = total(ExchangeFigureSource.COOPERATIONS, month);
		UUID postId = post(poster, PostDirection.OFFER, NameVisibility.PUBLIC);
		UUID requestId = SignedIn.as(asker, () -> exchange.requestContact(postId, organisationOf(asker), "Hallo"));
		SignedIn.run(poster, () -> exchange.accept(requestId));
		assertThat(mvc.post().uri("/kooperationsboerse/anfragen/" + requestId + "/kooperation").with(user(asker)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(total(ExchangeFigureSource.POSTS, month)).isEqualTo(posts + 1);
		assertThat(total(ExchangeFigureSource.CONTACTS, month)).isEqualTo(contacts + 1);
		assertThat(total(ExchangeFigureSource.COOPERATIONS, month)).isEqualTo(cooperations + 1);
	}

	private long total(String key, YearMonth month) {
		return figures.values(key, month, month).stream().mapToLong(FigureValue::count).sum();
	}

	@Test
	void personalDataIsExportedAndErasedWhilePostsStayWithTheOrganisation() {
		PlatformUser poster = member("Export");
		PlatformUser asker = member("Loeschen");
		UUID postId = post(poster, PostDirection.OFFER, NameVisibility.PUBLIC);
		SignedIn.as(asker, () -> exchange.requestContact(postId, organisationOf(asker), "Geheim " + token));

		Map<String, Object> export = personalData.export(poster.id());
		assertThat(export.get("posts").toString()).contains(postId.toString());
		assertThat(export.get("requestsReceived").toString()).contains("Geheim " + token);
		assertThat(personalData.export(asker.id()).get("requestsSent").toString()).contains("Geheim " + token);

		personalData.erase(asker.id());
		personalData.erase(poster.id());
		assertThat(count("SELECT count(*) FROM networking.exchange_contact_request WHERE message LIKE ?", "%" + token + "%"))
			.isZero();
		assertThat(count("SELECT count(*) FROM networking.exchange_post WHERE id = ? AND author_id IS NULL", postId))
			.isEqualTo(1);
		assertThat(personalData.export(asker.id()).get("requestsSent").toString()).isEqualTo("[]");
	}

	@Test
	void visitorsCannotPostAndAnotherCompanyCannotEdit() {
		PlatformUser owner = member("Eigen");
		PlatformUser stranger = member("Fremd");
		UUID postId = post(owner, PostDirection.REQUEST, NameVisibility.PUBLIC);
		assertThat(mvc.get().uri("/kooperationsboerse/neu")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/kooperationsboerse/neu").param("title", "x").with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/kooperationsboerse/" + postId + "/bearbeiten").with(user(stranger))).hasStatus(403);
		assertThat(mvc.post().uri("/kooperationsboerse/" + postId + "/bearbeiten").param("title", "Gekapert")
			.with(user(stranger)).with(csrf())).hasStatus(403);
		assertThatThrownBy(() -> SignedIn.run(stranger, () -> exchange.withdraw(postId)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(mvc.get().uri("/kooperationsboerse/" + postId + "/bearbeiten").with(user(owner))).hasStatusOk();
	}

}
