package de.itas.platform.trainings;

import static de.itas.platform.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.notifications.Delivery;
import de.itas.platform.shared.notifications.NotificationInbox;
import de.itas.platform.shared.notifications.NotificationPreferences;
import de.itas.platform.shared.notifications.NotificationView;
import de.itas.platform.shared.notifications.TestDigests;
import de.itas.platform.shared.security.PlatformUser;

/** Registrations tell participants through the notifications, by mail only as each participant chose. */
@PlatformTest
class TrainingsNotificationTests {

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	TestDigests digests;

	@Autowired
	Outbox outbox;

	@Test
	void aParticipantWhoWantsNoMailStillFindsTheRegistrationAndGetsCancellationsInTheDigest() {
		OrganisationSummary provider = fixtures.provider("Hinweis " + TrainingsFixtures.token());
		String title = "Hinweiskurs " + TrainingsFixtures.token();
		long offer = fixtures.offer(provider, TrainingsFixtures.draft(title, 16, 300, false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(10, "Zwickau", "zwickau", 5));
		PlatformUser person = fixtures.person(TrainingsFixtures.token() + "-hinweis");
		preferences.choose(person.id(), TrainingsNotifications.REGISTRATION, Delivery.OFF);
		preferences.choose(person.id(), TrainingsNotifications.CANCELLATION, Delivery.DAILY);

		RegistrationSummary registration = as(person, () -> registrations.registerSelf(run));
		assertThat(Mails.to(outbox, person.email())).isEmpty();
		assertThat(inbox.page(person.id(), 0, Locale.GERMAN).items()).singleElement().satisfies(item -> {
			assertThat(item.title()).startsWith("Anmeldung bestätigt: „" + title + "“ ab ");
			assertThat(item.link()).isEqualTo("/meine-weiterbildungen");
		});

		as(fixtures.staff(provider), () -> {
			registrations.cancelByProvider(registration.id());
			return null;
		});
		assertThat(Mails.to(outbox, person.email())).as("the cancellation waits for the digest").isEmpty();
		assertThat(inbox.page(person.id(), 0, Locale.GERMAN).items()).extracting(NotificationView::title)
			.first().asString().startsWith("Anmeldung storniert: „" + title + "“");

		assertThat(digests.run(Delivery.DAILY, TestDigests.nextDay())).isPositive();
		Outbox.StoredMail digest = Mails.single(outbox, person.email());
		assertThat(digest.subject()).isEqualTo("Ihre Benachrichtigung des Tages");
		assertThat(digest.text()).contains("Anmeldung storniert: „" + title + "“").doesNotContain("Anmeldung bestätigt");
	}

}
