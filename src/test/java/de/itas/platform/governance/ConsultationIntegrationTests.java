package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.governance.ConsultationFixtures.Opened;
import de.itas.platform.governance.ConsultationViews.ProposalView;
import de.itas.platform.shared.notifications.NotificationInbox;
import de.itas.platform.shared.notifications.NotificationView;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The consultation of a charter version: the period, marked passages, proposals that keep their wording, one
 * support per person, decisions by the coordination only, comments carried forward to the successor section and
 * the consideration table as page, PDF and XLSX.
 */
@PlatformTest
class ConsultationIntegrationTests {

	private static final String TEXT = "Die Region verbindet Industriekultur mit neuen Ideen. Wir arbeiten zusammen.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	Consultation consultation;

	@Autowired
	Charter charter;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	Links links;

	@Autowired
	Decisions decisions;

	@Autowired
	JdbcClient jdbc;

	private static Document page(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String discussion(Opened opened) {
		return "/charta/" + opened.version().number() + "/abschnitt/" + opened.anchor() + "/diskussion";
	}

	private static String section(Opened opened) {
		return "/charta/" + opened.version().number() + "/abschnitt/" + opened.anchor();
	}

	@Test
	void aCommentAfterThePeriodIsRefusedWithTheEndDate() throws Exception {
		Opened opened = fixtures.open("Ende der Frist", TEXT);
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		fixtures.period(opened.version(), LocalDate.of(2025, 12, 1).atStartOfDay(berlin).toInstant(),
				LocalDate.of(2026, 2, 1).atStartOfDay(berlin).toInstant());
		PlatformUser person = accounts.user(Role.EMPLOYEE);

		assertThatThrownBy(() -> SignedIn.run(person, () -> consultation.comment(opened.version().number(),
				opened.anchor(), null, "Zu spät?", false, null)))
			.isInstanceOfSatisfying(FieldProblems.class, refused -> assertThat(refused.problems().get(0).arguments())
				.containsExactly("31.01.2026"));

		MvcTestResult result = mvc.post().uri(section(opened) + "/kommentar").param("body", "Zu spät?")
			.with(user(person)).with(csrf()).exchange();
		assertThat(result).hasStatusOk();
		Document page = page(result);
		assertThat(page.text()).contains("Die Konsultation endete am 31.01.2026.");
		assertThat(page.getElementById("comment-form")).isNull();
		assertThat(jdbc.sql("SELECT count(*) FROM governance.comment WHERE version_id = ?").param(opened.version().id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aPassageThatIsNotInTheTextIsRefusedAndTheCommentKept() throws Exception {
		Opened opened = fixtures.open("Textstelle", TEXT);
		PlatformUser person = accounts.user(Role.EMPLOYEE);

		MvcTestResult refused = mvc.post().uri(section(opened) + "/kommentar").param("passage", "neuen Träumen")
			.param("body", "Was heißt das genau?").with(user(person)).with(csrf()).exchange();
		assertThat(refused).hasStatusOk();
		Document page = page(refused);
		assertThat(page.getElementById("passage-error").text()).contains("steht nicht im Abschnitt");
		assertThat(page.getElementById("passage").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("body").text()).isEqualTo("Was heißt das genau?");
		assertThat(page.selectFirst("#form-errors a[href=#passage]")).isNotNull();

		// a passage as it stands in the text (whitespace aside) is taken
		assertThat(mvc.post().uri(section(opened) + "/kommentar").param("passage", "mit  neuen Ideen")
			.param("body", "Was heißt das genau?").with(user(person)).with(csrf()).exchange()).hasStatus3xxRedirection();
		Document shown = page(mvc.get().uri(discussion(opened)).exchange());
		assertThat(shown.select(".comment .passage").text()).contains("mit neuen Ideen");
		assertThat(shown.select(".comment .comment__body").text()).contains("Was heißt das genau?");
	}

	@Test
	void aProposalKeepsTheWordingItWasWrittenForWhenTheSectionChanges() throws Exception {
		Opened opened = fixtures.open("Vision Wortlaut", TEXT);
		PlatformUser person = accounts.person("Vera Vorschlag");
		MvcTestResult submitted = mvc.post().uri(section(opened) + "/vorschlag")
			.param("proposedBody", "Die Region verbindet Industriekultur mit mutigen Ideen. Wir arbeiten zusammen.")
			.param("reason", "Mutiger klingt besser.").param("named", "true")
			.with(user(person)).with(csrf()).exchange();
		String code = "V-" + opened.version().number() + "-001";
		assertThat(submitted).hasRedirectedUrl("/charta/vorschlaege/" + code);

		charter.backToDraft(opened.version().id());
		charter.editSection(opened.version().id(), opened.section().sectionId(), "Vision Wortlaut",
				"Ein ganz neuer Text.", opened.section().revision(), person.id());

		ProposalView proposal = consultation.proposalByCode(code).orElseThrow();
		assertThat(proposal.baseBody()).isEqualTo(TEXT);
		assertThat(proposal.authorName()).isEqualTo("Vera Vorschlag");
		Document page = page(mvc.get().uri("/charta/vorschlaege/" + code).exchange());
		assertThat(page.text()).contains("Der Abschnitt wurde geändert");
		assertThat(page.select(".diff del").text()).isEqualTo("gelöscht: neuen");
		assertThat(page.select(".diff ins").text()).isEqualTo("eingefügt: mutigen");
		assertThat(page.select(".diff").text()).contains("Industriekultur").doesNotContain("ganz neuer");
	}

	@Test
	void eachPersonSupportsAProposalOnce() throws Exception {
		Opened opened = fixtures.open("Unterstützung", TEXT);
		PlatformUser author = accounts.person("Uwe Urheber");
		String code = SignedIn.as(author, () -> consultation.propose(opened.version().number(), opened.anchor(),
				TEXT + " Auch digital.", "Digital fehlt.", false)).code();
		PlatformUser supporter = accounts.user(Role.EMPLOYEE, Role.COMPANY_MEMBER);

		assertThat(mvc.post().uri("/charta/vorschlaege/" + code + "/unterstuetzen").with(user(supporter)).with(csrf())
			.exchange()).flash().containsEntry("message", "governance.proposal.support.saved");
		MvcTestResult again = mvc.post().uri("/charta/vorschlaege/" + code + "/unterstuetzen").with(user(supporter))
			.with(csrf()).exchange();
		assertThat(again).hasStatus3xxRedirection();
		assertThat(again).flash().containsEntry("problem", "governance.proposal.support.already");
		assertThat(consultation.proposalByCode(code).orElseThrow().supports()).isEqualTo(1);
	}

	@Test
	void aReplyToAProposalIsShownAndTellsItsAuthor() throws Exception {
		Opened opened = fixtures.open("Vorschlagsantwort", TEXT);
		PlatformUser author = accounts.person("Rita Rede");
		String code = SignedIn.as(author, () -> consultation.propose(opened.version().number(), opened.anchor(),
				TEXT + " Gemeinsam.", "Gemeinsam ist besser.", false)).code();

		assertThat(mvc.post().uri("/charta/vorschlaege/" + code + "/antwort").param("replyBody", "Stimme zu <b>voll</b>.")
			.with(accounts.as(Role.EMPLOYEE)).with(csrf()).exchange()).hasStatus3xxRedirection();
		Document page = page(mvc.get().uri("/charta/vorschlaege/" + code).exchange());
		assertThat(page.select("#antworten .comment__body").text()).isEqualTo("Stimme zu <b>voll</b>.");
		assertThat(page.select("#antworten b")).isEmpty();
		assertThat(inbox.page(author.id(), 0, Locale.GERMAN).items()).extracting(NotificationView::link)
			.contains("/charta/vorschlaege/" + code);

		// "Meine Beiträge" is for signed-in people only
		assertThat(mvc.get().uri("/charta/meine-beitraege").exchange()).hasStatus3xxRedirection();
	}

	@Test
	void onlyTheCoordinationDecidesAndTheAuthorIsTold() throws Exception {
		Opened opened = fixtures.open("Entscheidung", TEXT);
		PlatformUser author = accounts.person("Erna Entscheid");
		String code = SignedIn.as(author, () -> consultation.propose(opened.version().number(), opened.anchor(),
				TEXT + " Mit allen.", "Alle gehören dazu.", false)).code();

		assertThat(mvc.post().uri("/charta/vorschlaege/" + code + "/entscheidung").param("outcome", "ADOPTED")
			.param("reason", "Passt.").with(accounts.as(Role.EMPLOYEE)).with(csrf()).exchange()).hasStatus(403);
		assertThat(consultation.proposalByCode(code).orElseThrow().decision()).isNull();

		// without a reason the form comes back
		MvcTestResult refused = mvc.post().uri("/charta/vorschlaege/" + code + "/entscheidung").param("outcome", "ADOPTED")
			.param("reason", " ").with(accounts.as(Role.COORDINATOR)).with(csrf()).exchange();
		assertThat(refused).hasStatusOk();
		assertThat(page(refused).getElementById("reason-error")).isNotNull();

		assertThat(mvc.post().uri("/charta/vorschlaege/" + code + "/entscheidung").param("outcome", "ADOPTED")
			.param("reason", "Der Satz macht deutlich, dass alle dazugehören.").with(accounts.as(Role.COORDINATOR))
			.with(csrf()).exchange()).hasStatus3xxRedirection();
		assertThat(consultation.proposalByCode(code).orElseThrow().decision().outcome()).isEqualTo(Outcome.ADOPTED);
		assertThat(inbox.page(author.id(), 0, Locale.GERMAN).items()).extracting(NotificationView::link)
			.contains("/charta/vorschlaege/" + code);
		Document mine = page(mvc.get().uri("/charta/meine-beitraege").with(user(author)).exchange());
		assertThat(mine.text()).contains(code).contains("Der Satz macht deutlich, dass alle dazugehören.");
	}

	@Test
	void commentsOnEarlierVersionsAreCarriedForwardToTheSuccessorSection() throws Exception {
		Opened first = fixtures.open("Herkunft", TEXT);
		PlatformUser person = accounts.user(Role.EMPLOYEE);
		SignedIn.run(person, () -> consultation.comment(first.version().number(), first.anchor(), null,
				"Ein Kommentar zur ersten Fassung.", false, null));
		fixtures.supersede(first.version());

		Opened next = fixtures.successor(first.version(), first.section(), "Abgespalten");
		for (String path : new String[] { discussion(next),
				"/charta/" + next.version().number() + "/abschnitt/" + first.anchor() + "/diskussion" }) {
			Document page = page(mvc.get().uri(path).exchange());
			assertThat(page.select(".comment--carried").text()).as(path)
				.contains("geschrieben zu Version " + first.version().number())
				.contains("Ein Kommentar zur ersten Fassung.");
			assertThat(page.select(".comment--carried form")).isEmpty();
		}
	}

	@Test
	void theConsiderationTableShowsADecidedProposalWithItsReason() throws Exception {
		Opened opened = fixtures.open("Abwägung", TEXT);
		PlatformUser author = accounts.user(Role.EMPLOYEE);
		String code = SignedIn.as(author, () -> consultation.propose(opened.version().number(), opened.anchor(),
				TEXT + " Und offen.", "Offenheit fehlt.", false)).code();
		String reason = "Offenheit steht schon im Abschnitt Vielfalt.";
		SignedIn.run(accounts.user(Role.COORDINATOR), () -> consultation.decide(code, Outcome.REJECTED, reason, null));
		// a forum input and a topic linked to the section are contributions to the version too
		java.util.UUID forum = java.util.UUID.randomUUID();
		java.util.UUID input = java.util.UUID.randomUUID();
		java.util.UUID topic = java.util.UUID.randomUUID();
		String inputCode = "ZF-" + input.toString().substring(0, 6).toUpperCase(Locale.ROOT);
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		jdbc.sql("INSERT INTO governance.forum (id, title, district_code, held_on, input_from, input_to, created_at) "
				+ "VALUES (?, 'Forum', 'x', ?, ?, ?, ?)")
			.params(forum, LocalDate.now(), now, java.sql.Timestamp.from(now.toInstant().plusSeconds(60)), now).update();
		jdbc.sql("INSERT INTO governance.forum_input (id, code, forum_id, kind, body, source, show_name, author_name, "
				+ "published, created_at) VALUES (?, ?, ?, 'WISH', 'Mehr Abendkurse.', 'ONLINE', FALSE, 'Geheim', TRUE, ?)")
			.params(input, inputCode, forum, now).update();
		jdbc.sql("INSERT INTO governance.topic (id, title, description, created_by, created_at) "
				+ "VALUES (?, 'Thema Zeiten', 'Wann gelernt wird.', ?, ?)")
			.params(topic, author.id(), now).update();
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		links.link(ContributionKind.INPUT, input, ContributionKind.SECTION, opened.section().sectionId(),
				opened.version().id(), coordinator.id());
		links.link(ContributionKind.TOPIC, topic, ContributionKind.SECTION, opened.section().sectionId(),
				opened.version().id(), coordinator.id());
		decisions.decide(ContributionKind.INPUT, input, Outcome.PARTLY_ADOPTED, "Abends ja, am Wochenende nicht.", null,
				null, coordinator.id(), null, "/", inputCode);
		String base = "/charta/" + opened.version().number() + "/abwaegung";

		Document page = page(mvc.get().uri(base).exchange());
		assertThat(page.select("table.considerations").text()).contains(code).contains(reason)
			.contains("nicht übernommen").contains("Abwägung");
		assertThat(page.select("table.considerations").text()).contains(inputCode).contains("Mehr Abendkurse.")
			.contains("Abends ja, am Wochenende nicht.").contains("Thema Zeiten").doesNotContain("Geheim");
		assertThat(page.select("table.considerations").text()).contains("Begründung des Vorschlags: Offenheit fehlt.");

		MvcTestResult pdf = mvc.get().uri(base + ".pdf").exchange();
		assertThat(pdf).hasStatusOk();
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");

		MvcTestResult xlsx = mvc.get().uri(base + ".xlsx").exchange();
		assertThat(xlsx).hasStatusOk();
		assertThat(unzipped(xlsx.getResponse().getContentAsByteArray())).contains(code).contains(reason);
	}

	@Autowired
	ConsultationPersonalData personalData;

	@Test
	void aReplyJoinsTheThreadAndTellsTheAuthorOfTheComment() throws Exception {
		Opened opened = fixtures.open("Antworten", TEXT);
		PlatformUser author = accounts.person("Anke Antwort");
		ConsultationViews.CommentView first = SignedIn.as(author, () -> consultation.comment(opened.version().number(),
				opened.anchor(), null, "Erster Gedanke.", false, null));
		PlatformUser other = accounts.user(Role.EMPLOYEE);

		assertThat(mvc.post().uri(section(opened) + "/kommentar").param("body", "Eine Antwort.")
			.param("replyTo", first.id().toString()).param("showName", "true").with(user(other)).with(csrf())
			.exchange()).hasStatus3xxRedirection();
		// an answer to the answer joins the same thread (one level)
		ConsultationViews.CommentView reply = consultation.discussion(opened.version().number(), opened.anchor())
			.comments().get(0).replies().get(0);
		SignedIn.run(author, () -> consultation.comment(opened.version().number(), opened.anchor(), null, "Danke.",
				false, reply.id()));

		ConsultationViews.CommentView thread = consultation.discussion(opened.version().number(), opened.anchor())
			.comments().get(0);
		assertThat(thread.replies()).extracting(ConsultationViews.CommentView::body).containsExactly("Eine Antwort.", "Danke.");
		assertThat(thread.replies().get(0).authorName()).isEqualTo(other.getDisplayName());
		assertThat(inbox.page(author.id(), 0, Locale.GERMAN).items()).extracting(NotificationView::link)
			.contains(discussion(opened));

		// a refused answer comes back at the comment it answers, with the text kept
		Document page = page(mvc.post().uri(section(opened) + "/kommentar").param("body", "x".repeat(2001))
			.param("replyTo", first.id().toString()).with(user(other)).with(csrf()).exchange());
		assertThat(page.getElementById("reply-" + first.id() + "-error").text()).contains("höchstens");
		assertThat(page.getElementById("reply-" + first.id()).text()).hasSize(2001);
		assertThat(page.getElementById("body").text()).isEmpty();
	}

	@Test
	void erasingAPersonKeepsTheTextsWithoutAccountAndName() {
		Opened opened = fixtures.open("Datenschutz", TEXT);
		PlatformUser person = accounts.person("Dora Daten");
		String code = SignedIn.as(person, () -> {
			consultation.comment(opened.version().number(), opened.anchor(), null, "Mein Kommentar.", true, null);
			return consultation.propose(opened.version().number(), opened.anchor(), TEXT + " Neu.", "Darum.", true).code();
		});
		SignedIn.run(person, () -> consultation.support(code));
		java.util.Map<String, Object> exported = personalData.export(person.id());
		assertThat(exported.get("comments").toString()).contains("Mein Kommentar.").contains("Dora Daten");
		assertThat(exported.get("proposals").toString()).contains(code);
		assertThat(exported.get("supports").toString()).contains(code);

		personalData.erase(person.id());
		ProposalView proposal = consultation.proposalByCode(code).orElseThrow();
		assertThat(proposal.authorName()).isNull();
		assertThat(proposal.reason()).isEqualTo("Darum.");
		assertThat(proposal.supports()).isZero();
		assertThat(consultation.discussion(opened.version().number(), opened.anchor()).comments())
			.singleElement()
			.satisfies(comment -> {
				assertThat(comment.body()).isEqualTo("Mein Kommentar.");
				assertThat(comment.authorName()).isNull();
			});
		assertThat(jdbc.sql("SELECT count(*) FROM governance.comment WHERE author_id = ? OR author_name = 'Dora Daten'")
			.param(person.id()).query(Integer.class).single()).isZero();
		assertThat(personalData.export(person.id()).get("proposals").toString()).isEqualTo("[]");
	}

	@Autowired
	java.util.Optional<DemoConsultation> demo;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void theDemoContributionsAreLoadedOnceAndSkipAMissingVersion() {
		Opened opened = fixtures.open("Demo Abschnitt", TEXT);
		String number = opened.version().number();
		DemoConsultation.DemoDecision adopted = new DemoConsultation.DemoDecision(Outcome.ADOPTED, "Gut so.", null, true);
		DemoConsultation.DemoDecision merged = new DemoConsultation.DemoDecision(Outcome.MERGED, "Steckt in 001.",
				"V-" + number + "-001", false);
		DemoConsultation.DemoFile file = new DemoConsultation.DemoFile("fiktiv", java.util.List.of(
				new DemoConsultation.DemoProposal(number, opened.anchor(), "Fiktive Person",
						new DemoConsultation.DemoChange("neuen Ideen", "mutigen Ideen"), "Mutiger.", LocalDate.of(2026, 1, 5),
						3, adopted, null),
				new DemoConsultation.DemoProposal(number, opened.anchor(), null,
						new DemoConsultation.DemoChange(null, "Auch digital."), "Digital.", LocalDate.of(2026, 1, 6), 0,
						merged, null),
				new DemoConsultation.DemoProposal("999.999", opened.anchor(), null,
						new DemoConsultation.DemoChange(null, "Nie."), "Gibt es nicht.", LocalDate.of(2026, 1, 6), 0, null,
						null)),
				java.util.List.of(new DemoConsultation.DemoComment(number, opened.anchor(), null, "neuen Ideen",
						"Ein Demo-Kommentar.", LocalDate.of(2026, 1, 7), null)));
		DemoConsultation loader = demo.orElseThrow();

		assertThat((int) transactions.<Integer>execute(status -> loader.load(file))).isEqualTo(3);
		ProposalView first = consultation.proposalByCode("V-" + number + "-001").orElseThrow();
		assertThat(first.proposedBody()).contains("mutigen Ideen").doesNotContain("neuen Ideen");
		assertThat(first.supports()).isEqualTo(3);
		assertThat(first.decision().outcome()).isEqualTo(Outcome.ADOPTED);
		assertThat(consultation.proposalByCode("V-" + number + "-002").orElseThrow().mergedIntoCode())
			.isEqualTo(first.code());
		assertThat(consultation.proposal(first.code(), "-", "+").orElseThrow().ledTo())
			.extracting(ConsultationViews.SectionLink::versionNumber).containsExactly(number);

		// a second start adds nothing
		assertThat((int) transactions.<Integer>execute(status -> loader.load(file))).isZero();
		assertThat(consultation.proposalsOf(opened.version().id())).hasSize(2);
	}

	/** The text of every part of an XLSX file. */
	private static String unzipped(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("abwaegung", ".xlsx");
		try {
			java.nio.file.Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		finally {
			java.nio.file.Files.delete(file);
		}
		return text.toString();
	}

}
