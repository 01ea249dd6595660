package de.itas.platform.networking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.networking.DiscussionViews.Posted;
import de.itas.platform.networking.DiscussionViews.SpaceKind;
import de.itas.platform.networking.DiscussionViews.SpaceView;
import de.itas.platform.shared.notifications.NotificationInbox;
import de.itas.platform.shared.notifications.NotificationView;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** Spaces, threads and posts: who may read and write, Markdown, mentions, following, paging, personal data. */
@PlatformTest
class DiscussionsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Discussions discussions;

	@Autowired
	DiscussionsPersonalData personalData;

	@Autowired
	NotificationInbox inbox;

	private SpaceView space(SpaceKind kind) {
		return SignedIn.as(accounts.user(Role.COORDINATOR),
				() -> discussions.createSpace(kind, "Raum " + UUID.randomUUID(), "Zum Testen"));
	}

	private List<String> titles(PlatformUser person) {
		return inbox.page(person.id(), 0, Locale.GERMAN).items().stream().map(NotificationView::title).toList();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aPrivateSpaceExistsOnlyForItsMembers() {
		SpaceView space = space(SpaceKind.PRIVATE);
		PlatformUser member = accounts.person("Mitglied " + unique());
		PlatformUser stranger = accounts.person("Fremd " + unique());
		SignedIn.run(accounts.user(Role.COORDINATOR), () -> discussions.addMember(space.slug(), member.getUsername()));
		assertThat(mvc.get().uri("/diskussionen/" + space.slug()).with(user(member))).hasStatusOk();
		assertThat(mvc.get().uri("/diskussionen/" + space.slug()).with(user(stranger))).hasStatus(404);
		assertThat(mvc.get().uri("/diskussionen/" + space.slug())).hasStatus(404);
		assertThat(mvc.get().uri("/diskussionen").with(user(stranger))).bodyText().doesNotContain(space.title());
	}

	@Test
	void visitorsReadPublicSpacesButWritingAsksThemToSignIn() throws Exception {
		SpaceView space = space(SpaceKind.TOPIC);
		PlatformUser author = accounts.person("Schreiberin " + unique());
		Posted posted = SignedIn.as(author, () -> discussions.startThread(space.slug(), "Öffentliches Thema",
				"Hallo **Welt** <script>alert(1)</script> [x](javascript:alert(2))", List.of()));
		String page = mvc.get().uri("/diskussionen/" + space.slug() + "/" + posted.threadId()).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<strong>Welt</strong>").doesNotContain("<script>alert(1)").doesNotContain("javascript:alert");
		assertThat(mvc.get().uri("/diskussionen/" + space.slug())).hasStatusOk().bodyText().contains("Öffentliches Thema");
		assertThat(mvc.get().uri("/diskussionen/" + space.slug() + "/neu")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/diskussionen/" + space.slug() + "/" + posted.threadId() + "/antworten")
			.param("body", "Gast").with(csrf())).hasStatus3xxRedirection().redirectedUrl().contains("/login");
	}

	@Test
	void mentionsAndFollowersAreNotifiedButNotTheAuthor() {
		SpaceView space = space(SpaceKind.TOPIC);
		PlatformUser author = accounts.person("Starter " + unique());
		PlatformUser mentioned = accounts.person("Erwähnte " + unique());
		PlatformUser follower = accounts.person("Folger " + unique());
		Posted start = SignedIn.as(mentioned, () -> discussions.startThread(space.slug(), "Erwähnungen", "Ich bin dabei", List.of()));
		SignedIn.run(follower, () -> discussions.follow(follower.id(), null, space.id()));
		int authorBefore = titles(author).size();
		SignedIn.run(author, () -> discussions.reply(space.slug(), start.threadId(), "Was meinst du?", List.of(mentioned.id())));
		assertThat(titles(mentioned)).anyMatch(title -> title.equals("Sie wurden erwähnt: Erwähnungen"));
		assertThat(titles(follower)).anyMatch(title -> title.equals("Neuer Beitrag: Erwähnungen"));
		assertThat(titles(author)).hasSize(authorBefore);
		// the author follows the thread now and hears of the next reply
		SignedIn.run(follower, () -> discussions.reply(space.slug(), start.threadId(), "Ich auch", List.of()));
		assertThat(titles(author)).anyMatch(title -> title.equals("Neuer Beitrag: Erwähnungen"));
		assertThat(SignedIn.as(author, () -> discussions.participants(space.slug(), "erwähnte", List.of())))
			.extracting(DiscussionViews.Participant::id).containsExactly(mentioned.id());
	}

	@Test
	void aLongThreadIsPaged() {
		SpaceView space = space(SpaceKind.TOPIC);
		PlatformUser author = accounts.person("Vielschreiber " + unique());
		Posted start = SignedIn.as(author, () -> discussions.startThread(space.slug(), "Lang", "Beitrag 0", List.of()));
		for (int n = 1; n <= Discussions.POSTS_PER_PAGE; n++) {
			String text = "Beitrag " + n;
			SignedIn.run(author, () -> discussions.reply(space.slug(), start.threadId(), text, List.of()));
		}
		var thread = discussions.thread(space, start.threadId());
		var last = discussions.posts(thread, 1);
		assertThat(last.pages()).isEqualTo(2);
		assertThat(last.items()).extracting(DiscussionViews.PostView::body).containsExactly("Beitrag " + Discussions.POSTS_PER_PAGE);
		assertThat(mvc.get().uri("/diskussionen/" + space.slug() + "/" + start.threadId() + "?seite=2")).hasStatusOk()
			.bodyText().contains("Seite 2 von 2");
	}

	@Test
	void personalDataIsExportedAndErasedLeavingPlaceholders() {
		SpaceView space = space(SpaceKind.TOPIC);
		PlatformUser author = accounts.person("Datenschutz " + unique());
		Posted start = SignedIn.as(author, () -> discussions.startThread(space.slug(), "Meine Daten", "Mein Text", List.of()));
		Map<String, Object> export = personalData.export(author.id());
		assertThat(export.get("posts").toString()).contains("Mein Text");
		assertThat(export.get("subscriptions").toString()).contains("Meine Daten");
		personalData.erase(author.id());
		var post = discussions.post(start.postId()).orElseThrow();
		assertThat(post.authorId()).isNull();
		assertThat(post.authorName()).isNull();
		assertThat(post.body()).isEqualTo(DiscussionsPersonalData.ERASED);
		assertThat(personalData.export(author.id()).get("posts").toString()).isEqualTo("[]");
	}

}
