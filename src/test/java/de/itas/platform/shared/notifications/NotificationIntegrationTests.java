package de.itas.platform.shared.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.OutgoingMail;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The notifications kernel with the whole application: entries in the caller's transaction, mails after the
 * commit as each person chose per kind, digests once per day, unsubscribing without sign-in, the header count
 * and list, and the person's data.
 */
@PlatformTest
class NotificationIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	NotificationsPersonalData personalData;

	@Autowired
	NotificationKindRegistry kinds;

	@Autowired
	TestDigests digests;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvcTester mvc;

	private static String marker() {
		return "m" + UUID.randomUUID().toString().substring(0, 8);
	}

	private PlatformUser person() {
		return accounts.person("Nora Notiz " + marker());
	}

	private static Notification note(PlatformUser person, String kind, String marker) {
		return Notification.to(person.id(), kind, "testing.notification.title", "/testing/" + marker, marker);
	}

	/** The link in the mail's text that follows the label, as a path with query. */
	private static String unsubscribePath(Outbox.StoredMail mail) {
		String header = mail.headers().get("List-Unsubscribe");
		assertThat(header).as("List-Unsubscribe of %s", mail.subject()).startsWith("<http").endsWith(">");
		String url = header.substring(1, header.length() - 1);
		assertThat(mail.text()).contains(url);
		return url.replaceFirst("^https?://[^/]+", "");
	}

	@Test
	void theEntryIsWrittenInTheCallersTransactionAndIsGoneWhenItRollsBack() {
		PlatformUser person = person();
		String marker = marker();
		transactions.executeWithoutResult(status -> {
			notifications.notify(note(person, TestNotificationKinds.ALPHA, marker));
			assertThat(inbox.unread(person.id())).as("visible inside the transaction").isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(inbox.unread(person.id())).isZero();
		assertThat(inbox.page(person.id(), 0, Locale.GERMAN).items()).isEmpty();
		assertThat(Mails.to(outbox, person.email())).as("no mail for what did not happen").isEmpty();
	}

	@Test
	void theMailLeavesOnlyAfterTheCommitWithTitleLinkAndUnsubscribeHeaders() {
		PlatformUser person = person();
		String marker = marker();
		transactions.executeWithoutResult(status -> {
			notifications.notify(note(person, TestNotificationKinds.ALPHA, marker));
			assertThat(Mails.to(outbox, person.email())).as("nothing before the commit").isEmpty();
		});
		Outbox.StoredMail mail = Mails.single(outbox, person.email());
		assertThat(mail.subject()).isEqualTo("Testnachricht " + marker);
		assertThat(Mails.link(mail)).as("the first link is the notification's").isEqualTo("/testing/" + marker);
		assertThat(mail.text()).contains("Guten Tag " + person.getDisplayName(), "„Testart Alpha“",
				"/benachrichtigungen/einstellungen");
		assertThat(unsubscribePath(mail)).startsWith("/benachrichtigungen/abbestellen?token=");
		assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		assertThat(inbox.page(person.id(), 0, Locale.ENGLISH).items()).singleElement().satisfies(item -> {
			assertThat(item.title()).isEqualTo("Test message " + marker);
			assertThat(item.link()).isEqualTo("/testing/" + marker);
			assertThat(item.read()).isFalse();
		});
	}

	@Test
	void theModulesOwnMailTravelsWithItsAttachmentAndTheFooter() {
		PlatformUser person = person();
		String marker = marker();
		byte[] calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		notifications.notify(note(person, TestNotificationKinds.ALPHA, marker).withMail("testing.mail.note.subject",
				"testing/note", Map.of("marker", marker),
				List.of(new OutgoingMail.Attachment("termin.ics", "text/calendar; charset=UTF-8", calendar))));
		Outbox.StoredMail mail = Mails.single(outbox, person.email());
		assertThat(mail.subject()).isEqualTo("Testbetreff");
		assertThat(mail.text()).startsWith("Hier ist die Testnachricht " + marker).contains("abbestellen");
		assertThat(mail.attachments()).singleElement().satisfies(file -> {
			assertThat(file.fileName()).isEqualTo("termin.ics");
			assertThat(file.content()).isEqualTo(calendar);
		});
	}

	@Test
	void aMailThatCannotBeWrittenNeverUndoesTheAction() {
		PlatformUser person = person();
		String marker = marker();
		transactions.executeWithoutResult(status -> notifications.notify(note(person, TestNotificationKinds.ALPHA,
				marker).withMail("testing.mail.note.subject", "testing/no-such-template", Map.of())));
		assertThat(inbox.unread(person.id())).as("the action and its entry stay").isEqualTo(1);
		assertThat(Mails.to(outbox, person.email())).isEmpty();
	}

	@Test
	void anUndeclaredKindIsRefused() {
		PlatformUser person = person();
		assertThatThrownBy(() -> notifications.notify(note(person, "testing.undeclared", marker())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("testing.undeclared");
		assertThat(inbox.unread(person.id())).isZero();
	}

	@Test
	void eachPersonChoosesPerKindBetweenAtOnceDigestAndNoMail() {
		PlatformUser person = person();
		preferences.choose(person.id(), TestNotificationKinds.ALPHA, Delivery.OFF);
		preferences.choose(person.id(), TestNotificationKinds.STAFF, Delivery.DAILY);
		String off = marker();
		String daily = marker();
		String weekly = marker();
		notifications.notify(note(person, TestNotificationKinds.ALPHA, off));
		notifications.notify(note(person, TestNotificationKinds.STAFF, daily));
		notifications.notify(note(person, TestNotificationKinds.BETA, weekly));
		assertThat(Mails.to(outbox, person.email())).as("none at once").isEmpty();
		assertThat(inbox.unread(person.id())).as("the list shows all three").isEqualTo(3);

		LocalDate day = TestDigests.nextDay();
		assertThat(digests.run(Delivery.DAILY, day)).isPositive();
		Outbox.StoredMail dailyDigest = Mails.single(outbox, person.email());
		assertThat(dailyDigest.text()).contains("Testnachricht " + daily).doesNotContain(off, weekly);
		assertThat(digests.run(Delivery.WEEKLY, day)).isPositive();
		assertThat(Mails.to(outbox, person.email())).hasSize(2)
			.anySatisfy(mail -> assertThat(mail.text()).contains("Testnachricht " + weekly).doesNotContain(off, daily));

		preferences.choose(person.id(), TestNotificationKinds.ALPHA, Delivery.IMMEDIATE);
		notifications.notify(note(person, TestNotificationKinds.ALPHA, marker()));
		assertThat(Mails.to(outbox, person.email())).hasSize(3);
	}

	@Test
	void theDailyDigestSendsOneMailForSeveralNotificationsOncePerDayAcrossInstances() {
		PlatformUser person = person();
		preferences.choose(person.id(), TestNotificationKinds.ALPHA, Delivery.DAILY);
		String first = marker();
		String second = marker();
		String alreadyRead = marker();
		byte[] calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		notifications.notify(note(person, TestNotificationKinds.ALPHA, first).withMail("testing.mail.note.subject",
				"testing/note", Map.of("marker", first),
				List.of(new OutgoingMail.Attachment("termin.ics", "text/calendar; charset=UTF-8", calendar))));
		notifications.notify(note(person, TestNotificationKinds.ALPHA, second));
		notifications.notify(note(person, TestNotificationKinds.ALPHA, alreadyRead));
		long readId = inbox.page(person.id(), 0, Locale.GERMAN).items().get(0).id();
		assertThat(inbox.markRead(person.id(), readId)).isTrue();
		assertThat(Mails.to(outbox, person.email())).isEmpty();

		LocalDate day = TestDigests.nextDay();
		assertThat(digests.run(Delivery.DAILY, day)).isPositive();
		assertThat(digests.run(Delivery.DAILY, day)).as("a second instance on the same day").isEqualTo(-1);
		Outbox.StoredMail digest = Mails.single(outbox, person.email());
		assertThat(digest.subject()).isEqualTo("Ihre 2 Benachrichtigungen des Tages");
		assertThat(digest.text()).contains("Testnachricht " + first, "Testnachricht " + second, "/testing/" + first)
			.as("what the person has read already").doesNotContain(alreadyRead);
		assertThat(digest.attachments()).extracting(Outbox.StoredAttachment::fileName).containsExactly("termin.ics");
		assertThat(unsubscribePath(digest)).startsWith("/benachrichtigungen/abbestellen?token=");

		assertThat(digests.run(Delivery.DAILY, TestDigests.nextDay())).isNotEqualTo(-1);
		assertThat(Mails.to(outbox, person.email())).as("nothing is sent twice").hasSize(1);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM notification_attachment a JOIN notification n ON n.id = a.notification_id
				WHERE n.person_id = ?""", Integer.class, person.id())).as("attachments are kept only for the digest")
			.isZero();
	}

	@Test
	void theUnsubscribeLinkAsksFirstAndThenSwitchesTheKindOffWithoutSignIn() {
		PlatformUser person = person();
		notifications.notify(note(person, TestNotificationKinds.ALPHA, marker()));
		String link = unsubscribePath(Mails.single(outbox, person.email()));

		assertThat(mvc.get().uri(link).exchange()).hasStatusOk().bodyText()
			.contains("Möchten Sie die E-Mails zu „Testart Alpha“ abbestellen?");
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.ALPHA))
			.as("opening the link changes nothing (mail scanners open links)").isEqualTo(Delivery.IMMEDIATE);

		assertThat(mvc.post().uri(link).exchange()).as("no session, no CSRF token").hasStatusOk().bodyText()
			.contains("Sie erhalten keine E-Mails mehr zu „Testart Alpha“.");
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.ALPHA)).isEqualTo(Delivery.OFF);
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.BETA)).as("other kinds stay")
			.isEqualTo(Delivery.WEEKLY);
		notifications.notify(note(person, TestNotificationKinds.ALPHA, marker()));
		assertThat(Mails.to(outbox, person.email())).hasSize(1);
		assertThat(inbox.unread(person.id())).isEqualTo(2);
	}

	@Test
	void mailProgramsUnsubscribeWithOneClickAndForgedLinksAreRefused() {
		PlatformUser person = person();
		notifications.notify(note(person, TestNotificationKinds.ALPHA, marker()));
		String link = unsubscribePath(Mails.single(outbox, person.email()));
		String token = link.substring(link.indexOf("token=") + "token=".length());

		String forged = token.substring(0, token.indexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
		assertThat(mvc.get().uri("/benachrichtigungen/abbestellen?token={t}", forged).exchange()).hasStatus(404)
			.bodyText().contains("ungültig");
		assertThat(mvc.post().uri("/benachrichtigungen/abbestellen?token={t}", forged).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/benachrichtigungen/abbestellen").exchange()).hasStatus(404);
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.ALPHA)).isEqualTo(Delivery.IMMEDIATE);

		// RFC 8058: the mail program posts "List-Unsubscribe=One-Click" to the address in the header
		assertThat(mvc.post().uri(link).contentType("application/x-www-form-urlencoded")
			.content("List-Unsubscribe=One-Click").exchange()).hasStatusOk();
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.ALPHA)).isEqualTo(Delivery.OFF);
	}

	@Test
	void theDigestsLinkSwitchesOffEveryKindThatGoesIntoIt() {
		PlatformUser person = person();
		preferences.choose(person.id(), TestNotificationKinds.ALPHA, Delivery.DAILY);
		preferences.choose(person.id(), TestNotificationKinds.STAFF, Delivery.DAILY);
		notifications.notify(note(person, TestNotificationKinds.ALPHA, marker()));
		assertThat(digests.run(Delivery.DAILY, TestDigests.nextDay())).isPositive();
		String link = unsubscribePath(Mails.single(outbox, person.email()));
		notifications.notify(note(person, TestNotificationKinds.STAFF, marker()));

		assertThat(mvc.post().uri(link).exchange()).hasStatusOk().bodyText()
			.contains("Sie erhalten keine E-Mails mehr zu „tägliche Zusammenfassung“.");
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.ALPHA)).isEqualTo(Delivery.OFF);
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.STAFF)).isEqualTo(Delivery.OFF);
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.BETA)).isEqualTo(Delivery.WEEKLY);
		assertThat(digests.run(Delivery.DAILY, TestDigests.nextDay())).isNotEqualTo(-1);
		assertThat(Mails.to(outbox, person.email())).as("what waited is not sent any more").hasSize(1);
	}

	@Test
	void theHeaderShowsTheUnreadCountAndTheListPagesAsPageAndFragment() {
		PlatformUser person = person();
		assertThat(mvc.get().uri("/benachrichtigungen/kopf").with(user(person)).header("HX-Request", "true").exchange())
			.hasStatusOk().bodyText().contains("Benachrichtigungen").doesNotContain("ungelesen");
		String oldest = marker();
		notifications.notify(note(person, TestNotificationKinds.ALPHA, oldest));
		for (int i = 0; i < NotificationInbox.PAGE_SIZE; i++) {
			notifications.notify(note(person, TestNotificationKinds.BETA, "n" + i));
		}
		MvcTestResult header = mvc.get().uri("/benachrichtigungen/kopf").with(user(person)).header("HX-Request", "true")
			.exchange();
		assertThat(header).hasStatusOk().bodyText().contains("aria-label=\"Benachrichtigungen (21 ungelesen)\"")
			.doesNotContain("<html");
		assertThat(mvc.get().uri("/benachrichtigungen/kopf").with(user(person)).exchange())
			.hasRedirectedUrl("/benachrichtigungen");

		MvcTestResult page = mvc.get().uri("/benachrichtigungen").with(user(person)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("<html", "21 ungelesene Benachrichtigungen", "Testnachricht n19",
				"Weiter").doesNotContain("Testnachricht " + oldest);
		MvcTestResult second = mvc.get().uri("/benachrichtigungen?page=1").with(user(person)).header("HX-Request", "true")
			.exchange();
		assertThat(second).hasStatusOk().bodyText().contains("Testnachricht " + oldest, "href=\"/testing/" + oldest + "\"")
			.doesNotContain("<html", "Testnachricht n19");
		assertThat(mvc.get().uri("/benachrichtigungen").exchange()).as("visitors sign in first").hasStatus3xxRedirection();
	}

	@Test
	void onlyOnesOwnNotificationsCanBeMarkedRead() {
		PlatformUser person = person();
		PlatformUser other = person();
		notifications.notify(note(person, TestNotificationKinds.ALPHA, marker()));
		notifications.notify(note(person, TestNotificationKinds.ALPHA, marker()));
		notifications.notify(note(other, TestNotificationKinds.ALPHA, marker()));
		long mine = inbox.page(person.id(), 0, Locale.GERMAN).items().get(0).id();
		long theirs = inbox.page(other.id(), 0, Locale.GERMAN).items().get(0).id();

		assertThat(mvc.post().uri("/benachrichtigungen/{id}/gelesen", theirs).with(user(person)).with(csrf()).exchange())
			.hasStatus(404);
		assertThat(inbox.unread(other.id())).isEqualTo(1);
		assertThat(mvc.post().uri("/benachrichtigungen/{id}/gelesen", mine).with(user(person)).exchange())
			.as("without CSRF token").hasStatus(403);

		assertThat(mvc.post().uri("/benachrichtigungen/{id}/gelesen", mine).with(user(person)).with(csrf()).exchange())
			.hasRedirectedUrl("/benachrichtigungen");
		assertThat(inbox.unread(person.id())).isEqualTo(1);
		MvcTestResult all = mvc.post().uri("/benachrichtigungen/gelesen").with(user(person)).with(csrf())
			.header("HX-Request", "true").exchange();
		assertThat(all).hasStatusOk().hasHeader("HX-Trigger", "notifications-changed").bodyText()
			.contains("Alle Benachrichtigungen sind als gelesen markiert.", "Keine ungelesenen Benachrichtigungen")
			.doesNotContain("<html");
		assertThat(inbox.unread(person.id())).isZero();
		assertThat(inbox.unread(other.id())).isEqualTo(1);
	}

	@Test
	void theSettingsPageListsTheKindsForThePersonAndSavesTheirChoice() {
		PlatformUser person = person();
		assertThat(mvc.get().uri("/benachrichtigungen/einstellungen").with(user(person)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Testart Alpha", "Testart Beta", "Antworten der Beratung auf meine Anliegen",
					"Meine Anmeldungen zu Weiterbildungen", "Täglich als Zusammenfassung")
			.as("a kind for advisors only").doesNotContain("Testart nur für Beratung");

		assertThat(mvc.post().uri("/benachrichtigungen/einstellungen").with(user(person)).with(csrf())
			.param(TestNotificationKinds.ALPHA, "WEEKLY").param(TestNotificationKinds.BETA, "OFF").exchange())
			.hasRedirectedUrl("/benachrichtigungen/einstellungen")
			.flash().containsEntry("message", "notifications.settings.saved");
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.ALPHA)).isEqualTo(Delivery.WEEKLY);
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.BETA)).isEqualTo(Delivery.OFF);

		MvcTestResult refused = mvc.post().uri("/benachrichtigungen/einstellungen").with(user(person)).with(csrf())
			.param(TestNotificationKinds.ALPHA, "DAILY").param(TestNotificationKinds.BETA, "SOMETIMES").exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("Bitte wählen Sie eine der Möglichkeiten.",
				"value=\"DAILY\" checked");
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.ALPHA)).as("nothing half-saved")
			.isEqualTo(Delivery.WEEKLY);
	}

	@Test
	void thePersonsNotificationsAndChoicesAreExportedAndErased() {
		PlatformUser person = person();
		String marker = marker();
		preferences.choose(person.id(), TestNotificationKinds.BETA, Delivery.DAILY);
		notifications.notify(note(person, TestNotificationKinds.BETA, marker).withMail("testing.mail.note.subject",
				"testing/note", Map.of("marker", marker),
				List.of(new OutgoingMail.Attachment("termin.ics", "text/calendar", new byte[] { 1 }))));
		Map<String, Object> export = personalData.export(person.id());
		assertThat(export.get("notifications")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.singleElement()
			.satisfies(entry -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> fields = (Map<String, Object>) entry;
				assertThat(fields).containsEntry("title", "Testnachricht " + marker)
					.containsEntry("kind", TestNotificationKinds.BETA)
					.containsEntry("delivery", "DAILY");
			});
		assertThat(export.get("preferences")).isEqualTo(Map.of(TestNotificationKinds.BETA, "DAILY"));
		assertThat(mvc.get().uri("/api/v1/me/export").with(user(person)).exchange()).hasStatusOk().bodyJson()
			.extractingPath("$.notifications.notifications[0].link").isEqualTo("/testing/" + marker);

		transactions.executeWithoutResult(status -> personalData.erase(person.id()));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification WHERE person_id = ?", Integer.class,
				person.id())).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_preference WHERE person_id = ?",
				Integer.class, person.id())).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_attachment", Integer.class))
			.as("no attachment outlives its notification")
			.isEqualTo(jdbc.queryForObject("""
					SELECT count(*) FROM notification_attachment a JOIN notification n ON n.id = a.notification_id""",
					Integer.class));
	}

	@Test
	void everyDeclaredKindHasItsNameInGermanAndEnglish() {
		assertThat(kinds.all()).extracting(NotificationKind::id)
			.contains("helpdesk.case-answered", "helpdesk.appointment", "trainings.registration", "trainings.cancellation");
		for (NotificationKind kind : kinds.all()) {
			for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
				try {
					assertThat(messages.getMessage(kind.labelKey(), null, locale)).isNotBlank();
				}
				catch (NoSuchMessageException ex) {
					throw new AssertionError("No " + locale + " name for notification kind " + kind.id(), ex);
				}
			}
		}
	}

}
