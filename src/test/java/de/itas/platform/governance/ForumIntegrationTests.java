package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.region.Region;
import de.itas.platform.shared.notifications.NotificationInbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The future forums through their pages: the input period, anonymous and signed-in inputs, paper-card batches
 * (all or nothing, four eyes), the triage with topics, decisions and links, the card page that shows the chain,
 * and who may open what.
 */
@PlatformTest
class ForumIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Forums forums;

	@Autowired
	CardBatches batches;

	@Autowired
	Charter charter;

	@Autowired
	Region region;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	JdbcClient jdbc;

	private String district() {
		return region.districts().get(0).code();
	}

	private UUID forum(Instant from, Instant to) {
		LocalDateTime start = LocalDateTime.ofInstant(from, Forums.ZONE);
		LocalDateTime end = LocalDateTime.ofInstant(to, Forums.ZONE);
		return forums.create(new ForumDraft("Testforum " + UUID.randomUUID(), district(), "Testort",
				LocalDate.now(), start, end, ""));
	}

	private UUID openForum() {
		return forum(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long inputs(UUID forum) {
		return jdbc.sql("SELECT count(*) FROM governance.forum_input WHERE forum_id = ?").param(forum).query(Long.class).single();
	}

	private String submitAsVisitor(UUID forum, String text) {
		MvcTestResult result = mvc.post().uri("/zukunftsforen/" + forum + "/beitrag").with(csrf()).with(from("198.51.100.1"))
			.param("kind", "NEED").param("body", text).param("districtCode", district()).exchange();
		assertThat(result).hasRedirectedUrl("/zukunftsforen/" + forum + "/danke");
		return (String) result.getMvcResult().getFlashMap().get("code");
	}

	@Test
	void anInputOutsideThePeriodIsRefusedWithItsDatesAndTheFormIsNotShown() {
		Instant from = Instant.parse("2024-03-01T09:00:00Z");
		Instant to = Instant.parse("2024-03-20T19:00:00Z");
		UUID closed = forum(from, to);
		MvcTestResult page = mvc.get().uri("/zukunftsforen/" + closed + "/beitrag").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("01.03.2024 10:00").contains("20.03.2024 20:00").doesNotContain("Beitrag senden");

		MvcTestResult refused = mvc.post().uri("/zukunftsforen/" + closed + "/beitrag").with(csrf())
			.param("kind", "THEME").param("body", "Mehr Busse am Morgen").exchange();
		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText().contains("01.03.2024 10:00").contains("20.03.2024 20:00");
		assertThat(inputs(closed)).isZero();
		assertThatThrownBy(() -> forums.submit(closed, new InputRequest(InputKind.THEME, "Text", null, null, false), "x"))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems().get(0).arguments())
				.containsExactly("01.03.2024 10:00", "20.03.2024 20:00"));
	}

	@Test
	void aVisitorsInputInsideThePeriodGetsACodeAndStoresNoAccount() {
		UUID open = openForum();
		assertThat(mvc.get().uri("/zukunftsforen/" + open + "/beitrag").exchange()).bodyText().contains("Beitrag senden");
		String code = submitAsVisitor(open, "Wir brauchen <b>Glasfaser</b> im Gewerbegebiet.");
		assertThat(code).matches("ZF-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}");
		assertThat(jdbc.sql("SELECT author_id IS NULL AND author_name IS NULL AND NOT show_name FROM governance.forum_input "
				+ "WHERE code = ?").param(code).query(Boolean.class).single()).isTrue();
		MvcTestResult card = mvc.get().uri("/karte/" + code).exchange();
		assertThat(card).hasStatusOk();
		// plain text, escaped: no markup of the visitor reaches the page
		assertThat(card).bodyText().contains("Wir brauchen &lt;b&gt;Glasfaser&lt;/b&gt; im Gewerbegebiet.");
		assertThat(mvc.get().uri("/karte?code=" + code.toLowerCase(Locale.ROOT)).exchange()).hasRedirectedUrl("/karte/" + code);
		assertThat(mvc.get().uri("/karte?code=ZF-0000").exchange()).bodyText().contains("keinen Beitrag");
	}

	@Test
	void aSignedInPersonChoosesToShowTheName() {
		UUID open = openForum();
		PlatformUser person = accounts.person("Forum Zeigt Namen");
		MvcTestResult result = mvc.post().uri("/zukunftsforen/" + open + "/beitrag").with(csrf()).with(user(person))
			.param("kind", "WISH").param("body", "Ein Rufbus für die Dörfer.").param("showName", "true").exchange();
		String code = (String) result.getMvcResult().getFlashMap().get("code");
		assertThat(jdbc.sql("SELECT author_id FROM governance.forum_input WHERE code = ?").param(code).query(UUID.class).single())
			.isEqualTo(person.id());
		assertThat(mvc.get().uri("/karte/" + code).exchange()).bodyText().contains("Forum Zeigt Namen");
	}

	@Test
	void refusedInputKeepsTheTextAndNamesTheField() {
		UUID open = openForum();
		MvcTestResult result = mvc.post().uri("/zukunftsforen/" + open + "/beitrag").with(csrf())
			.param("body", "Mein Text bleibt stehen").exchange();
		assertThat(result).bodyText().contains("Bitte wählen Sie, welche Art von Beitrag es ist.")
			.contains("Mein Text bleibt stehen");
		assertThat(inputs(open)).isZero();
	}

	@Test
	void anonymousInputIsRateLimitedPerAddress() {
		UUID open = openForum();
		for (int i = 0; i < Forums.ANONYMOUS_PER_HOUR; i++) {
			assertThat(mvc.post().uri("/zukunftsforen/" + open + "/beitrag").with(csrf()).with(from("203.0.113.77"))
				.param("kind", "QUESTION").param("body", "Frage " + i).exchange()).hasStatus3xxRedirection();
		}
		MvcTestResult refused = mvc.post().uri("/zukunftsforen/" + open + "/beitrag").with(csrf()).with(from("203.0.113.77"))
			.param("kind", "QUESTION").param("body", "Noch eine Frage").exchange();
		assertThat(refused).bodyText().contains("schon viele Beiträge");
		assertThat(inputs(open)).isEqualTo(Forums.ANONYMOUS_PER_HOUR);
	}

	@Test
	void aBatchWithACodeTwiceIsRefusedNamingTheRowAndNothingIsSaved() {
		UUID forum = openForum();
		String taken = submitAsVisitor(forum, "Schon online eingegangen");
		List<String> printed = batches.printSet(forum, batches.reserve(forum, 2));
		long before = inputs(forum);
		MvcTestResult result = mvc.post().uri("/zukunftsforen/" + forum + "/karten").with(csrf()).with(accounts.as(Role.COORDINATOR))
			.param("rows[0].code", printed.get(0)).param("rows[0].kind", "NEED").param("rows[0].body", "Kita am Abend")
			.param("rows[1].code", printed.get(0).toLowerCase(Locale.ROOT)).param("rows[1].kind", "WISH").param("rows[1].body", "Werksbus")
			.param("rows[2].code", taken).param("rows[2].kind", "THEME").param("rows[2].body", "Energiepreise")
			.param("rows[3].code", "ZF-10IO").param("rows[3].kind", "THEME").param("rows[3].body", "Breitband")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Zeile 2: Der Code " + printed.get(0) + " steht schon in Zeile 1 dieses Stapels.")
			.contains("Zeile 3: Die Karte mit dem Code " + taken + " wurde schon erfasst.")
			.contains("Zeile 4: „ZF-10IO“ ist kein Kartencode")
			.contains("Kita am Abend").contains("Werksbus").contains("Energiepreise");
		assertThat(inputs(forum)).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM governance.card_batch WHERE forum_id = ?").param(forum).query(Long.class).single())
			.isZero();

		MvcTestResult more = mvc.post().uri("/zukunftsforen/" + forum + "/karten").with(csrf()).with(accounts.as(Role.COORDINATOR))
			.param("rows[0].code", printed.get(1)).param("rows[0].body", "bleibt").param("more", "1").exchange();
		assertThat(more).bodyText().contains("id=\"rows[10].code\"").contains("bleibt");
		assertThat(inputs(forum)).isEqualTo(before);
	}

	@Test
	void aBatchIsPublishedOnlyByASecondPerson() {
		UUID forum = openForum();
		PlatformUser enterer = accounts.user(Role.COORDINATOR);
		PlatformUser reviewer = accounts.user(Role.ADMIN);
		String code = batches.printSet(forum, batches.reserve(forum, 1)).get(0);
		MvcTestResult entered = mvc.post().uri("/zukunftsforen/" + forum + "/karten").with(csrf()).with(user(enterer))
			.param("rows[0].code", code).param("rows[0].kind", "NEED").param("rows[0].body", "Ladepunkte am Bahnhof")
			.exchange();
		assertThat(entered).hasStatus3xxRedirection();
		UUID batch = UUID.fromString(entered.getMvcResult().getResponse().getRedirectedUrl().replace("/zukunftsforen/karten/", ""));
		assertThat(mvc.get().uri("/karte/" + code).exchange()).bodyText().contains("noch nicht veröffentlicht")
			.doesNotContain("Ladepunkte am Bahnhof");
		assertThat(mvc.get().uri("/zukunftsforen/" + forum).exchange()).bodyText().doesNotContain("Ladepunkte am Bahnhof");

		MvcTestResult own = mvc.post().uri("/zukunftsforen/karten/" + batch + "/veroeffentlichen").with(csrf()).with(user(enterer)).exchange();
		assertThat(own).bodyText().contains("Wer einen Stapel erfasst hat, kann ihn nicht selbst prüfen.");
		assertThat(batches.batch(batch).orElseThrow().published()).isFalse();
		assertThatThrownBy(() -> jdbc.sql("UPDATE governance.card_batch SET reviewed_by = entered_by WHERE id = ?").param(batch).update())
			.as("the database refuses the same person too").isInstanceOf(DataIntegrityViolationException.class);

		assertThat(mvc.post().uri("/zukunftsforen/karten/" + batch + "/veroeffentlichen").with(csrf()).with(user(reviewer)).exchange())
			.hasRedirectedUrl("/zukunftsforen/karten/" + batch);
		assertThat(batches.batch(batch).orElseThrow().published()).isTrue();
		assertThat(mvc.get().uri("/karte/" + code).exchange()).bodyText().contains("Ladepunkte am Bahnhof")
			.doesNotContain("noch nicht veröffentlicht");
	}

	@Test
	void triageIntoATopicWithADecisionTellsTheContributorAndTheCardShowsTheChain() {
		UUID forum = openForum();
		PlatformUser person = accounts.person("Forum Beitragende " + UUID.randomUUID().toString().substring(0, 6));
		String code = SignedIn.as(person, () -> forums.submit(forum,
				new InputRequest(InputKind.NEED, "Bessere Busverbindungen zur Frühschicht", null, null, false), "x"));
		UUID input = jdbc.sql("SELECT id FROM governance.forum_input WHERE code = ?").param(code).query(UUID.class).single();
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		int unread = inbox.unread(person.id());

		String title = "Mobilität zur Frühschicht " + UUID.randomUUID();
		assertThat(mvc.post().uri("/zukunftsforen/sichtung/themen").with(csrf()).with(user(coordinator))
			.param("title", title).exchange()).hasRedirectedUrl("/zukunftsforen/sichtung");
		UUID topic = jdbc.sql("SELECT id FROM governance.topic WHERE title = ?").param(title).query(UUID.class).single();
		assertThat(mvc.post().uri("/zukunftsforen/sichtung/zuordnen").with(csrf()).with(user(coordinator))
			.param("inputs", input.toString()).param("topic", topic.toString()).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/zukunftsforen/sichtung/zuordnen").with(csrf()).with(user(coordinator))
			.param("topic", topic.toString()).exchange()).bodyText().contains("Bitte wählen Sie mindestens einen Beitrag aus.");

		// a charter version with a section, and a proposal, to link to
		String number = ThreadLocalRandom.current().nextInt(100, 999) + "." + ThreadLocalRandom.current().nextInt(100, 999);
		VersionSummary version = charter.createFirstVersion(number, "Testcharta", Phase.DRAFTING);
		SectionView section = charter.addSection(version.id(), null, "Mobilität " + number, "Text", null, coordinator.id());
		String anchor = charter.anchors().get(section.sectionId());
		// frozen at once, so that no open draft of this test stands in the way of other tests' next version
		jdbc.sql("UPDATE governance.charter_version SET status = 'SUPERSEDED' WHERE id = ?").param(version.id()).update();
		String proposalCode = "V-" + number + "-001";
		jdbc.sql("INSERT INTO governance.proposal (id, code, version_id, section_id, base_revision, base_heading, base_body, "
				+ "proposed_body, reason, created_at) VALUES (?, ?, ?, ?, 0, 'h', 'b', 'p', 'r', now())")
			.params(UUID.randomUUID(), proposalCode, version.id(), section.sectionId())
			.update();
		assertThat(mvc.post().uri("/zukunftsforen/sichtung/thema/" + topic + "/abschnitt").with(csrf()).with(user(coordinator))
			.param("versionNumber", number).param("section", section.sectionId().toString()).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/zukunftsforen/sichtung/beitrag/" + input + "/vorschlag").with(csrf()).with(user(coordinator))
			.param("proposal", proposalCode.toLowerCase(Locale.ROOT)).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/zukunftsforen/sichtung/beitrag/" + input + "/vorschlag").with(csrf()).with(user(coordinator))
			.param("proposal", "V-0.0-999").exchange()).bodyText().contains("Es gibt keinen Änderungsvorschlag mit dem Code V-0.0-999.");

		assertThat(mvc.post().uri("/zukunftsforen/sichtung/thema/" + topic + "/entscheidung").with(csrf()).with(user(coordinator))
			.param("outcome", "ADOPTED").param("reason", "").exchange()).bodyText()
			.contains("Bitte begründen Sie die Entscheidung in einfachen Worten.");
		assertThat(inbox.unread(person.id())).isEqualTo(unread);
		assertThat(mvc.post().uri("/zukunftsforen/sichtung/thema/" + topic + "/entscheidung").with(csrf()).with(user(coordinator))
			.param("outcome", "PARTLY_ADOPTED").param("reason", "Fahrpläne entscheidet der Verkehrsverbund.").exchange())
			.hasStatus3xxRedirection();
		assertThat(inbox.unread(person.id())).as("the topic's decision reaches the contributor").isEqualTo(unread + 1);
		assertThat(mvc.post().uri("/zukunftsforen/sichtung/beitrag/" + input + "/entscheidung").with(csrf()).with(user(coordinator))
			.param("outcome", "ADOPTED").param("reason", "Aufgenommen.").exchange()).hasStatus3xxRedirection();
		assertThat(inbox.unread(person.id())).as("and so does the input's").isEqualTo(unread + 2);
		assertThat(inbox.page(person.id(), 0, Locale.GERMAN).items().get(0).link()).isEqualTo("/karte/" + code);

		MvcTestResult card = mvc.get().uri("/karte/" + code).exchange();
		assertThat(card).bodyText().contains(title).contains("teilweise übernommen")
			.contains("Fahrpläne entscheidet der Verkehrsverbund.").contains("Aufgenommen.")
			.contains("href=\"/charta/" + number + "#" + anchor + "\"")
			.contains("href=\"/charta/vorschlaege/" + proposalCode + "\"")
			.contains("Abschnitt 1 Mobilität " + number + " der Charta " + number);
	}

	@Test
	void triageAndBatchPagesAreForTheCoordinationOnly() {
		UUID forum = openForum();
		for (String path : List.of("/zukunftsforen/sichtung", "/zukunftsforen/" + forum + "/karten",
				"/zukunftsforen/" + forum + "/karten/druck", "/zukunftsforen/karten", "/zukunftsforen/neu")) {
			assertThat(mvc.get().uri(path).with(accounts.as(Role.EMPLOYEE)).exchange()).as(path).hasStatus(403);
			assertThat(mvc.get().uri(path).exchange()).as(path).hasStatus3xxRedirection();
			assertThat(mvc.get().uri(path).with(accounts.as(Role.COORDINATOR)).exchange()).as(path).hasStatusOk();
		}
		assertThat(mvc.post().uri("/zukunftsforen/sichtung/themen").with(csrf()).with(accounts.as(Role.EMPLOYEE))
			.param("title", "nicht erlaubt").exchange()).hasStatus(403);
		for (String path : List.of("/zukunftsforen", "/zukunftsforen/" + forum, "/zukunftsforen/" + forum + "/beitrag", "/karte")) {
			assertThat(mvc.get().uri(path).exchange()).as(path).hasStatusOk();
		}
	}

	@Test
	void printingReservesFreshCodesOnlyWhenAskedAndShowsTheSetAgainOnReload() {
		UUID forum = openForum();
		String print = "/zukunftsforen/" + forum + "/karten/druck";
		assertThat(mvc.get().uri(print).with(accounts.as(Role.COORDINATOR)).exchange()).hasStatusOk();
		assertThat(codesOf(forum)).as("opening the page reserves nothing").isEmpty();

		MvcTestResult reserved = mvc.post().uri(print).param("anzahl", "3").with(csrf())
			.with(accounts.as(Role.COORDINATOR)).exchange();
		assertThat(reserved).hasStatus3xxRedirection();
		String set = reserved.getResponse().getRedirectedUrl();
		assertThat(set).startsWith(print + "?satz=");
		List<String> codes = codesOf(forum);
		assertThat(codes).hasSize(3);
		for (int reload = 0; reload < 2; reload++) {
			assertThat(mvc.get().uri(set).with(accounts.as(Role.COORDINATOR)).exchange()).hasStatusOk()
				.bodyText()
				.contains(codes.get(0)).contains("/karte/" + codes.get(2)).contains(" d=\"M");
		}
		assertThat(codesOf(forum)).as("reloading the set reserves nothing").hasSize(3);
		assertThat(mvc.get().uri(print + "?satz=" + UUID.randomUUID()).with(accounts.as(Role.COORDINATOR)).exchange())
			.hasStatus(404);
		assertThat(mvc.post().uri(print).param("anzahl", "2").with(csrf()).with(accounts.as(Role.EMPLOYEE)).exchange())
			.hasStatus(403);
		assertThat(codesOf(forum)).hasSize(3);
	}

	private List<String> codesOf(UUID forum) {
		return jdbc.sql("SELECT code FROM governance.card_code WHERE forum_id = ?").param(forum).query(String.class).list();
	}

	@Test
	void forumAndTriageListsServeTheirHtmxFragment() {
		UUID forum = openForum();
		String field = region.actionFields().get(0).code();
		MvcTestResult page = mvc.get().uri("/zukunftsforen/" + forum + "?handlungsfeld=" + field).exchange();
		assertThat(page).bodyText().contains("<html").contains("id=\"forum-inputs\"");
		MvcTestResult fragment = mvc.get().uri("/zukunftsforen/" + forum + "?handlungsfeld=" + field)
			.header("HX-Request", "true").exchange();
		assertThat(fragment).bodyText().doesNotContain("<html").startsWith("<section id=\"forum-inputs\"");

		MvcTestResult triage = mvc.get().uri("/zukunftsforen/sichtung?ohneThema=true").with(accounts.as(Role.COORDINATOR)).exchange();
		assertThat(triage).bodyText().contains("<html").contains("id=\"triage-list\"");
		MvcTestResult triageFragment = mvc.get().uri("/zukunftsforen/sichtung?ohneThema=true").header("HX-Request", "true")
			.with(accounts.as(Role.COORDINATOR)).exchange();
		assertThat(triageFragment).bodyText().doesNotContain("<html").startsWith("<div id=\"triage-list\"");
	}

	@Test
	void forumsAreValidatedWithMessagesAtTheirFields() {
		MvcTestResult result = mvc.post().uri("/zukunftsforen/neu").with(csrf()).with(accounts.as(Role.COORDINATOR))
			.param("title", "Forum ohne Zeitraum").param("inputFrom", "2026-05-02T10:00").param("inputTo", "2026-05-01T10:00")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("Bitte wählen Sie den Landkreis.")
			.contains("Bitte geben Sie das Datum des Forums an.")
			.contains("Das Ende des Zeitraums muss nach seinem Beginn liegen.")
			.contains("Forum ohne Zeitraum");
		MvcTestResult created = mvc.post().uri("/zukunftsforen/neu").with(csrf()).with(accounts.as(Role.COORDINATOR))
			.param("title", "Neues Testforum").param("districtCode", district()).param("heldOn", "2026-06-01")
			.param("inputFrom", "2026-05-01T10:00").param("inputTo", "2026-05-31T18:00").exchange();
		assertThat(created).hasStatus3xxRedirection();
	}

	@Test
	void erasureUnlinksTheAccountAndKeepsTheText() {
		UUID forum = openForum();
		PlatformUser person = accounts.person("Forum Loeschen " + UUID.randomUUID().toString().substring(0, 6));
		String code = SignedIn.as(person, () -> forums.submit(forum,
				new InputRequest(InputKind.THEME, "Industriekultur sichtbar machen", null, null, true), "x"));
		ForumsPersonalData data = new ForumsPersonalData(jdbc);
		assertThat(data.export(person.id()).get("forumInputs").toString()).contains(code).contains("Industriekultur sichtbar machen");
		data.erase(person.id());
		assertThat(data.export(person.id()).get("forumInputs").toString()).doesNotContain(code);
		assertThat(jdbc.sql("SELECT body FROM governance.forum_input WHERE code = ? AND author_id IS NULL AND author_name IS NULL")
			.param(code).query(String.class).single()).isEqualTo("Industriekultur sichtbar machen");
	}

	@Test
	void theDemoLoadedForumsWithPaperCardsTopicsAndAnOpenForum() {
		assertThat(forums.all()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(jdbc.sql("SELECT count(*) FROM governance.forum_input WHERE source = 'PAPER' AND published").query(Long.class).single())
			.isGreaterThanOrEqualTo(40);
		assertThat(jdbc.sql("SELECT count(*) FROM governance.decision WHERE contribution_kind = 'TOPIC'").query(Long.class).single())
			.isGreaterThanOrEqualTo(10);
		assertThat(forums.all()).anySatisfy(forum -> assertThat(forum.openAt(Instant.now())).isTrue());
	}

}
