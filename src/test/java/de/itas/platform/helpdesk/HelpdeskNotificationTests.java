package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.notifications.Delivery;
import de.itas.platform.shared.notifications.NotificationInbox;
import de.itas.platform.shared.notifications.NotificationPreferences;
import de.itas.platform.shared.notifications.NotificationView;
import de.itas.platform.shared.notifications.TestDigests;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The help desk tells signed-in people through the notifications: each entry lands in their list, and the
 * mail follows their choice per kind (at once by default, in the digest when they chose it).
 */
@PlatformTest
class HelpdeskNotificationTests {

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CaseWork caseWork;

	@Autowired
	Appointments appointments;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	TestDigests digests;

	@Autowired
	Outbox outbox;

	PlatformUser advisor;
	String team;

	@BeforeEach
	void team() {
		advisor = accounts.user(Role.ADVISOR);
		team = fixtures.team("benachrichtigung", advisor);
		fixtures.routeOtherFromVogtland(team);
	}

	private PlatformUser person() {
		return accounts.person("Hella Hilfe " + UUID.randomUUID().toString().substring(0, 8));
	}

	private java.util.List<String> titles(PlatformUser person) {
		return inbox.page(person.id(), 0, Locale.GERMAN).items().stream().map(NotificationView::title).toList();
	}

	@Test
	void anAnswerWaitsForTheDailyDigestWhenThePersonChoseIt() {
		PlatformUser submitter = person();
		String caseNumber = fixtures.submit(submitter);
		assertThat(Mails.single(outbox, submitter.email()).subject()).as("received, mailed at once by default")
			.isEqualTo("Ihr Anliegen ist eingegangen");
		assertThat(titles(submitter)).containsExactly("Ihr Anliegen " + caseNumber + " ist eingegangen");

		preferences.choose(submitter.id(), HelpdeskNotifications.CASE_ANSWERED, Delivery.DAILY);
		run(advisor, () -> caseWork.message(caseNumber, "Guten Tag, wir rufen Sie morgen an."));
		assertThat(Mails.to(outbox, submitter.email())).as("no mail at once").hasSize(1);
		assertThat(titles(submitter)).first().isEqualTo("Neue Nachricht zu Ihrem Anliegen " + caseNumber);

		assertThat(digests.run(Delivery.DAILY, TestDigests.nextDay())).isPositive();
		assertThat(Mails.to(outbox, submitter.email())).hasSize(2)
			.anySatisfy(mail -> assertThat(mail.text()).contains("Neue Nachricht zu Ihrem Anliegen " + caseNumber,
					"/anliegen/" + caseNumber));
	}

	@Test
	void aBookingInTheDigestStillCarriesTheInvitation() {
		PlatformUser person = person();
		preferences.choose(person.id(), HelpdeskNotifications.APPOINTMENT, Delivery.DAILY);
		long slot = fixtures.freeSlot(advisor, team, Duration.ofDays(3));
		int advisorMails = Mails.to(outbox, advisor.email()).size();
		run(person, () -> appointments.book(slot, null));
		assertThat(Mails.to(outbox, person.email())).isEmpty();
		assertThat(Mails.to(outbox, advisor.email())).as("the advisor's choice is their own").hasSize(advisorMails + 1);
		assertThat(titles(person)).singleElement().asString().startsWith("Beratungstermin am ").endsWith("Uhr gebucht");

		assertThat(digests.run(Delivery.DAILY, TestDigests.nextDay())).isPositive();
		Outbox.StoredMail digest = Mails.single(outbox, person.email());
		assertThat(digest.text()).contains("/termine");
		assertThat(digest.attachments()).singleElement()
			.satisfies(file -> assertThat(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8))
				.contains("METHOD:REQUEST", "mailto:" + person.email()));
	}

}
