package de.itas.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;

import jakarta.servlet.http.Cookie;

/**
 * Answering through the pages: saved per page and resumable, refused answers that keep the typed text,
 * conditions, the period, one answer per person, invitation links, public surveys without sign-in, and
 * anonymity that leaves no way from an answer back to a person.
 */
@PlatformTest
class SurveyAnsweringIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	de.itas.platform.shared.mail.Outbox outbox;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SurveyWriter writer;

	@Autowired
	SurveyStore store;

	@Autowired
	SurveyAnswering answering;

	@Autowired
	Surveys surveys;

	@Autowired
	Region region;

	@Autowired
	JdbcClient jdbc;

	private static String slug() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Two pages: F1 yes/no and a scale; F2 text (max 20) and F3 asked only after "nein". */
	private SurveyDefinition survey(SurveyAudience audience, boolean anonymous, Instant opens, Instant closes) {
		SurveyDefinition built = SurveyBuilder.survey(slug(), "Testumfrage")
			.audience(audience, null)
			.anonymous(anonymous)
			.period(opens, closes)
			.section("Seite eins", "")
			.question("F1", QuestionKind.SINGLE, "Haben Sie teilgenommen?").options("ja=Ja", "nein=Nein").and()
			.question("F4", QuestionKind.DISTRICT, "Wo arbeiten Sie?").and()
			.section("Seite zwei", "")
			.question("F2", QuestionKind.TEXT, "Ihre Idee").optional().text(false, 20).and()
			.question("F3", QuestionKind.MULTIPLE, "Warum nicht?").options("zeit=Zeit", "geld=Geld").when("F1", "nein").and()
			.build();
		return store.find(writer.insert(built)).orElseThrow();
	}

	private SurveyDefinition open(SurveyAudience audience, boolean anonymous) {
		return survey(audience, anonymous, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)));
	}

	private String district() {
		return region.districts().get(0).code();
	}

	private MvcTestResult page(SurveyDefinition survey, int page, PlatformUser person, String... pairs) {
		var request = mvc.post().uri("/umfragen/" + survey.slug() + "/seite/" + page).with(csrf()).with(user(person));
		for (int i = 0; i < pairs.length; i += 2) {
			request = request.param(pairs[i], pairs[i + 1]);
		}
		return request.exchange();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void anAnonymousAnswerKeepsNoLinkToThePersonAndTheTablesCannotBeJoined() {
		SurveyDefinition survey = open(SurveyAudience.SIGNED_IN, true);
		PlatformUser person = accounts.person("Anonym Antwortende");
		assertThat(page(survey, 1, person, "q-F1", "nein", "q-F4", district()))
			.hasRedirectedUrl("/umfragen/" + survey.slug() + "/seite/2");
		assertThat(page(survey, 2, person, "q-F2", "Mehr Kurse", "q-F3", "zeit"))
			.hasRedirectedUrl("/umfragen/" + survey.slug() + "/danke");

		// the response: no account, no time; the participation: only "has answered", no date
		Map<String, Object> response = jdbc.sql("SELECT * FROM surveys.response WHERE survey_id = ?").param(survey.id())
			.query().singleRow();
		assertThat(response.get("account_id")).isNull();
		assertThat(response.get("submitted_at")).isNull();
		Map<String, Object> participation = jdbc.sql("SELECT * FROM surveys.participation WHERE survey_id = ?")
			.param(survey.id()).query().singleRow();
		assertThat(participation.get("account_id")).isEqualTo(person.id());
		assertThat(participation.get("state")).isEqualTo("SUBMITTED");
		assertThat(participation.get("answered_on")).isNull();
		assertThat(count("SELECT count(*) FROM surveys.draft_answer WHERE participation_id = ?", participation.get("id")))
			.isZero();
		assertThat(count("SELECT count(*) FROM surveys.answer WHERE response_id = ?", response.get("id"))).isEqualTo(4);

		// the schema: answers and responses have no column that names a person, an invitation or a participation,
		// and no foreign key leads from them to the participation or the invitation
		List<String> responseColumns = columns("response");
		List<String> answerColumns = columns("answer");
		assertThat(responseColumns).containsExactlyInAnyOrder("id", "survey_id", "account_id", "submitted_at");
		assertThat(answerColumns).containsExactlyInAnyOrder("response_id", "question_id", "item", "choice", "number",
				"text", "date", "dont_know");
		assertThat(columns("participation")).noneMatch(column -> column.contains("response"));
		assertThat(jdbc.sql("""
				SELECT count(*) FROM information_schema.referential_constraints rc
				JOIN information_schema.key_column_usage k ON k.constraint_name = rc.constraint_name
				JOIN information_schema.constraint_column_usage t ON t.constraint_name = rc.constraint_name
				WHERE k.table_schema = 'surveys' AND k.table_name IN ('response', 'answer')
				  AND t.table_name IN ('participation', 'invitation')
				""").query(Long.class).single()).isZero();
		// and no value of the participation turns up in the response: nothing to join on but the survey
		assertThat(count("""
				SELECT count(*) FROM surveys.participation p JOIN surveys.response r
				  ON r.id = p.id OR r.account_id = p.account_id OR r.account_id = p.invitation_id
				WHERE p.survey_id = ?""", survey.id())).isZero();
	}

	private List<String> columns(String table) {
		return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = 'surveys' AND table_name = ?")
			.param(table)
			.query(String.class)
			.list();
	}

	@Test
	void aNamedSurveyKeepsTheAccountAndTheTimeAndExportsTheAnswers() {
		SurveyDefinition survey = open(SurveyAudience.SIGNED_IN, false);
		PlatformUser person = accounts.person("Namentlich Antwortende");
		page(survey, 1, person, "q-F1", "ja", "q-F4", district());
		page(survey, 2, person, "q-F2", "Idee mit Namen");
		Map<String, Object> response = jdbc.sql("SELECT * FROM surveys.response WHERE survey_id = ?").param(survey.id())
			.query().singleRow();
		assertThat(response.get("account_id")).isEqualTo(person.id());
		assertThat(response.get("submitted_at")).isNotNull();
		assertThat(mvc.get().uri("/umfragen/" + survey.slug()).with(user(person)).exchange()).bodyText()
			.contains("schon teilgenommen");
	}

	@Test
	void pagesAreSavedOneByOneAndTheSurveyResumesWhereThePersonLeft() throws Exception {
		SurveyDefinition survey = open(SurveyAudience.SIGNED_IN, true);
		PlatformUser person = accounts.person("Fortsetzende Person");
		page(survey, 1, person, "q-F1", "nein", "q-F4", district());
		SurveyAnswering.Progress progress = answering.progress(survey, Participant.account(person.id()));
		assertThat(progress.started()).isTrue();
		assertThat(progress.submitted()).isFalse();
		assertThat(progress.page()).isEqualTo(1);
		assertThat(progress.answers().get("q-F1")).isEqualTo("nein");
		assertThat(mvc.get().uri("/umfragen/" + survey.slug()).with(user(person)).exchange()).bodyText()
			.contains("Umfrage fortsetzen");
		MvcTestResult back = mvc.get().uri("/umfragen/" + survey.slug() + "/seite/1").with(user(person)).exchange();
		assertThat(back).bodyText().contains("Seite 1 von 2");
		assertThat(back.getResponse().getContentAsString()).containsPattern("value=\"nein\"\\s+checked");
	}

	@Test
	void aRefusedAnswerKeepsTheTypedTextAndSavesNothingOfThePage() throws Exception {
		SurveyDefinition survey = open(SurveyAudience.SIGNED_IN, true);
		PlatformUser person = accounts.person("Zu Lang Schreibende");
		page(survey, 1, person, "q-F1", "nein", "q-F4", district());
		String typed = "Dieser Text ist deutlich zu lang";
		MvcTestResult refused = page(survey, 2, person, "q-F2", typed, "q-F3", "geld");
		assertThat(refused).hasStatusOk();
		String body = refused.getResponse().getContentAsString();
		assertThat(body).contains(typed.length() + " Zeichen lang", "höchstens 20", "value=\"" + typed + "\"");
		assertThat(body).containsPattern("value=\"geld\"\\s+checked");
		assertThat(answering.progress(survey, Participant.account(person.id())).answers().all("q-F3")).isEmpty();
		assertThat(count("SELECT count(*) FROM surveys.response WHERE survey_id = ?", survey.id())).isZero();
	}

	@Test
	void aConditionalQuestionIsRequiredOnlyWhenItsConditionIsMetAndIgnoredOtherwise() {
		SurveyDefinition survey = open(SurveyAudience.SIGNED_IN, false);
		PlatformUser yes = accounts.person("Bedingung Ja");
		page(survey, 1, yes, "q-F1", "ja", "q-F4", district());
		assertThat(mvc.get().uri("/umfragen/" + survey.slug() + "/seite/2").with(user(yes)).exchange()).bodyText()
			.doesNotContain("Warum nicht?");
		// an answer to the hidden question sent anyway is not stored
		assertThat(page(survey, 2, yes, "q-F3", "zeit")).hasRedirectedUrl("/umfragen/" + survey.slug() + "/danke");
		assertThat(count("SELECT count(*) FROM surveys.answer a JOIN surveys.question q ON q.id = a.question_id "
				+ "WHERE q.survey_id = ? AND q.code = 'F3'", survey.id())).isZero();

		PlatformUser no = accounts.person("Bedingung Nein");
		page(survey, 1, no, "q-F1", "nein", "q-F4", district());
		assertThat(mvc.get().uri("/umfragen/" + survey.slug() + "/seite/2").with(user(no)).exchange()).bodyText()
			.contains("Warum nicht?");
		assertThat(page(survey, 2, no)).bodyText().contains("Bitte beantworten Sie diese Frage.");
	}

	@Test
	void outsideItsPeriodASurveySaysSoAndTakesNoAnswer() {
		SurveyDefinition closed = survey(SurveyAudience.SIGNED_IN, true, Instant.now().minus(Duration.ofDays(10)),
				Instant.now().minus(Duration.ofDays(1)));
		PlatformUser person = accounts.person("Zu Spät Antwortende");
		MvcTestResult refused = page(closed, 1, person, "q-F1", "ja", "q-F4", district());
		assertThat(refused).bodyText().contains("Diese Umfrage ist beendet");
		assertThat(count("SELECT count(*) FROM surveys.participation WHERE survey_id = ?", closed.id())).isZero();
		SurveyDefinition draft = survey(SurveyAudience.SIGNED_IN, true, null, null);
		assertThat(mvc.get().uri("/umfragen/" + draft.slug()).with(user(person)).exchange()).bodyText()
			.contains("noch nicht geöffnet");
	}

	@Test
	void onePersonAnswersOnceEvenWhenTheLastPageIsSentTwiceAtTheSameTime() throws Exception {
		SurveyDefinition survey = open(SurveyAudience.SIGNED_IN, true);
		PlatformUser person = accounts.person("Doppelt Sendende");
		Participant participant = Participant.account(person.id());
		AnswerForm first = new AnswerForm();
		first.add("q-F1", "ja");
		first.add("q-F4", district());
		answering.savePage(survey, participant, 0, first);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				Callable<String> submit = () -> {
					try {
						return String.valueOf(answering.savePage(survey, participant, 1, new AnswerForm()));
					}
					catch (IllegalStateException answered) {
						return "answered";
					}
				};
				outcomes.add(pool.submit(submit));
			}
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).containsExactlyInAnyOrder("-1", "answered", "answered", "answered");
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("SELECT count(*) FROM surveys.response WHERE survey_id = ?", survey.id())).isEqualTo(1);
		assertThat(answering.eligibility(survey, person, participant)).isEqualTo(Eligibility.ANSWERED);
	}

	@Test
	void anInvitationLinkLetsTheInviteeAnswerOnceWithoutAnAccount() {
		SurveyDefinition survey = open(SurveyAudience.INVITED, true);
		String token = "token-" + UUID.randomUUID();
		UUID invitation = UUID.randomUUID();
		jdbc.sql("INSERT INTO surveys.invitation (id, survey_id, email, token_hash, created_at) VALUES (?, ?, ?, ?, now())")
			.params(invitation, survey.id(), "eingeladen-" + invitation + "@test.itas.local", SurveyAnswering.sha256(token))
			.update();
		assertThat(mvc.get().uri("/umfragen/" + survey.slug()).exchange()).bodyText().contains("nur Eingeladene");
		// the session is kept in the database; the browser holds only its cookie
		MvcTestResult link = mvc.get().uri("/umfragen/einladung/" + token).exchange();
		assertThat(link).hasRedirectedUrl("/umfragen/" + survey.slug());
		Cookie session = link.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(mvc.post().uri("/umfragen/" + survey.slug() + "/seite/1").cookie(session).with(csrf())
			.param("q-F1", "ja").param("q-F4", district()).exchange()).hasRedirectedUrl("/umfragen/" + survey.slug() + "/seite/2");
		assertThat(mvc.post().uri("/umfragen/" + survey.slug() + "/seite/2").cookie(session).with(csrf()).exchange())
			.hasRedirectedUrl("/umfragen/" + survey.slug() + "/danke");
		assertThat(count("SELECT count(*) FROM surveys.participation WHERE invitation_id = ? AND state = 'SUBMITTED'",
				invitation)).isEqualTo(1);
		assertThat(mvc.get().uri("/umfragen/" + survey.slug()).cookie(session).exchange()).bodyText()
			.contains("schon teilgenommen");
		assertThat(mvc.get().uri("/umfragen/einladung/unbekannt").exchange()).hasStatus(404);
	}

	@Test
	void aPublicSurveyWithoutSignInKnowsTheBrowserOnlyByAHashOfARandomKey() throws Exception {
		SurveyDefinition survey = open(SurveyAudience.PUBLIC, true);
		MvcTestResult first = mvc.post().uri("/umfragen/" + survey.slug() + "/seite/1").with(csrf())
			.param("q-F1", "ja").param("q-F4", district()).exchange();
		assertThat(first).hasRedirectedUrl("/umfragen/" + survey.slug() + "/seite/2");
		Cookie cookie = first.getResponse().getCookie("itas-umfrage");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		Map<String, Object> participation = jdbc.sql("SELECT * FROM surveys.participation WHERE survey_id = ?")
			.param(survey.id()).query().singleRow();
		assertThat(participation.get("account_id")).isNull();
		assertThat(participation.get("browser_key_hash")).isEqualTo(SurveyAnswering.browserKey(cookie.getValue(), survey.id()))
			.isNotEqualTo(cookie.getValue());
		assertThat(mvc.post().uri("/umfragen/" + survey.slug() + "/seite/2").cookie(cookie).with(csrf()).exchange())
			.hasRedirectedUrl("/umfragen/" + survey.slug() + "/danke");
		assertThat(mvc.get().uri("/umfragen/" + survey.slug()).cookie(cookie).exchange()).bodyText()
			.contains("schon teilgenommen");
		// a survey for signed-in people asks to sign in instead
		SurveyDefinition signedIn = open(SurveyAudience.SIGNED_IN, true);
		assertThat(mvc.get().uri("/umfragen/" + signedIn.slug()).exchange()).bodyText().contains("melden Sie sich bitte an");
	}

	@Test
	void anotherModuleAttachesACopyOfATemplateAndFindsItByItsThing() {
		String key = "test-template-" + UUID.randomUUID().toString().substring(0, 8);
		UUID template = writer.insert(SurveyBuilder.survey(slug(), "Vorlage")
			.audience(SurveyAudience.INVITED, null)
			.template(key)
			.question("F1", QuestionKind.SCALE, "Wie zufrieden?").scale(1, 5, "gar nicht", "sehr").and()
			.build());
		SurveySubject subject = new SurveySubject("events", "event", UUID.randomUUID().toString());
		assertThat(surveys.attachedTo(subject)).isEmpty();
		PlatformUser owner = accounts.user(de.itas.platform.shared.security.Role.PROVIDER);
		SurveyLink link = surveys.attachFromTemplate(key, subject, "Feedback: Testworkshop", owner.id(), null,
				Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(7)));
		assertThat(link.id()).isNotEqualTo(template);
		assertThat(link.slug()).startsWith("feedback-testworkshop");
		assertThat(link.phase()).isEqualTo(SurveyPhase.OPEN);
		assertThat(surveys.attachedTo(subject)).map(SurveyLink::id).contains(link.id());
		SurveyDefinition copy = store.find(link.id()).orElseThrow();
		assertThat(copy.template()).isFalse();
		assertThat(copy.questions()).extracting(Question::text).containsExactly("Wie zufrieden?");
		assertThatThrownBy(() -> surveys.attachFromTemplate("keine-vorlage", subject, "x", owner.id(), null, null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(Set.of(store.find(template).orElseThrow().template())).containsExactly(true);
	}

	@Test
	void anotherModuleInvitesAddressesToAnAttachedSurvey() {
		String key = "test-template-" + UUID.randomUUID().toString().substring(0, 8);
		writer.insert(SurveyBuilder.survey(slug(), "Vorlage")
			.audience(SurveyAudience.INVITED, null)
			.template(key)
			.question("F1", QuestionKind.SCALE, "Wie zufrieden?").scale(1, 5, "gar nicht", "sehr").and()
			.build());
		PlatformUser owner = accounts.user(de.itas.platform.shared.security.Role.PROVIDER);
		SurveyLink link = surveys.attachFromTemplate(key, new SurveySubject("events", "event", UUID.randomUUID().toString()),
				"Feedback: Einladungstest", owner.id(), null, Instant.now().minus(Duration.ofHours(1)), null);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String first = "gast-a-" + run + "@test.itas.local";
		String second = "gast-b-" + run + "@test.itas.local";
		assertThat(surveys.invite(link.id(), List.of(first, second, first.toUpperCase(java.util.Locale.ROOT), "keine Adresse")))
			.isEqualTo(2);
		assertThat(jdbc.sql("SELECT email FROM surveys.invitation WHERE survey_id = ? ORDER BY email")
			.param(link.id()).query(String.class).list()).containsExactly(first, second);
		assertThat(outbox.list(0, 200)).filteredOn(mail -> mail.to().equals(second)).hasSize(1);
		// inviting again sends nothing twice; an empty list sends nothing
		assertThat(surveys.invite(link.id(), List.of(first))).isZero();
		assertThat(surveys.invite(link.id(), List.of())).isZero();
		// more addresses than the editor takes at once are invited in batches
		List<String> many = java.util.stream.IntStream.rangeClosed(1, SurveyEditor.MAX_INVITATIONS + 1)
			.mapToObj(n -> "viele-" + n + "-" + run + "@test.itas.local")
			.toList();
		assertThat(surveys.invite(link.id(), many)).isEqualTo(SurveyEditor.MAX_INVITATIONS + 1);
	}

	@Test
	void theSiteSearchFindsOpenSurveysButNotThoseForInvitedPeopleOnly() throws Exception {
		String word = "Zauberwort" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String open = slug();
		writer.insert(SurveyBuilder.survey(open, "Offene Umfrage " + word)
			.intro("Eine Umfrage über " + word)
			.period(Instant.now().minus(Duration.ofHours(1)), null)
			.question("F1", QuestionKind.SCALE, "Wie?").scale(1, 5, "schlecht", "gut").and()
			.build());
		String invited = slug();
		writer.insert(SurveyBuilder.survey(invited, "Geschlossene Runde " + word)
			.audience(SurveyAudience.INVITED, null)
			.period(Instant.now().minus(Duration.ofHours(1)), null)
			.question("F1", QuestionKind.SCALE, "Wie?").scale(1, 5, "schlecht", "gut").and()
			.build());
		String json = mvc.get().uri("/api/v1/search?q=" + word).exchange().getResponse().getContentAsString();
		assertThat(json).contains("/umfragen/" + open).doesNotContain("/umfragen/" + invited);
	}

}
