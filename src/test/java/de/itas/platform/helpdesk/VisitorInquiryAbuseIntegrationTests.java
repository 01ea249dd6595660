package de.itas.platform.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The anonymous inquiry form as an attacker uses it: to mail strangers, to fill the database, to store files
 * nobody confirms.
 */
@PlatformTest
class VisitorInquiryAbuseIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Inquiries inquiries;

	@Autowired
	CaseRepository cases;

	@Autowired
	UnconfirmedInquiryPurge purge;

	@Autowired
	HelpdeskSettings settings;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** Mails are written in the language of the request; these calls come without one. */
	@org.junit.jupiter.api.BeforeEach
	void german() {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
	}

	@org.junit.jupiter.api.AfterEach
	void noLocale() {
		org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
	}

	private static String mailbox(String name) {
		return name + "-" + UUID.randomUUID() + "@example.org";
	}

	private static String client() {
		return "203.0.113." + HelpdeskFixtures.SEQUENCE.incrementAndGet() % 250;
	}

	private static InquiryRequest request(String name, String email, String description, List<Upload> files) {
		return new InquiryRequest(Topic.OTHER, "zwickau", description, ContactChannel.EMAIL, null, name, email, null,
				true, files);
	}

	private long storedFor(String email) {
		return jdbc.sql("SELECT count(*) FROM helpdesk.inquiry WHERE submitter_email = ?").param(email).query(Long.class)
			.single();
	}

	@Test
	void theMailToAnUnconfirmedAddressCarriesNothingTheVisitorTyped() {
		String email = mailbox("opfer");
		String name = "Gewinnspiel: Sie haben gewonnen, melden Sie sich unter http://evil.example";
		inquiries.submitAsVisitor(request(name, email,
				"Bitte überweisen Sie die Gebühr auf das Konto DE00 1234 5678 9012 3456 78.", List.of()), client());
		Outbox.StoredMail mail = Mails.single(outbox, email);
		assertThat(mail.subject()).isEqualTo("Bitte bestätigen Sie Ihr Anliegen");
		assertThat(mail.subject() + mail.text()).doesNotContain("Gewinnspiel", "evil.example", "DE00", "überweisen");
		assertThat(mail.text()).startsWith("Guten Tag,");
	}

	@Test
	void oneMailboxGetsAtMostThreeConfirmationMailsADayFromAnyNumberOfClients() {
		String email = mailbox("zielscheibe");
		for (int i = 0; i < settings.visitorInquiriesPerMailbox(); i++) {
			inquiries.submitAsVisitor(request("Anna", email, "Ein Anliegen mit genügend vielen Zeichen " + i, List.of()),
					client());
		}
		assertThatThrownBy(() -> inquiries.submitAsVisitor(
				request("Anna", email, "Noch ein Anliegen mit genügend vielen Zeichen.", List.of()), client()))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems())
				.containsExactly(FieldProblem.ofForm("helpdesk.inquiry.too-many")));
		assertThat(Mails.to(outbox, email)).hasSize(3);
		assertThat(storedFor(email)).as("nothing of the refused one is saved").isEqualTo(3);
	}

	@Test
	void oneClientAddressIsRefusedAfterTenInquiriesAnHourWithTheFormKeptAsTyped() {
		String client = "198.51.100." + HelpdeskFixtures.SEQUENCE.incrementAndGet() % 250;
		for (int i = 0; i < settings.visitorInquiriesPerClient(); i++) {
			inquiries.submitAsVisitor(request("Flut", mailbox("flut"), "Ein Anliegen mit genügend vielen Zeichen.", List.of()),
					client);
		}
		String email = mailbox("flut");
		MvcTestResult refused = mvc.post()
			.uri("/anliegen/neu")
			.multipart()
			.param("topic", "OTHER")
			.param("districtCode", "zwickau")
			.param("description", "Das elfte Anliegen aus demselben Anschluss in einer Stunde.")
			.param("contactChannel", "EMAIL")
			.param("name", "Flut")
			.param("email", email)
			.param("consent", "true")
			.with(request -> {
				request.setRemoteAddr(client);
				return request;
			})
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText()
			.contains("Von Ihrem Anschluss oder an diese E-Mail-Adresse wurden gerade zu viele Anliegen gesendet.")
			.contains("Das elfte Anliegen aus demselben Anschluss in einer Stunde.")
			.contains(email);
		assertThat(storedFor(email)).isZero();
		assertThat(Mails.to(outbox, email)).isEmpty();
	}

	@Test
	void unconfirmedInquiriesAreDeletedWithTheirFilesOnceTheLinkHasExpired() {
		String expired = mailbox("abgelaufen");
		String waiting = mailbox("wartend");
		List<Upload> files = List.of(new Upload("anlage.pdf", AttachmentRulesUnitTests.PDF));
		inquiries.submitAsVisitor(request("Alt", expired, "Dieses Anliegen wird nie bestätigt werden.", files), client());
		inquiries.submitAsVisitor(request("Neu", waiting, "Dieses Anliegen kann noch bestätigt werden.", files), client());
		long old = jdbc.sql("SELECT id FROM helpdesk.inquiry WHERE submitter_email = ?").param(expired).query(Long.class).single();
		jdbc.sql("UPDATE helpdesk.inquiry SET submitted_at = ? WHERE id = ?")
			.params(Timestamp.from(clock.instant().minus(Inquiry.CONFIRMATION_VALIDITY).minus(Duration.ofMinutes(1))), old)
			.update();
		assertThat(cases.attachments(old)).hasSize(1);

		purge.hourly();

		assertThat(storedFor(expired)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM helpdesk.attachment WHERE inquiry_id = ?").param(old).query(Long.class).single())
			.isZero();
		assertThat(storedFor(waiting)).as("a link that is still valid keeps its inquiry").isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM helpdesk.inquiry WHERE confirmed AND submitted_at < ?")
			.param(Timestamp.from(clock.instant().minus(Inquiry.CONFIRMATION_VALIDITY)))
			.query(Long.class)
			.single()).as("confirmed inquiries stay however old").isPositive();
	}

	@Test
	void filesWaitingForConfirmationAreBoundedInTotal() {
		String filler = mailbox("fuellung");
		inquiries.submitAsVisitor(request("Füllung", filler, "Ein Anliegen, das den Zwischenspeicher füllt.", List.of()),
				client());
		long id = jdbc.sql("SELECT id FROM helpdesk.inquiry WHERE submitter_email = ?").param(filler).query(Long.class).single();
		long room = settings.quarantineMaxBytes() - cases.quarantinedBytes();
		try {
			cases.addAttachment(id, "gross.pdf", "application/pdf", new byte[(int) room - 10]);
			String email = mailbox("spaeter");
			assertThatThrownBy(() -> inquiries.submitAsVisitor(request("Später", email,
					"Ein Anliegen mit Datei, während der Zwischenspeicher voll ist.",
					List.of(new Upload("anlage.pdf", AttachmentRulesUnitTests.PDF))), client()))
				.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
					.containsExactly("helpdesk.inquiry.attachments.quarantine-full"));
			assertThat(storedFor(email)).isZero();
			inquiries.submitAsVisitor(request("Später", email, "Dasselbe Anliegen ohne Datei geht durch.", List.of()),
					client());
			assertThat(storedFor(email)).isEqualTo(1);
		}
		finally {
			jdbc.sql("DELETE FROM helpdesk.inquiry WHERE id = ?").param(id).update();
		}
	}

}
