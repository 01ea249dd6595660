package de.itas.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The survey editor: checked headers and addresses, the settings of each question kind, conditions on earlier
 * questions, locking once answers exist, revisions, deletion, who may edit whose survey, and invitations.
 */
@PlatformTest
class SurveyEditorIntegrationTests {

	@Autowired
	SurveyEditor editor;

	@Autowired
	SurveyStore store;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	MockMvcTester mvc;

	/** A suffix of this run, so that a kept test database does not already hold the titles and slugs. */
	private static String run() {
		return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
	}

	private static SurveyEditor.Header header(String title) {
		return new SurveyEditor.Header(title, "Worum es geht.", SurveyAudience.SIGNED_IN, null, true, null, null, false);
	}

	private static SurveyEditor.QuestionInput input(QuestionKind kind, String text, Function<Map<String, String>, Map<String, String>> settings) {
		Map<String, String> s = settings.apply(new java.util.HashMap<>());
		return new SurveyEditor.QuestionInput(kind, text, "", true, false, s.getOrDefault("options", ""),
				s.getOrDefault("rows", ""), s.get("minChoices"), s.get("maxChoices"), s.get("scaleMin"), s.get("scaleMax"),
				s.get("scaleMinLabel"), s.get("scaleMaxLabel"), false, s.get("maxLength"), s.get("numberMin"),
				s.get("numberMax"), null, List.of());
	}

	private static SurveyEditor.QuestionInput single(String text, String options) {
		return input(QuestionKind.SINGLE, text, s -> {
			s.put("options", options);
			return s;
		});
	}

	private static SurveyEditor.QuestionInput when(SurveyEditor.QuestionInput input, UUID question, String... values) {
		return new SurveyEditor.QuestionInput(input.kind(), input.text(), input.help(), input.required(), input.dontKnow(),
				input.options(), input.rows(), input.minChoices(), input.maxChoices(), input.scaleMin(), input.scaleMax(),
				input.scaleMinLabel(), input.scaleMaxLabel(), input.longText(), input.maxLength(), input.numberMin(),
				input.numberMax(), question, List.of(values));
	}

	/** The fields and message keys of the refusal. */
	private static Map<String, String> refusal(ThrowingCallable action) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(action);
		assertThat(thrown).isInstanceOf(FieldProblems.class);
		return ((FieldProblems) thrown).problems()
			.stream()
			.collect(Collectors.toMap(problem -> String.valueOf(problem.field()), FieldProblem::messageKey, (a, b) -> a));
	}

	@Test
	void aNewSurveyIsRefusedPerFieldAndGetsAFoldedUniqueAddress() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		assertThat(refusal(() -> editor.create(new SurveyEditor.Header("  ", "x".repeat(4001), SurveyAudience.ROLE,
				"KING", true, LocalDateTime.of(2030, 5, 2, 10, 0), LocalDateTime.of(2030, 5, 1, 10, 0), false), coordinator)))
			.containsEntry("title", "surveys.editor.header.title.required")
			.containsEntry("intro", "surveys.editor.header.intro.too-long")
			.containsEntry("role", "surveys.editor.header.role.required")
			.containsEntry("closes", "surveys.editor.header.closes.before-opens");
		assertThat(refusal(() -> editor.create(new SurveyEditor.Header("x".repeat(201), "", SurveyAudience.ORGANISATION_KIND,
				"CLUB", false, null, null, false), coordinator)))
			.containsEntry("title", "surveys.editor.header.title.too-long")
			.containsEntry("organisationKind", "surveys.editor.header.organisation-kind.required");
		assertThat(refusal(() -> editor.create(new SurveyEditor.Header("Ohne Zielgruppe", "", null, null, false, null, null,
				false), coordinator))).containsEntry("audience", "surveys.editor.header.audience.required");

		String run = run();
		SurveyDefinition first = editor.create(new SurveyEditor.Header("Größe & Übung: Straße " + run, "", SurveyAudience.ROLE,
				"EMPLOYEE", true, LocalDateTime.of(2030, 5, 1, 10, 0), LocalDateTime.of(2030, 5, 2, 10, 0), true), coordinator);
		SurveyDefinition second = editor.create(header("Größe & Übung: Straße " + run), coordinator);
		assertThat(first.slug()).isEqualTo("groesse-uebung-strasse-" + run);
		assertThat(second.slug()).isEqualTo("groesse-uebung-strasse-" + run + "-2");
		assertThat(first.revision()).isEqualTo(1);
		assertThat(first.familyId()).isEqualTo(first.id());
		assertThat(first.ownerId()).isEqualTo(coordinator.id());
		assertThat(first.audienceValue()).isEqualTo("EMPLOYEE");
		// the period is Berlin time: 10:00 in May is 08:00 UTC
		assertThat(first.opensAt()).hasToString("2030-05-01T08:00:00Z");
		assertThat(first.phase(java.time.Instant.parse("2030-05-01T09:00:00Z"))).isEqualTo(SurveyPhase.OPEN);
		assertThat(second.opensAt()).isNull();
	}

	@Test
	void theFormKeepsWhatWasTypedAndNamesTheFieldOfTheProblem() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		assertThat(mvc.post()
			.uri("/umfragen/verwaltung/neu")
			.with(user(coordinator))
			.with(csrf())
			.param("title", "")
			.param("intro", "Mein getippter Text")
			.param("audience", "SIGNED_IN"))
			.hasStatusOk()
			.bodyText()
			.contains("Mein getippter Text")
			.contains("Titel: Bitte geben Sie einen Titel ein.");
		SurveyDefinition survey = editor.create(header("Formular " + run()), coordinator);
		UUID section = editor.addSection(survey.id(), "Seite", "");
		assertThat(mvc.post()
			.uri("/umfragen/verwaltung/{id}/abschnitte/{s}/fragen/neu", survey.id(), section)
			.with(user(coordinator))
			.with(csrf())
			.param("kind", "MULTIPLE")
			.param("text", "Was nutzen Sie?")
			.param("options", "Bus\nBahn\nRad")
			.param("maxChoices", "vier"))
			.hasStatusOk()
			.bodyText()
			.contains("Was nutzen Sie?")
			.contains("Bitte geben Sie eine ganze Zahl ein");
		assertThat(store.find(survey.id()).orElseThrow().questions()).isEmpty();
	}

	@Test
	void eachKindChecksItsOwnSettings() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		SurveyDefinition survey = editor.create(header("Arten " + run()), coordinator);
		UUID section = editor.addSection(survey.id(), "Alles", "");
		UUID id = survey.id();
		assertThat(refusal(() -> editor.addQuestion(id, section, single("Eine Option", "Nur eine"))))
			.containsEntry("options", "surveys.editor.question.options.too-few");
		assertThat(refusal(() -> editor.addQuestion(id, section, input(QuestionKind.MULTIPLE, "Zu viele", s -> {
			s.put("options", "A\nB\nC");
			s.put("maxChoices", "4");
			return s;
		})))).containsEntry("maxChoices", "surveys.editor.question.max-choices.range");
		assertThat(refusal(() -> editor.addQuestion(id, section, input(QuestionKind.MULTIPLE, "Verdreht", s -> {
			s.put("options", "A\nB\nC");
			s.put("minChoices", "3");
			s.put("maxChoices", "2");
			return s;
		})))).containsEntry("maxChoices", "surveys.editor.question.max-choices.below-min");
		assertThat(refusal(() -> editor.addQuestion(id, section, input(QuestionKind.SCALE, "Zu lang", s -> {
			s.put("scaleMin", "0");
			s.put("scaleMax", "11");
			return s;
		})))).containsEntry("scaleMax", "surveys.editor.question.scale.too-many-steps");
		assertThat(refusal(() -> editor.addQuestion(id, section, input(QuestionKind.SCALE, "Falsch herum", s -> {
			s.put("scaleMin", "x");
			s.put("scaleMax", "1");
			s.put("scaleMaxLabel", "y".repeat(101));
			return s;
		})))).containsEntry("scaleMin", "surveys.editor.question.not-a-whole-number")
			.containsEntry("scaleMaxLabel", "surveys.editor.question.label.too-long");
		assertThat(refusal(() -> editor.addQuestion(id, section, input(QuestionKind.MATRIX, "Ohne Zeilen", s -> {
			s.put("scaleMin", "1");
			s.put("scaleMax", "5");
			return s;
		})))).containsEntry("rows", "surveys.editor.question.rows.too-few");
		assertThat(refusal(() -> editor.addQuestion(id, section, input(QuestionKind.TEXT, "Riesig", s -> {
			s.put("maxLength", "10001");
			return s;
		})))).containsEntry("maxLength", "surveys.editor.question.max-length.range");
		assertThat(refusal(() -> editor.addQuestion(id, section, input(QuestionKind.NUMBER, "Grenzen", s -> {
			s.put("numberMin", "10");
			s.put("numberMax", "5");
			return s;
		})))).containsEntry("numberMax", "surveys.editor.question.number-max.not-above-min");
		assertThat(refusal(() -> editor.addQuestion(id, section, input(QuestionKind.DATE, " ", s -> s))))
			.containsEntry("text", "surveys.editor.question.text.required");
		assertThat(store.find(id).orElseThrow().questions()).isEmpty();

		UUID multiple = editor.addQuestion(id, section, input(QuestionKind.MULTIPLE, "Mehrfach", s -> {
			s.put("options", "A\nB\nC");
			s.put("minChoices", "1");
			s.put("maxChoices", "2");
			return s;
		}));
		editor.addQuestion(id, section, input(QuestionKind.MATRIX, "Matrix", s -> {
			s.put("rows", "Zeile eins\nZeile zwei");
			s.put("scaleMin", "0");
			s.put("scaleMax", "10");
			s.put("scaleMinLabel", "gar nicht");
			s.put("scaleMaxLabel", "voll");
			return s;
		}));
		editor.addQuestion(id, section, input(QuestionKind.NUMBER, "Zahl", s -> {
			s.put("numberMin", "0,5");
			s.put("numberMax", "99");
			return s;
		}));
		editor.addQuestion(id, section, input(QuestionKind.DISTRICT, "Wo?", s -> s));
		SurveyDefinition stored = store.find(id).orElseThrow();
		assertThat(stored.questions()).extracting(Question::code).containsExactly("F1", "F2", "F3", "F4");
		Question first = stored.question(multiple).orElseThrow();
		assertThat(first.options()).extracting(Choice::code).containsExactly("1", "2", "3");
		assertThat(first.maxChoices()).isEqualTo(2);
		assertThat(stored.question("F2").orElseThrow().rows()).extracting(Choice::code).containsExactly("1", "2");
		assertThat(stored.question("F2").orElseThrow().scaleValues()).hasSize(11);
		assertThat(stored.question("F3").orElseThrow().numberMin()).isEqualByComparingTo("0.5");

		// editing keeps the codes of unchanged options and numbers new ones after the highest
		editor.editQuestion(id, multiple, input(QuestionKind.MULTIPLE, "Mehrfach neu", s -> {
			s.put("options", "C\nA\nD");
			return s;
		}));
		Question edited = store.find(id).orElseThrow().question(multiple).orElseThrow();
		assertThat(edited.text()).isEqualTo("Mehrfach neu");
		assertThat(edited.options()).extracting(Choice::code).containsExactly("3", "1", "4");
		assertThat(edited.maxChoices()).isNull();
	}

	@Test
	void aConditionNeedsAnEarlierQuestionWithFixedAnswersAndKeepsItsOrder() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		SurveyDefinition survey = editor.create(header("Bedingungen " + run()), coordinator);
		UUID id = survey.id();
		UUID page = editor.addSection(id, "Eins", "");
		UUID car = editor.addQuestion(id, page, single("Haben Sie ein Auto?", "Ja\nNein"));
		UUID free = editor.addQuestion(id, page, input(QuestionKind.TEXT, "Sonst noch etwas?", s -> s));
		UUID later = editor.addSection(id, "Zwei", "");

		assertThat(refusal(() -> editor.addQuestion(id, later, when(single("Wie oft?", "oft\nselten"), free, "x"))))
			.containsEntry("conditionQuestion", "surveys.editor.question.condition.not-earlier");
		assertThat(refusal(() -> editor.addQuestion(id, later, when(single("Wie oft?", "oft\nselten"), car, "9"))))
			.containsEntry("conditionValues", "surveys.editor.question.condition.values");
		UUID often = editor.addQuestion(id, later, when(single("Wie oft?", "oft\nselten"), car, "1"));
		Question stored = store.find(id).orElseThrow().question(often).orElseThrow();
		assertThat(stored.condition().questionId()).isEqualTo(car);
		assertThat(stored.condition().values()).containsExactly("1");

		// a question cannot depend on a later one
		assertThat(refusal(() -> editor.editQuestion(id, car, when(single("Haben Sie ein Auto?", "Ja\nNein"), often, "1"))))
			.containsEntry("conditionQuestion", "surveys.editor.question.condition.not-earlier");
		// the question it depends on cannot be removed, nor lose the value the condition uses
		assertThat(refusal(() -> editor.removeQuestion(id, car))).containsEntry("null", "surveys.editor.question.used-by");
		assertThat(refusal(() -> editor.editQuestion(id, car, single("Haben Sie ein Auto?", "Nein\nVielleicht"))))
			.containsEntry("options", "surveys.editor.question.values-used-by");
		// nor can the order put the condition after its question
		assertThat(refusal(() -> editor.moveSection(id, later, true)))
			.containsEntry("null", "surveys.editor.question.order-breaks-condition");
		editor.moveQuestion(id, free, true);
		assertThat(store.find(id).orElseThrow().questions()).extracting(Question::id).containsExactly(free, car, often);
		// removing the dependent question first frees the other
		editor.removeQuestion(id, often);
		editor.removeQuestion(id, car);
		assertThat(store.find(id).orElseThrow().questions()).extracting(Question::id).containsExactly(free);
		assertThat(refusal(() -> editor.removeSection(id, page, false))).containsEntry("null", "surveys.editor.section.not-empty");
		editor.removeSection(id, page, true);
		assertThat(store.find(id).orElseThrow().sections()).extracting(Section::title).containsExactly("Zwei");
		assertThat(store.find(id).orElseThrow().sections().get(0).position()).isZero();
	}

	@Test
	void answersLockTheQuestionsButNotThePeriodAndANewRevisionCopiesThem() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		SurveyDefinition survey = editor.create(header("Sperre " + run()), coordinator);
		UUID id = survey.id();
		UUID page = editor.addSection(id, "Seite", "");
		UUID car = editor.addQuestion(id, page, single("Auto?", "Ja\nNein"));
		UUID often = editor.addQuestion(id, page, when(single("Wie oft?", "oft\nselten"), car, "1"));
		editor.editHeader(id, new SurveyEditor.Header("Sperre geändert", "", SurveyAudience.PUBLIC, null, true,
				LocalDateTime.of(2026, 1, 1, 0, 0), null, false));
		UUID participation = UUID.randomUUID();
		jdbc.sql("INSERT INTO surveys.participation (id, survey_id, account_id, state) VALUES (?, ?, ?, 'STARTED')")
			.params(participation, id, UUID.randomUUID())
			.update();
		jdbc.sql("INSERT INTO surveys.draft_answer (participation_id, question_id, choice) VALUES (?, ?, '1')")
			.params(participation, car)
			.update();
		assertThat(store.locked(id)).isTrue();

		String locked = "surveys.editor.locked";
		assertThat(refusal(() -> editor.addSection(id, "Neu", ""))).containsEntry("null", locked);
		assertThat(refusal(() -> editor.editSection(id, page, "Neu", ""))).containsEntry("null", locked);
		assertThat(refusal(() -> editor.moveSection(id, page, false))).containsEntry("null", locked);
		assertThat(refusal(() -> editor.removeSection(id, page, true))).containsEntry("null", locked);
		assertThat(refusal(() -> editor.addQuestion(id, page, single("Neu?", "a\nb")))).containsEntry("null", locked);
		assertThat(refusal(() -> editor.editQuestion(id, car, single("Anders?", "Ja\nNein")))).containsEntry("null", locked);
		assertThat(refusal(() -> editor.moveQuestion(id, often, true))).containsEntry("null", locked);
		assertThat(refusal(() -> editor.removeQuestion(id, often))).containsEntry("null", locked);
		assertThat(refusal(() -> editor.delete(id))).containsEntry("null", "surveys.editor.delete.has-answers");
		assertThat(refusal(() -> editor.editHeader(id, new SurveyEditor.Header("Sperre", "", SurveyAudience.SIGNED_IN, null,
				false, null, null, false))))
			.containsEntry("audience", "surveys.editor.locked.audience")
			.containsEntry("anonymous", "surveys.editor.locked.anonymous");
		assertThat(refusal(() -> editor.editHeader(id, new SurveyEditor.Header("Sperre", "", SurveyAudience.ROLE, null,
				true, null, null, false))))
			.containsEntry("role", "surveys.editor.header.role.required")
			.containsEntry("audience", "surveys.editor.locked.audience");
		// the period, title and publishing still change
		editor.editHeader(id, new SurveyEditor.Header("Sperre verlängert", "", SurveyAudience.PUBLIC, null, true,
				LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2031, 1, 1, 0, 0), true));
		SurveyDefinition extended = store.find(id).orElseThrow();
		assertThat(extended.title()).isEqualTo("Sperre verlängert");
		assertThat(extended.closesAt()).isNotNull();
		assertThat(extended.question(car).orElseThrow().text()).isEqualTo("Auto?");
		assertThat(mvc.get().uri("/umfragen/verwaltung/{id}", id).with(user(coordinator)))
			.hasStatusOk()
			.bodyText()
			.contains("Fragen sind gesperrt, weil es Antworten gibt.")
			.contains("Neue Revision anlegen");

		SurveyDefinition next = editor.newRevision(id);
		assertThat(next.revision()).isEqualTo(2);
		assertThat(next.slug()).isEqualTo(extended.slug());
		assertThat(next.familyId()).isEqualTo(id);
		assertThat(next.opensAt()).isNull();
		assertThat(next.closesAt()).isNull();
		assertThat(next.anonymous()).isTrue();
		assertThat(next.questions()).extracting(Question::code, Question::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("F1", "Auto?"),
					org.assertj.core.groups.Tuple.tuple("F2", "Wie oft?"));
		assertThat(next.question("F2").orElseThrow().condition().questionId())
			.isEqualTo(next.question("F1").orElseThrow().id());
		assertThat(store.current(extended.slug()).orElseThrow().id()).isEqualTo(next.id());
		assertThat(store.revisions(id)).containsExactly(1, 2);
		// the new revision has no answers and can change; the old one keeps its questions
		assertThat(store.locked(next.id())).isFalse();
		editor.editQuestion(next.id(), next.question("F1").orElseThrow().id(), single("Auto oder Rad?", "Ja\nNein"));
		assertThat(store.find(id).orElseThrow().question(car).orElseThrow().text()).isEqualTo("Auto?");
		// an unanswered revision can be deleted
		editor.delete(next.id());
		assertThat(store.find(next.id())).isEmpty();
		assertThat(store.find(id)).isPresent();
	}

	@Test
	void providersSeeAndChangeOnlyTheirOwnSurveys() {
		PlatformUser provider = accounts.user(Role.PROVIDER);
		PlatformUser other = accounts.user(Role.PROVIDER, Role.EMPLOYEE);
		String title = "Anbieterumfrage " + run();
		SurveyDefinition survey = editor.create(header(title), provider);
		assertThat(survey.ownerId()).isEqualTo(provider.id());

		assertThat(mvc.get().uri("/umfragen/verwaltung").with(user(provider))).hasStatusOk().bodyText().contains(title);
		assertThat(mvc.get().uri("/umfragen/verwaltung/{id}", survey.id()).with(user(provider))).hasStatusOk();
		assertThat(mvc.get().uri("/umfragen/verwaltung").with(user(other))).hasStatusOk().bodyText().doesNotContain(title);
		assertThat(mvc.get().uri("/umfragen/verwaltung/{id}", survey.id()).with(user(other)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post()
			.uri("/umfragen/verwaltung/{id}/abschnitte", survey.id())
			.with(user(other))
			.with(csrf())
			.param("title", "Fremde Seite"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(store.find(survey.id()).orElseThrow().sections()).isEmpty();
		assertThat(mvc.get().uri("/umfragen/verwaltung/{id}", survey.id()).with(user(accounts.user(Role.COORDINATOR))))
			.hasStatusOk();
		assertThat(mvc.get().uri("/umfragen/verwaltung").with(user(accounts.user(Role.EMPLOYEE))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void invitationsStoreOnlyTheHashAndTheMailCarriesTheLink() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		SurveyDefinition survey = editor.create(header("Einladung " + run()), coordinator);
		String run = run();
		String first = "erste-" + run + "@example.org";
		String second = "zweite-" + run + "@example.org";
		SurveyEditor.Invitations result = editor.invite(survey.id(),
				first + "\nkeine Adresse\n" + first.toUpperCase() + "\n\n" + second + "\n");
		assertThat(result.sent()).isEqualTo(2);
		assertThat(result.duplicates()).isEqualTo(1);
		assertThat(result.invalid()).containsExactly("keine Adresse");
		assertThat(editor.invite(survey.id(), first).sent()).isZero();
		assertThat(refusal(() -> editor.invite(survey.id(), " \n ")))
			.containsEntry("addresses", "surveys.editor.invitations.addresses.required");

		Outbox.StoredMail mail = outbox.list(0, 100)
			.stream()
			.filter(stored -> stored.to().equals(first))
			.findFirst()
			.orElseThrow();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+/umfragen/einladung/([A-Za-z0-9_-]{43})")
			.matcher(mail.text());
		assertThat(link.find()).as("the link in %s", mail.text()).isTrue();
		String token = link.group(1);
		String hash = jdbc.sql("SELECT token_hash FROM surveys.invitation WHERE survey_id = ? AND email = ?")
			.params(survey.id(), first)
			.query(String.class)
			.single();
		assertThat(hash).isEqualTo(SurveyEditor.tokenHash(token)).hasSize(64).isNotEqualTo(token);
		assertThat(jdbc.sql("SELECT count(*) FROM surveys.invitation WHERE token_hash = ? OR email = ? OR name = ?")
			.params(token, token, token)
			.query(Integer.class)
			.single()).isZero();

		var invited = editor.invitations(survey.id(), 0);
		assertThat(invited.items()).extracting(SurveyEditor.Invited::email).containsExactly(first, second);
		assertThat(invited.items()).allSatisfy(item -> assertThat(item.sentAt()).isNotNull());
		assertThat(invited.items()).noneMatch(SurveyEditor.Invited::answered);
		UUID invitation = invited.items().get(0).id();
		jdbc.sql("INSERT INTO surveys.participation (id, survey_id, invitation_id, state) VALUES (?, ?, ?, 'SUBMITTED')")
			.params(UUID.randomUUID(), survey.id(), invitation)
			.update();
		assertThat(editor.invitations(survey.id(), 0).items()).extracting(SurveyEditor.Invited::answered)
			.containsExactly(true, false);
		assertThat(mvc.get().uri("/umfragen/verwaltung/{id}/einladungen", survey.id()).with(user(coordinator)))
			.hasStatusOk()
			.bodyText()
			.contains(first);
	}

}
