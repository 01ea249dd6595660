package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.as;
import static de.itas.platform.helpdesk.HelpdeskFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;

/** Recommendations with feedback, the figures, and a deleted person's inquiries being anonymised. */
@PlatformTest
class RecommendationAndPrivacyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	CaseRecommendations recommendations;

	@Autowired
	Inquiries inquiries;

	@Autowired
	CaseWork caseWork;

	@Autowired
	HelpdeskFigures figures;

	@Autowired
	HelpdeskPersonalData personalData;

	@Autowired
	Appointments appointments;

	@Autowired
	de.itas.platform.shared.mail.Outbox outbox;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	PlatformUser advisor;
	PlatformUser submitter;
	String team;

	@BeforeEach
	void team() {
		advisor = accounts.user(Role.ADVISOR, Role.COORDINATOR);
		submitter = accounts.user(Role.EMPLOYEE, Role.COMPANY_ADMIN, Role.PROVIDER);
		team = fixtures.team("rec", advisor);
		fixtures.routeOtherFromVogtland(team);
	}

	@Test
	void theSubmitterSeesTheRecommendationAndTheAdvisorSeesTheFeedback() {
		String caseNumber = fixtures.submit(submitter);
		run(advisor, () -> caseWork.assign(caseNumber, fixtures.row(caseNumber).version(), advisor.id()));
		run(advisor, () -> caseWork.changeStatus(caseNumber, fixtures.row(caseNumber).version(), CaseStatus.IN_PROGRESS, null));
		List<RecommendationOption> options = as(advisor, () -> recommendations.options("", "vogtlandkreis", Locale.GERMAN));
		RecommendationOption desk = options.stream().filter(o -> o.kind() == RecommendationKind.HELPDESK).findFirst().orElseThrow();
		RecommendationOption programme = options.stream().filter(o -> o.kind() == RecommendationKind.FUNDING).findFirst().orElseThrow();
		// the training catalogue offers its published (demo) offers
		RecommendationOption training = options.stream().filter(o -> o.kind() == RecommendationKind.TRAINING).findFirst().orElseThrow();
		assertThat(training.url()).isEqualTo("/weiterbildung/" + training.reference());

		as(advisor, () -> recommendations.send(caseNumber, new RecommendationDraft("Diese Stellen helfen Ihnen weiter.",
				List.of(new RecommendationDraft.Item(RecommendationKind.HELPDESK, desk.reference(), null, null, "Vor Ort in Plauen"),
						new RecommendationDraft.Item(RecommendationKind.FUNDING, programme.reference(), null, null, null),
						new RecommendationDraft.Item(RecommendationKind.CONTENT, "https://example.org/leitfaden", "Leitfaden Transformation", null, null),
						// a forged title and address from the form are replaced by the catalogue's
						new RecommendationDraft.Item(RecommendationKind.TRAINING, training.reference(), "Gefälschter Titel", "https://evil.example", null))),
				Locale.GERMAN));
		assertThat(fixtures.row(caseNumber).status()).isEqualTo(CaseStatus.RECOMMENDATION_SENT);

		List<RecommendationView> mine = as(submitter, () -> recommendations.mine());
		assertThat(mine).hasSize(1);
		RecommendationView view = mine.get(0);
		assertThat(view.items()).extracting(RecommendationView.Item::title)
			.containsExactly(desk.title(), programme.title(), "Leitfaden Transformation", training.title());
		assertThat(view.items().get(3).url()).isEqualTo(training.url());
		assertThat(view.items().get(0).note()).isEqualTo("Vor Ort in Plauen");
		run(submitter, () -> recommendations.feedback(view.items().get(0).id(), true));
		run(submitter, () -> recommendations.feedback(view.items().get(1).id(), false));
		// nobody else can give feedback on it
		assertThatThrownBy(() -> run(accounts.user(Role.EMPLOYEE), () -> recommendations.feedback(view.items().get(2).id(), true)))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(as(advisor, () -> recommendations.ofCase(caseNumber)).get(0).items())
			.extracting(RecommendationView.Item::helpful)
			.containsExactly(true, false, null, null);
		assertThat(mvc.get().uri("/beratung/faelle/" + caseNumber).with(user(advisor)).exchange()).bodyText()
			.contains("hilfreich").contains("nicht hilfreich").contains("noch keine Rückmeldung");
		assertThat(mvc.get().uri("/empfehlungen").with(user(submitter)).exchange()).bodyText()
			.contains("Diese Stellen helfen Ihnen weiter.").contains("Leitfaden Transformation");
	}

	@Test
	void aRefusedRecommendationComesBackWithItsPicksNotesAndLinkAndIsSentOnceComplete() {
		String caseNumber = fixtures.submit(submitter);
		List<RecommendationOption> options = as(advisor, () -> recommendations.options("", "vogtlandkreis", Locale.GERMAN));
		RecommendationOption desk = options.stream().filter(o -> o.kind() == RecommendationKind.HELPDESK).findFirst().orElseThrow();
		String chosen = String.valueOf(options.indexOf(desk));
		String other = chosen.equals("0") ? "1" : "0";
		// what the page sends: every offered option, one of them picked with a note
		Map<String, String> typed = new java.util.LinkedHashMap<>();
		for (int index = 0; index < options.size(); index++) {
			RecommendationOption option = options.get(index);
			typed.put("choices[" + index + "].kind", option.kind().name());
			typed.put("choices[" + index + "].reference", option.reference());
			typed.put("choices[" + index + "].title", option.title());
			typed.put("choices[" + index + "].url", option.url());
		}
		typed.put("choices[" + chosen + "].picked", "true");
		typed.put("choices[" + chosen + "].note", "Vor Ort in Plauen");
		typed.put("contentTitle", "Leitfaden");
		typed.put("contentUrl", "https://example.org/leitfaden");

		var refused = mvc.post().uri("/beratung/faelle/" + caseNumber + "/empfehlung").with(user(advisor)).with(csrf());
		typed.forEach(refused::param);
		MvcTestResult page = refused.param("message", " ").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Bitte prüfen Sie Ihre Eingaben.")
			.containsPattern("id=\"pick-" + chosen + "\" value=\"true\"\\s+checked=\"checked\"")
			.containsPattern("id=\"pick-" + other + "\" value=\"true\"\\s*>")
			.contains("value=\"Vor Ort in Plauen\"")
			.contains("value=\"https://example.org/leitfaden\"");
		assertThat(as(advisor, () -> recommendations.ofCase(caseNumber))).isEmpty();

		var complete = mvc.post().uri("/beratung/faelle/" + caseNumber + "/empfehlung").with(user(advisor)).with(csrf());
		typed.forEach(complete::param);
		assertThat(complete.param("message", "Diese Stellen helfen Ihnen weiter.").exchange())
			.flash().containsEntry("message", "helpdesk.recommend.sent");
		assertThat(as(advisor, () -> recommendations.ofCase(caseNumber))).singleElement()
			.satisfies(sent -> assertThat(sent.items())
				.extracting(RecommendationView.Item::kind, RecommendationView.Item::title, RecommendationView.Item::note)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(RecommendationKind.HELPDESK, desk.title(), "Vor Ort in Plauen"),
						org.assertj.core.groups.Tuple.tuple(RecommendationKind.CONTENT, "Leitfaden", null)));
	}

	@Test
	void theAdvisorIsOfferedLearningContentsForTheCasesActionField() {
		// a topic the region's help-desk topics file gives an action field (OTHER has none, and gets no contents)
		String caseNumber = as(submitter, () -> inquiries.submit(new InquiryRequest(Topic.QUALIFICATION_FUNDING,
				"vogtlandkreis", "Wir suchen Weiterbildung für unsere Beschäftigten in der Montage.", ContactChannel.EMAIL,
				"vormittags", null, null, null, true, List.of())));
		assertThat(as(advisor, () -> recommendations.options("", "vogtlandkreis", Topic.OTHER, Locale.GERMAN)))
			.noneMatch(option -> option.kind() == RecommendationKind.CONTENT);
		List<RecommendationOption> contents = as(advisor,
				() -> recommendations.options("", "vogtlandkreis", Topic.QUALIFICATION_FUNDING, Locale.GERMAN))
			.stream()
			.filter(option -> option.kind() == RecommendationKind.CONTENT)
			.toList();
		assertThat(contents).as("library items and courses of the topic's action field").isNotEmpty()
			.allSatisfy(option -> assertThat(option.url()).matches("/(wissen|lernen/kurse)/.+"));
		assertThat(mvc.get().uri("/beratung/faelle/" + caseNumber + "/empfehlung").with(user(advisor)).exchange())
			.bodyText()
			.contains(contents.get(0).title());
	}

	@Test
	void trainingOffersTheCatalogueDoesNotPublishAreRefused() {
		String caseNumber = fixtures.submit(submitter);
		for (String reference : List.of("999999999", "kein-angebot", "")) {
			assertThatThrownBy(() -> as(advisor, () -> recommendations.send(caseNumber, new RecommendationDraft("Hallo",
					List.of(new RecommendationDraft.Item(RecommendationKind.TRAINING, reference, "Kurs", "/weiterbildung/42", null))),
					Locale.GERMAN)))
				.isInstanceOfSatisfying(FieldProblems.class,
						ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("helpdesk.recommend.items.unknown"));
		}
		assertThat(as(advisor, () -> recommendations.ofCase(caseNumber))).isEmpty();
	}

	@Test
	void figuresCountInquiriesResponsesOutcomesAndAppointmentsPerDimension() {
		LocalDate today = LocalDate.now(fixtures.clock.withZone(SaxonWorkingDays.ZONE));
		List<FigureRow> before = figures.figures(today.minusDays(1), today, HelpdeskFigures.Dimension.DISTRICT);
		long vogtlandBefore = before.stream().filter(r -> r.key().equals("vogtlandkreis")).mapToLong(FigureRow::inquiries).sum();
		String caseNumber = fixtures.submit(submitter);
		run(advisor, () -> caseWork.message(caseNumber, "Erste Antwort."));
		run(advisor, () -> caseWork.changeStatus(caseNumber, fixtures.row(caseNumber).version(), CaseStatus.CLOSED, Outcome.REFERRED));
		FigureRow vogtland = figures.figures(today.minusDays(1), today, HelpdeskFigures.Dimension.DISTRICT)
			.stream().filter(r -> r.key().equals("vogtlandkreis")).findFirst().orElseThrow();
		assertThat(vogtland.inquiries()).isEqualTo(vogtlandBefore + 1);
		assertThat(vogtland.closedByOutcome().get(Outcome.REFERRED)).isPositive();
		assertThat(vogtland.averageFirstResponseHours()).isNotNull();
		assertThat(figures.figures(today.minusDays(1), today, HelpdeskFigures.Dimension.TOPIC))
			.anySatisfy(row -> assertThat(row.key()).isEqualTo("OTHER"));
		// demo data: booked appointments in the past count as held
		assertThat(figures.figures(today.minusYears(1), today, HelpdeskFigures.Dimension.PARTNER))
			.anySatisfy(row -> assertThat(row.appointmentsHeld()).isPositive());
		assertThat(mvc.get().uri("/beratung/kennzahlen?nach=TOPIC").with(user(advisor)).exchange()).bodyText()
			.contains("data-chart=\"bar\"").contains("Sonstiges");
		assertThat(mvc.get().uri("/beratung/kennzahlen").with(user(accounts.user(Role.ADVISOR))).exchange()).hasStatus(403);
	}

	@Test
	void aDeletedPersonsInquiriesAreAnonymisedButCountedAndExportedBefore() {
		PlatformUser leaving = accounts.user(Role.EMPLOYEE, Role.COORDINATOR, Role.PROVIDER);
		String caseNumber = as(leaving, () -> fixtures.inquiries.submit(HelpdeskFixtures.request(
				"Mein Name ist Erika Muster und ich suche eine Umschulung.", List.of(new Upload("zeugnis.pdf", AttachmentRulesUnitTests.PDF)))));
		run(advisor, () -> caseWork.message(caseNumber, "Guten Tag Frau Muster."));
		long slot = fixtures.freeSlot(advisor, team, Duration.ofDays(8));
		run(leaving, () -> appointments.book(slot, caseNumber));

		Map<String, Object> export = personalData.export(leaving.id());
		assertThat(export.get("inquiries").toString()).contains(caseNumber).contains("Erika Muster").contains("zeugnis.pdf")
			.contains("Guten Tag Frau Muster.");
		assertThat(export.get("appointments").toString()).contains("VIDEO");

		personalData.erase(leaving.id());
		Inquiry row = fixtures.row(caseNumber);
		assertThat(row.submitterId()).isNull();
		assertThat(row.submitterEmail()).isNull();
		assertThat(row.description()).isEmpty();
		assertThat(row.anonymised()).isTrue();
		assertThat(row.topic()).isEqualTo(Topic.OTHER);
		assertThat(fixtures.cases.attachments(row.id())).isEmpty();
		assertThat(fixtures.cases.events(row.id(), false)).allSatisfy(event -> assertThat(event.text()).isNull());
		assertThat(fixtures.slots.find(slot).orElseThrow().summary().bookedBy()).isNull();
		assertThat(personalData.export(leaving.id()).get("inquiries").toString()).doesNotContain(caseNumber);
	}

	@Test
	void theExportAndTheErasureTakeInVisitorInquiriesFromTheVerifiedAddressRecommendationsFeedbackAndTheHistory() {
		PlatformUser leaving = accounts.person("Erna Entfernt " + HelpdeskFixtures.SEQUENCE.incrementAndGet());
		String own = fixtures.submit(leaving);
		// the same person asked before as a visitor, from the address the account has verified (in German)
		org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.GERMAN);
		fixtures.inquiries.submitAsVisitor(new InquiryRequest(Topic.OTHER, "vogtlandkreis",
				"Als Besucherin gefragt: Wie finde ich eine Umschulung?", ContactChannel.EMAIL, null,
				leaving.getDisplayName(), leaving.email().toUpperCase(Locale.ROOT), null, true, List.of()), "192.0.2.10");
		String token = de.itas.platform.accounts.Mails.token(de.itas.platform.accounts.Mails.to(outbox, leaving.email()).stream()
			.filter(mail -> mail.subject().equals("Bitte bestätigen Sie Ihr Anliegen")).findFirst().orElseThrow());
		String visited = fixtures.inquiries.confirm(token).orElseThrow();
		org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		// and once more, never confirmed
		fixtures.inquiries.submitAsVisitor(new InquiryRequest(Topic.OTHER, "vogtlandkreis",
				"Nie bestätigt, von derselben Adresse.", ContactChannel.EMAIL, null, leaving.getDisplayName(),
				leaving.email(), null, true, List.of()), "192.0.2.11");
		List<RecommendationOption> options = as(advisor, () -> recommendations.options("", "vogtlandkreis", Locale.GERMAN));
		RecommendationOption desk = options.stream().filter(o -> o.kind() == RecommendationKind.HELPDESK).findFirst().orElseThrow();
		as(advisor, () -> recommendations.send(own, new RecommendationDraft("Für Sie, Frau Entfernt: diese Stelle.",
				List.of(new RecommendationDraft.Item(RecommendationKind.HELPDESK, desk.reference(), null, null, "Fragen Sie nach Frau Entfernt"))),
				Locale.GERMAN));
		RecommendationView.Item item = as(leaving, () -> recommendations.mine()).get(0).items().get(0);
		run(leaving, () -> recommendations.feedback(item.id(), true));

		Map<String, Object> export = personalData.export(leaving.id());
		assertThat(export.get("inquiries").toString()).contains(own, visited, "Als Besucherin gefragt", "visitor")
			.contains("Für Sie, Frau Entfernt: diese Stelle.", desk.title(), "Fragen Sie nach Frau Entfernt", "feedback=helpful")
			.doesNotContain("Nie bestätigt");

		personalData.erase(leaving.id());

		for (String caseNumber : List.of(own, visited)) {
			Inquiry row = fixtures.row(caseNumber);
			assertThat(row.anonymised()).as(caseNumber).isTrue();
			assertThat(row.submitterEmail()).isNull();
			assertThat(row.submitterName()).isEqualTo("-");
			assertThat(fixtures.cases.events(row.id(), false)).as("the history no longer names her")
				.noneMatch(event -> event.actorName().equals(leaving.getDisplayName()));
		}
		assertThat(jdbc.sql("SELECT count(*) FROM helpdesk.case_event WHERE actor_id = ?").param(leaving.id())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM helpdesk.inquiry WHERE lower(submitter_email) = lower(?)")
			.param(leaving.email()).query(Long.class).single()).as("the unconfirmed one is gone").isZero();
		long ownId = fixtures.row(own).id();
		assertThat(jdbc.sql("SELECT message FROM helpdesk.recommendation WHERE inquiry_id = ?").param(ownId)
			.query(String.class).list()).containsExactly("");
		assertThat(jdbc.sql("""
				SELECT i.note, i.helpful FROM helpdesk.recommendation_item i
				JOIN helpdesk.recommendation r ON r.id = i.recommendation_id WHERE r.inquiry_id = ?""")
			.param(ownId)
			.query((rs, n) -> rs.getString(1) + "/" + rs.getBoolean(2))
			.list()).as("what was recommended and the feedback stay, the note naming her does not")
			.containsExactly("null/true");
		assertThat(personalData.export(leaving.id()).get("inquiries").toString()).doesNotContain(own, visited);
	}

	@Test
	void anAdvisorsErasureLeavesNoTraceInTheHelpDeskButKeepsTheCasesBookingsAndRecommendations() {
		PlatformUser departing = accounts.user(Role.ADVISOR, Role.PROVIDER, Role.COMPANY_MEMBER, Role.EMPLOYEE);
		fixtures.teams.addMember(team, departing.id());
		String caseNumber = fixtures.submit(submitter);
		run(departing, () -> caseWork.assign(caseNumber, fixtures.row(caseNumber).version(), departing.id()));
		run(departing, () -> caseWork.message(caseNumber, "Ich kümmere mich darum."));
		List<RecommendationOption> options = as(departing, () -> recommendations.options("", "vogtlandkreis", Locale.GERMAN));
		RecommendationOption desk = options.stream().filter(o -> o.kind() == RecommendationKind.HELPDESK).findFirst().orElseThrow();
		as(departing, () -> recommendations.send(caseNumber, new RecommendationDraft("Diese Stelle hilft.",
				List.of(new RecommendationDraft.Item(RecommendationKind.HELPDESK, desk.reference(), null, null, null))),
				Locale.GERMAN));
		long free = fixtures.freeSlot(departing, team, Duration.ofDays(30));
		long booked = fixtures.freeSlot(departing, team, Duration.ofDays(31));
		run(submitter, () -> appointments.book(booked, caseNumber));

		personalData.erase(departing.id());

		assertThat(helpdeskTraces(List.of(departing.id().toString(), departing.getDisplayName()))).isEmpty();
		Inquiry row = fixtures.row(caseNumber);
		assertThat(row.assigneeId()).isNull();
		assertThat(row.anonymised()).as("the submitter's case stays whole").isFalse();
		assertThat(fixtures.slots.find(free)).isEmpty();
		assertThat(fixtures.slots.find(booked).orElseThrow().summary().bookedBy()).isEqualTo(submitter.id());
		assertThat(as(submitter, () -> recommendations.mine())).anySatisfy(view -> assertThat(view.message()).isEqualTo("Diese Stelle hilft."));
	}

	/** Every text or uuid column of the help desk's tables that contains one of the values. */
	private List<String> helpdeskTraces(List<String> values) {
		List<String> found = new java.util.ArrayList<>();
		List<Map<String, Object>> columns = jdbc.sql("""
				SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'helpdesk'
				  AND data_type IN ('text', 'character varying', 'character', 'uuid')""")
			.query()
			.listOfRows();
		assertThat(columns).hasSizeGreaterThan(20);
		for (Map<String, Object> column : columns) {
			for (String value : values) {
				long hits = jdbc.sql("SELECT count(*) FROM helpdesk." + column.get("table_name") + " WHERE position(? in \""
						+ column.get("column_name") + "\"::text) > 0")
					.param(value)
					.query(Long.class)
					.single();
				if (hits > 0) {
					found.add(column.get("table_name") + "." + column.get("column_name") + " contains " + value);
				}
			}
		}
		return found;
	}

}
