package de.itas.platform.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/** Submitting inquiries through the pages: signed in, as a visitor with confirmation, and refused input. */
@PlatformTest
class InquiryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	private long inquiryCount() {
		return jdbc.sql("SELECT count(*) FROM helpdesk.inquiry").query(Long.class).single();
	}

	@Test
	void theFormPreselectsTheTopicFromTheLinkAndIsOpenToVisitors() {
		MvcTestResult result = mvc.get().uri("/anliegen/neu?thema=REORIENTATION").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("<option value=\"REORIENTATION\" selected=\"selected\">Berufliche Neuorientierung</option>");
		assertThat(result).bodyText().contains("Ihr Name");
		assertThat(mvc.get().uri("/anliegen/neu?thema=QUALIFICATION_FUNDING").exchange()).bodyText()
			.contains("<option value=\"QUALIFICATION_FUNDING\" selected=\"selected\">");
	}

	@Test
	void aSignedInPersonSubmitsWithAPdfAndSeesTheCaseNumberAndStatus() {
		PlatformUser employee = accounts.user(Role.EMPLOYEE);
		MvcTestResult result = mvc.post()
			.uri("/anliegen/neu")
			.multipart()
			.file(new MockMultipartFile("attachments", "lebenslauf.pdf", "application/pdf", AttachmentRulesUnitTests.PDF))
			.param("topic", "REORIENTATION")
			.param("districtCode", "zwickau")
			.param("description", "Ich möchte mich nach 15 Jahren in der Montage beruflich neu orientieren.")
			.param("contactChannel", "PHONE")
			.param("phone", "0375 123456")
			.param("contactTimes", "nachmittags")
			.param("consent", "true")
			.with(user(employee))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/anliegen/HD-\\d{4}-\\d+");
		String caseNumber = location.substring("/anliegen/".length());

		Inquiry row = fixtures.row(caseNumber);
		assertThat(row.submitterId()).isEqualTo(employee.id());
		assertThat(row.status()).isEqualTo(CaseStatus.NEW);
		assertThat(row.teamCode()).as("reorientation goes to the employment agency in Zwickau").isEqualTo("aa-zwickau");
		assertThat(row.firstResponseDue()).isAfter(row.submittedAt());
		assertThat(fixtures.cases.attachments(row.id())).extracting(AttachmentInfo::contentType).containsExactly("application/pdf");

		assertThat(Mails.to(outbox, employee.email())).anySatisfy(mail -> {
			assertThat(mail.subject()).isEqualTo("Ihr Anliegen ist eingegangen");
			assertThat(mail.text()).contains(caseNumber);
		});
		assertThat(mvc.get().uri("/anliegen").with(user(employee)).exchange()).bodyText().contains(caseNumber).contains("neu");
		MvcTestResult page = mvc.get().uri(location).with(user(employee)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Anliegen " + caseNumber).contains("lebenslauf.pdf");
	}

	@Test
	void anInquiryOfAPersonInOneCompanyCountsForThatCompany() {
		String token = UUID.randomUUID().toString().substring(0, 8);
		UUID company = organisations.ensure("Anfragebetrieb " + token + " GmbH", OrganisationKind.COMPANY, "zwickau", null)
			.id();
		PlatformUser member = memberships.member("anfrage-" + token + "@test.itas.local", company, Role.COMPANY_MEMBER);
		PlatformUser employee = accounts.user(Role.EMPLOYEE);

		assertThat(organisationOf(submit(member))).isEqualTo(company);
		assertThat(organisationOf(submit(employee))).as("a person in no company asks for no company").isNull();
	}

	private String submit(PlatformUser person) {
		MvcTestResult result = mvc.post()
			.uri("/anliegen/neu")
			.multipart()
			.param("topic", "QUALIFICATION_FUNDING")
			.param("districtCode", "zwickau")
			.param("description", "Wir suchen eine geförderte Weiterbildung für drei Beschäftigte.")
			.param("contactChannel", "EMAIL")
			.param("consent", "true")
			.with(user(person))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		return result.getResponse().getRedirectedUrl().substring("/anliegen/".length());
	}

	private @Nullable UUID organisationOf(String caseNumber) {
		return jdbc.sql("SELECT organisation_id FROM helpdesk.inquiry WHERE case_number = ?")
			.param(caseNumber)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.single()
			.orElse(null);
	}

	@Test
	void refusedInputShowsEveryProblemAndSavesNothing() {
		PlatformUser member = accounts.user(Role.COMPANY_MEMBER);
		long before = inquiryCount();
		int mailsBefore = Mails.to(outbox, member.email()).size();
		MvcTestResult result = mvc.post()
			.uri("/anliegen/neu")
			.multipart()
			.file(new MockMultipartFile("attachments", "rechnung.pdf", "application/pdf", AttachmentRulesUnitTests.EXE))
			.param("districtCode", "zwickau")
			.param("description", "zu kurz")
			.param("contactChannel", "PHONE")
			.with(user(member))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Bitte prüfen Sie Ihre Eingaben.")
			.contains("Bitte wählen Sie ein Thema.")
			.contains("Bitte beschreiben Sie Ihr Anliegen mit mindestens 20 Zeichen.")
			.contains("Für einen Rückruf brauchen wir Ihre Telefonnummer.")
			.contains("Die Datei „rechnung.pdf“ ist kein PDF, Bild oder Office-Dokument.")
			.contains("Ohne Ihre Einwilligung können wir Ihr Anliegen nicht bearbeiten.")
			.contains("zu kurz");
		assertThat(inquiryCount()).isEqualTo(before);
		assertThat(Mails.to(outbox, member.email())).hasSize(mailsBefore);
	}

	@Test
	void anOverlongDescriptionIsRefusedWithItsLength() {
		PlatformUser member = accounts.user(Role.COMPANY_MEMBER);
		String text = "x".repeat(5001);
		assertThatThrownBy(() -> HelpdeskFixtures.as(member,
				() -> fixtures.inquiries.submit(HelpdeskFixtures.request(text, List.of()))))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("description", "helpdesk.inquiry.description.too-long",
						List.of(5000, 5001))));
	}

	@Test
	void aVisitorConfirmsByTheLinkOnceAndThenGetsTheCaseNumber() {
		String email = "besuch-" + java.util.UUID.randomUUID() + "@example.org";
		MvcTestResult result = mvc.post()
			.uri("/anliegen/neu")
			.multipart()
			.param("topic", "QUALIFICATION_FUNDING")
			.param("districtCode", "erzgebirgskreis")
			.param("description", "Wir möchten drei Beschäftigte zu CNC-Fachkräften weiterbilden lassen.")
			.param("contactChannel", "EMAIL")
			.param("name", "Vera Besucherin")
			.param("email", email)
			.param("consent", "true")
			.with(csrf())
			.exchange();
		assertThat(result).hasRedirectedUrl("/anliegen/gesendet");
		Outbox.StoredMail mail = Mails.single(outbox, email);
		assertThat(mail.subject()).isEqualTo("Bitte bestätigen Sie Ihr Anliegen");
		String link = Mails.link(mail);
		String token = Mails.token(mail);
		assertThat(jdbc.sql("SELECT count(*) FROM helpdesk.inquiry WHERE confirm_token = ?").param(token).query(Long.class).single())
			.as("only the hash of the token is stored")
			.isZero();

		// opening the link changes nothing; the confirming click does
		assertThat(mvc.get().uri(link).exchange()).bodyText().contains("Anliegen bestätigen");
		assertThat(Mails.to(outbox, email)).hasSize(1);
		MvcTestResult confirmed = mvc.post().uri("/anliegen/bestaetigen").param("token", token).with(csrf()).exchange();
		assertThat(confirmed).bodyText().containsPattern("Fallnummer HD-\\d{4}-\\d+ eingegangen");
		assertThat(Mails.to(outbox, email)).anySatisfy(sent -> assertThat(sent.subject()).isEqualTo("Ihr Anliegen ist eingegangen"));
		assertThat(mvc.post().uri("/anliegen/bestaetigen").param("token", token).with(csrf()).exchange()).bodyText()
			.contains("Dieser Link ist ungültig");
	}

	@Test
	void anUnconfirmedVisitorInquiryIsInNoInbox() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		String email = "unbestaetigt-" + java.util.UUID.randomUUID() + "@example.org";
		fixtures.inquiries.submitAsVisitor(new InquiryRequest(Topic.OTHER, "zwickau",
				"Dieses Anliegen wird nie bestätigt und darf nirgends erscheinen.", ContactChannel.EMAIL, null, "Nie",
				email, null, true, List.of()), "198.51.100.1");
		Inbox all = HelpdeskFixtures.as(coordinator,
				() -> fixtures.inquiries == null ? null : caseWork.inbox(new InboxFilter(InboxFilter.Scope.ALL, null, null, null, false)));
		assertThat(all.cases()).noneMatch(summary -> summary.submitterName().equals("Nie"));
	}

	@Autowired
	CaseWork caseWork;

}
