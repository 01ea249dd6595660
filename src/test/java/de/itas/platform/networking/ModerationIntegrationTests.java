package de.itas.platform.networking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.directory.ProductGroup;
import de.itas.platform.networking.DiscussionViews.Posted;
import de.itas.platform.networking.DiscussionViews.SpaceKind;
import de.itas.platform.networking.DiscussionViews.SpaceView;
import de.itas.platform.networking.ModerationViews.Action;
import de.itas.platform.networking.ModerationViews.QueueEntry;
import de.itas.platform.shared.notifications.NotificationInbox;
import de.itas.platform.shared.notifications.NotificationView;
import de.itas.platform.shared.search.SearchRequest;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.PageOf;

/**
 * Moderation of discussion posts (reports, decisions with reasons, one appeal by a second moderator, words, muting)
 * and of the exchange's posts, the other kind of item moderation acts on.
 */
@PlatformTest
class ModerationIntegrationTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	Discussions discussions;

	@Autowired
	Moderation moderation;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	DiscussionsSearchContribution search;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Exchange exchange;

	@Autowired
	ExchangeSearchContribution exchangeSearch;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	/** A coordinator: a moderator by role, without ever having opened a moderation page. */
	private PlatformUser first() {
		return accounts.user(Role.COORDINATOR);
	}

	/** An admin: the second moderator. */
	private PlatformUser second() {
		return accounts.user(Role.ADMIN);
	}

	private SpaceView space(String name) {
		return SignedIn.as(first(), () -> discussions.createSpace(SpaceKind.TOPIC, name + " " + UUID.randomUUID(), ""));
	}

	private List<String> titles(PlatformUser person) {
		return inbox.page(person.id(), 0, Locale.GERMAN).items().stream().map(NotificationView::title).toList();
	}

	private String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aReportReachesTheModeratorsAndHidingTellsTheAuthorWhy() {
		PlatformUser moderator = first();
		PlatformUser other = second();
		PlatformUser third = accounts.user(Role.COORDINATOR, Role.EMPLOYEE);
		PlatformUser author = accounts.person("Autorin " + unique());
		PlatformUser reporter = accounts.person("Melder " + unique());
		PlatformUser follower = accounts.person("Folgende " + unique());
		SpaceView space = space("Melderaum");
		String word = "zzq" + unique().replaceAll("[0-9-]", "x");
		Posted start = SignedIn.as(author, () -> discussions.startThread(space.slug(), "Thema " + word, "Erster Beitrag", List.of()));
		SignedIn.run(follower, () -> discussions.follow(follower.id(), start.threadId(), null));
		Posted reply = SignedIn.as(author, () -> discussions.reply(space.slug(), start.threadId(), "Frecher Text " + word, List.of()));

		SignedIn.run(reporter, () -> moderation.report(ModerationStore.DISCUSSION_POST, reply.postId(), ReportCategory.INSULT,
				"Das ist beleidigend"));
		assertThat(titles(moderator)).anyMatch(title -> title.startsWith("Neue Meldung") && title.contains(word));
		assertThat(titles(other)).anyMatch(title -> title.startsWith("Neue Meldung"));
		// every holder of a moderator's role is told, whether or not they ever signed in
		assertThat(titles(third)).anyMatch(title -> title.startsWith("Neue Meldung") && title.contains(word));
		assertThat(titles(reporter)).noneMatch(title -> title.startsWith("Neue Meldung"));
		assertThatThrownBy(() -> SignedIn.run(reporter, () -> moderation.report(ModerationStore.DISCUSSION_POST,
				reply.postId(), ReportCategory.INSULT, "noch einmal"))).isInstanceOf(FieldProblems.class);

		assertThatThrownBy(() -> SignedIn.run(moderator, () -> moderation.decide(ModerationStore.DISCUSSION_POST,
				reply.postId(), Action.HIDE, null, " ", null))).isInstanceOf(FieldProblems.class)
			.satisfies(ex -> assertThat(((FieldProblems) ex).fields()).containsExactly("rule", "facts"));
		int before = titles(follower).size();
		SignedIn.run(moderator, () -> moderation.decide(ModerationStore.DISCUSSION_POST, reply.postId(), Action.HIDE, "2",
				"Der Beitrag nennt eine Person frech.", null));

		assertThat(titles(author)).anyMatch(title -> title.startsWith("Ihr Beitrag wurde ausgeblendet"));
		assertThat(titles(reporter)).anyMatch(title -> title.contains("Beitrag ausgeblendet"));
		// the author sees the post with the reasons, everybody else does not see it
		var mine = SignedIn.as(author, () -> discussions.post(reply.postId())).orElseThrow();
		assertThat(mine.hidden()).isTrue();
		assertThat(mine.reasons().facts()).isEqualTo("Der Beitrag nennt eine Person frech.");
		assertThat(mine.reasons().rule()).isEqualTo("2");
		assertThat(SignedIn.as(follower, () -> discussions.post(reply.postId()))).isEmpty();
		assertThat(SignedIn.as(follower, () -> discussions.posts(discussions.thread(space, start.threadId()), 0).items()))
			.extracting(DiscussionViews.PostView::id).doesNotContain(reply.postId());
		assertThat(search.search(new SearchRequest(word, null, Locale.GERMAN, 10)))
			.allSatisfy(hit -> assertThat(hit.snippet()).doesNotContain("Frecher"));
		assertThat(titles(follower)).hasSize(before);
		assertThat(jdbc.sql("SELECT count(*) FROM networking.moderation_log WHERE item_id = ? AND action IN ('REPORT', 'DECISION_HIDE')")
			.param(reply.postId()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theAuthorAppealsOnceAndOnlyASecondModeratorDecides() {
		PlatformUser moderator = first();
		PlatformUser other = second();
		PlatformUser author = accounts.person("Widerspruch " + unique());
		SpaceView space = space("Widerspruchsraum");
		Posted post = SignedIn.as(author, () -> discussions.startThread(space.slug(), "Frage", "Harmloser Text", List.of()));
		UUID decision = SignedIn.as(moderator, () -> moderation.decide(ModerationStore.DISCUSSION_POST, post.postId(),
				Action.HIDE, "5", "Nicht zum Thema.", null));

		SignedIn.run(author, () -> moderation.appeal(decision, "Doch, das gehört zum Thema."));
		assertThatThrownBy(() -> SignedIn.run(author, () -> moderation.appeal(decision, "Noch einmal")))
			.isInstanceOf(FieldProblems.class);
		UUID appeal = jdbc.sql("SELECT id FROM networking.moderation_appeal WHERE decision_id = ?").param(decision)
			.query(UUID.class).single();
		assertThatThrownBy(() -> SignedIn.run(moderator, () -> moderation.decideAppeal(appeal, "REVERSED", "Ich selbst")))
			.isInstanceOf(FieldProblems.class);
		// the database refuses it as well
		assertThatThrownBy(() -> jdbc.sql("UPDATE networking.moderation_appeal SET decided_by = ?, outcome = 'REVERSED' "
				+ "WHERE id = ?").params(moderator.id(), appeal).update()).isInstanceOf(RuntimeException.class);

		SignedIn.run(other, () -> moderation.decideAppeal(appeal, "REVERSED", "Der Beitrag passt zum Thema."));
		assertThat(SignedIn.as(accounts.person("Leser " + unique()), () -> discussions.post(post.postId()))).isPresent();
		assertThat(titles(author)).anyMatch(title -> title.startsWith("Ihrem Widerspruch wurde stattgegeben"));
	}

	@Test
	void anEditKeepsTheOriginalInTheLogAndCanBeReversed() {
		PlatformUser moderator = first();
		PlatformUser author = accounts.person("Bearbeitet " + unique());
		SpaceView space = space("Bearbeitungsraum");
		Posted post = SignedIn.as(author, () -> discussions.startThread(space.slug(), "Telefon", "Ruft Herrn X an: 0123 456", List.of()));
		SignedIn.run(moderator, () -> moderation.decide(ModerationStore.DISCUSSION_POST, post.postId(), Action.EDIT, "4",
				"Telefonnummer einer anderen Person entfernt.", "Ruft Herrn X an."));
		assertThat(SignedIn.as(author, () -> discussions.post(post.postId())).orElseThrow().body()).isEqualTo("Ruft Herrn X an.");
		assertThat(jdbc.sql("SELECT reasons FROM networking.moderation_log WHERE item_id = ? AND action = 'DECISION_EDIT'")
			.param(post.postId()).query(String.class).single()).contains("0123 456");
	}

	@Test
	void watchedWordsBlockHoldAndFlag() {
		PlatformUser moderator = first();
		String suffix = unique().replaceAll("[0-9-]", "q");
		SignedIn.run(moderator, () -> {
			moderation.addWord("sperrwort" + suffix, WatchedWordAction.BLOCK);
			moderation.addWord("haltewort" + suffix, WatchedWordAction.HOLD);
			moderation.addWord("merkwort" + suffix, WatchedWordAction.FLAG);
		});
		PlatformUser author = accounts.person("Wortwahl " + unique());
		PlatformUser reader = accounts.person("Leserin " + unique());
		SpaceView space = space("Wortraum");
		Posted start = SignedIn.as(author, () -> discussions.startThread(space.slug(), "Wörter", "Neutral", List.of()));

		assertThatThrownBy(() -> SignedIn.run(author, () -> discussions.reply(space.slug(), start.threadId(),
				"Das ist ein SPERRWORT" + suffix + "!", List.of())))
			.isInstanceOf(FieldProblems.class)
			.satisfies(ex -> assertThat(((FieldProblems) ex).problems().get(0).messageKey())
				.isEqualTo("networking.moderation.words.blocked"));

		Posted held = SignedIn.as(author, () -> discussions.reply(space.slug(), start.threadId(), "haltewort" + suffix, List.of()));
		assertThat(held.held()).isTrue();
		assertThat(SignedIn.as(reader, () -> discussions.post(held.postId()))).isEmpty();
		assertThat(SignedIn.as(author, () -> discussions.post(held.postId())).orElseThrow().held()).isTrue();
		SignedIn.run(moderator, () -> moderation.decide(ModerationStore.DISCUSSION_POST, held.postId(), Action.RELEASE, null,
				"Kein Verstoß im Zusammenhang.", null));
		assertThat(SignedIn.as(reader, () -> discussions.post(held.postId()))).isPresent();

		Posted flagged = SignedIn.as(author, () -> discussions.reply(space.slug(), start.threadId(), "merkwort" + suffix, List.of()));
		assertThat(SignedIn.as(reader, () -> discussions.post(flagged.postId()))).isPresent();
		assertThat(jdbc.sql("SELECT count(*) FROM networking.moderation_report WHERE item_id = ? AND system AND closed_at IS NULL")
			.param(flagged.postId()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aMutedPersonCannotPostOrReportUntilUnmuted() {
		PlatformUser moderator = first();
		PlatformUser person = accounts.person("Stumm " + unique());
		SpaceView space = space("Stummraum");
		Posted start = SignedIn.as(person, () -> discussions.startThread(space.slug(), "Vorher", "Vorher", List.of()));
		LocalDate until = LocalDate.now().plusDays(7);
		SignedIn.run(moderator, () -> moderation.mute(person.id(), until, "Wiederholt beleidigend."));
		assertThatThrownBy(() -> SignedIn.run(person, () -> discussions.reply(space.slug(), start.threadId(), "Hallo", List.of())))
			.isInstanceOf(FieldProblems.class)
			.satisfies(ex -> assertThat(((FieldProblems) ex).problems().get(0).messageKey())
				.isEqualTo("networking.moderation.muted.until"));
		assertThat(titles(person)).anyMatch(title -> title.contains(Moderation.DATE.format(until)));
		SignedIn.run(moderator, () -> moderation.unmute(person.id()));
		assertThat(SignedIn.as(person, () -> discussions.reply(space.slug(), start.threadId(), "Wieder da", List.of())).held())
			.isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM networking.moderation_log WHERE subject_id = ? AND action IN ('MUTE', 'UNMUTE')")
			.param(person.id()).query(Long.class).single()).isEqualTo(2);
	}

	/** The open reports in the queue, page by page: the report under test may wait behind older ones. */
	private List<QueueEntry> wholeQueue(PlatformUser moderator) {
		List<QueueEntry> entries = new ArrayList<>();
		PageOf<QueueEntry> page = SignedIn.as(moderator, () -> moderation.queue(0));
		entries.addAll(page.items());
		for (int next = 1; next < page.pages(); next++) {
			int number = next;
			entries.addAll(SignedIn.as(moderator, () -> moderation.queue(number).items()));
		}
		return entries;
	}

	@Test
	void aReportedExchangePostGoesToTheQueueAndHidingItRemovesItEverywhereAndTellsTheOwnerWhy() {
		PlatformUser moderator = first();
		String token = "zq" + unique().replaceAll("[^a-f]", "y") + "boerse";
		String district = jdbc.sql("SELECT code FROM region.district ORDER BY code LIMIT 1").query(String.class).single();
		UUID company = organisations.ensure("Moderiert " + token + " GmbH (fiktiv)", OrganisationKind.COMPANY, district,
				null).id();
		PlatformUser owner = memberships.member("moderiert-" + token + "@test.itas.local", company, Role.COMPANY_MEMBER);
		PlatformUser reporter = accounts.person("Boersenmelder " + unique());
		String title = "Freie Kapazität " + token;
		UUID post = SignedIn.as(owner, () -> exchange.create(new PostDraft(company, PostKind.FREE_CAPACITY,
				PostDirection.OFFER, title, "Drehen und Fräsen " + token + ".", List.of(token), Set.of(ProductGroup.BODY),
				List.of(), List.of(district), null, LocalDate.now().plusMonths(2), NameVisibility.PUBLIC)));
		assertThat(mvc.get().uri("/kooperationsboerse?q=" + token)).bodyText().contains(post.toString());
		assertThat(mvc.get().uri("/api/v1/networking/posts?size=50")).bodyText().contains(post.toString());
		assertThat(exchangeSearch.search(new SearchRequest(token, null, Locale.GERMAN, 10))).isNotEmpty();

		SignedIn.run(reporter, () -> moderation.report(ExchangeModeration.KIND, post, ReportCategory.SPAM,
				"Dieselbe Anzeige steht dreimal da."));
		assertThat(wholeQueue(moderator)).anySatisfy(entry -> {
			assertThat(entry.item().kind()).isEqualTo(ExchangeModeration.KIND);
			assertThat(entry.item().itemId()).isEqualTo(post);
			assertThat(entry.openReports()).isEqualTo(1);
		});
		assertThat(titles(moderator)).anyMatch(line -> line.startsWith("Neue Meldung") && line.contains(token));

		SignedIn.run(moderator, () -> moderation.decide(ExchangeModeration.KIND, post, Action.HIDE, "3",
				"Werbung ohne Bezug zu einer Kooperation.", null));

		assertThat(wholeQueue(moderator)).noneMatch(entry -> entry.item().itemId().equals(post));
		assertThat(mvc.get().uri("/kooperationsboerse?q=" + token)).bodyText().doesNotContain(post.toString());
		assertThat(mvc.get().uri("/api/v1/networking/posts?size=50")).bodyText().doesNotContain(post.toString());
		assertThat(exchangeSearch.search(new SearchRequest(token, null, Locale.GERMAN, 10))).isEmpty();
		assertThat(mvc.get().uri("/kooperationsboerse/" + post).with(user(reporter))).hasStatus(404);
		// the owner is told, and the post's page gives the statement of reasons with the way to appeal
		assertThat(titles(owner)).anyMatch(line -> line.startsWith("Ihr Beitrag wurde ausgeblendet") && line.contains(token));
		UUID decision = jdbc.sql("SELECT id FROM networking.moderation_decision WHERE item_id = ?").param(post)
			.query(UUID.class).single();
		assertThat(mvc.get().uri("/kooperationsboerse/" + post).with(user(owner))).hasStatusOk().bodyText()
			.contains("Werbung ohne Bezug zu einer Kooperation.", "/moderation/widerspruch/" + decision);
	}

}
