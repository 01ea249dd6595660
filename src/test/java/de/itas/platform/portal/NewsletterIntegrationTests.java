package de.itas.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.MailPermanentlyFailed;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.LinkTokens;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The newsletter on the database, through the pages: double opt-in with its proof, no second mail within the hour,
 * the same answer for known and unknown addresses, expired links, one-click unsubscribe without CSRF token and its
 * mail headers, batch sending that reaches each confirmed subscriber exactly once and nobody unsubscribed or
 * bounced, and who may edit.
 */
@PlatformTest
class NewsletterIntegrationTests {

	/** An SMTP server of the test's own, for the issue mail on the wire (the application writes to the outbox). */
	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	NewsletterSubscriptions subscriptions;

	@Autowired
	NewsletterIssues issues;

	@Autowired
	NewsletterLinks links;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	private static String address(String name) {
		return name + "-" + System.nanoTime() + "@newsletter.test.itas.local";
	}

	private MvcTestResult signUp(String email, String... topics) {
		return mvc.post()
			.uri("/newsletter")
			.param("email", email)
			.param("topics", topics.length == 0 ? new String[] { "NEWS", "EVENTS" } : topics)
			.param("consent", "true")
			.with(csrf())
			.exchange();
	}

	/** Subscribes and confirms through the mail's link, as a visitor does. */
	private NewsletterSubscriptions.Subscriber confirmed(String email, String... topics) {
		assertThat(signUp(email, topics)).hasStatusOk();
		String link = Mails.link(Mails.single(outbox, email));
		assertThat(mvc.get().uri(link).exchange()).hasStatusOk();
		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(mvc.post().uri("/newsletter/bestaetigen").param("token", token).with(csrf()).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("bestätigt");
		return subscriptions.findByEmail(email).orElseThrow();
	}

	@Test
	void aSignUpIsConfirmedByItsLinkAndKeepsTheProof() {
		String email = address("proof");
		assertThat(signUp(email)).hasStatusOk().bodyText().contains("Bestätigungslink");
		NewsletterSubscriptions.Subscriber pending = subscriptions.findByEmail(email).orElseThrow();
		assertThat(pending.status()).isEqualTo("PENDING");
		assertThat(pending.topics()).containsExactlyInAnyOrder(NewsletterTopic.NEWS, NewsletterTopic.EVENTS);
		assertThat(pending.consentText()).contains("Einwilligung");
		assertThat(pending.consentVersion()).isEqualTo(NewsletterSubscriptions.CONSENT_VERSION);
		assertThat(pending.confirmedAt()).isNull();

		Outbox.StoredMail mail = Mails.single(outbox, email);
		String token = Mails.token(mail);
		assertThat(token).hasSize(43);
		String stored = jdbc.sql("SELECT token_hash FROM portal.newsletter_subscriber WHERE id = :id")
			.param("id", pending.id())
			.query(String.class)
			.single();
		assertThat(stored).as("only the hash is stored").isEqualTo(LinkTokens.hash(token)).doesNotContain(token);

		// opening the link asks for a click; only the click confirms
		assertThat(mvc.get().uri(Mails.link(mail)).exchange()).hasStatusOk();
		assertThat(subscriptions.findByEmail(email).orElseThrow().status()).isEqualTo("PENDING");
		assertThat(mvc.post().uri("/newsletter/bestaetigen").param("token", token).with(csrf()).exchange()).hasStatusOk();
		NewsletterSubscriptions.Subscriber done = subscriptions.findByEmail(email).orElseThrow();
		assertThat(done.status()).isEqualTo("CONFIRMED");
		assertThat(done.confirmedAt()).isNotNull().isAfterOrEqualTo(done.requestedAt());
		assertThat(mvc.get().uri(Mails.link(mail)).exchange()).as("a used link is gone").hasStatus(404);
	}

	@Test
	void aSecondSignUpWithinTheHourSendsNoSecondMailAndLaterOneDoes() {
		String email = address("twice");
		assertThat(signUp(email)).hasStatusOk();
		assertThat(signUp(email.toUpperCase(Locale.ROOT))).hasStatusOk();
		assertThat(Mails.to(outbox, email)).hasSize(1);
		jdbc.sql("UPDATE portal.newsletter_subscriber SET confirmation_sent_at = now() - interval '61 minutes' WHERE lower(email) = :email")
			.param("email", email)
			.update();
		assertThat(signUp(email)).hasStatusOk();
		assertThat(Mails.to(outbox, email)).hasSize(2);
	}

	@Test
	void thePageAnswersTheSameForSubscribedAndUnknownAddresses() throws Exception {
		NewsletterSubscriptions.Subscriber subscribed = confirmed(address("known"));
		String unknown = address("unknown");
		String known = normalise(signUp(subscribed.email()).getResponse().getContentAsString(), subscribed.email());
		String fresh = normalise(signUp(unknown).getResponse().getContentAsString(), unknown);
		assertThat(known).isEqualTo(fresh).contains("Bestätigungslink");
		assertThat(Mails.to(outbox, subscribed.email())).as("a confirmed address gets no new link").hasSize(1);
	}

	private static String normalise(String body, String email) throws Exception {
		return body.replace(email, "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("content=\"[^\"]{20,}\"", "");
	}

	@Test
	void anExpiredLinkSaysSoAndOffersANewOne() {
		String email = address("expired");
		signUp(email);
		String token = Mails.token(Mails.single(outbox, email));
		jdbc.sql("""
				UPDATE portal.newsletter_subscriber SET token_expires_at = now() - interval '1 minute',
				    confirmation_sent_at = now() - interval '49 hours' WHERE lower(email) = :email""")
			.param("email", email)
			.update();
		assertThat(mvc.get().uri("/newsletter/bestaetigen?token=" + token).exchange()).hasStatusOk()
			.bodyText()
			.contains("abgelaufen", "Neuen Bestätigungslink senden");
		assertThat(mvc.post().uri("/newsletter/bestaetigen").param("token", token).with(csrf()).exchange()).hasStatusOk();
		assertThat(subscriptions.findByEmail(email).orElseThrow().status()).as("an expired link confirms nothing")
			.isEqualTo("PENDING");
		assertThat(mvc.post().uri("/newsletter/bestaetigen/neu").param("token", token).with(csrf()).exchange())
			.hasStatusOk();
		List<Outbox.StoredMail> mails = Mails.to(outbox, email);
		assertThat(mails).hasSize(2);
		String fresh = Mails.token(mails.get(0));
		assertThat(fresh).isNotEqualTo(token);
		assertThat(mvc.post().uri("/newsletter/bestaetigen").param("token", fresh).with(csrf()).exchange()).hasStatusOk();
		assertThat(subscriptions.findByEmail(email).orElseThrow().status()).isEqualTo("CONFIRMED");
	}

	@Test
	void badInputIsRefusedWithMessagesAndNothingStored() {
		String email = address("bad");
		assertThat(mvc.post().uri("/newsletter").param("email", "kein-at-zeichen").with(csrf()).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("gültige E-Mail-Adresse", "mindestens ein Thema", "willigen Sie ein");
		assertThat(mvc.post().uri("/newsletter").param("email", email).param("topics", "NEWS").with(csrf()).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("willigen Sie ein");
		assertThat(subscriptions.findByEmail(email)).isEmpty();
		assertThat(Mails.to(outbox, email)).isEmpty();
	}

	@Test
	void oneClickUnsubscribeWorksWithoutCsrfTokenAndEveryIssueMailCarriesTheHeaders() {
		NewsletterSubscriptions.Subscriber subscriber = confirmed(address("oneclick"));
		NewsletterIssues.Issue issue = issues.create("Ausgabe " + System.nanoTime(), "Hallo **alle**", UUID.randomUUID());
		var mail = issues.mail(issues.find(issue.id()).orElseThrow(), subscriber.id(), subscriber.email(), Locale.GERMAN);
		assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		String header = mail.headers().get("List-Unsubscribe");
		assertThat(header).startsWith("<http").endsWith(">").contains("/newsletter/abmelden?token=");
		assertThat(mail.text()).contains("/newsletter/abmelden?token=", "/newsletter/ausgaben/" + issue.id());
		String path = header.substring(1, header.length() - 1).replaceFirst("^https?://[^/]+", "");

		assertThat(mvc.get().uri(path).exchange()).hasStatusOk().bodyText().contains("Newsletter abbestellen");
		assertThat(subscriptions.find(subscriber.id()).orElseThrow().status()).isEqualTo("CONFIRMED");
		// as a mail program posts it (RFC 8058): no session, no CSRF token
		assertThat(mvc.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")
			.exchange()).hasStatusOk();
		NewsletterSubscriptions.Subscriber gone = subscriptions.find(subscriber.id()).orElseThrow();
		assertThat(gone.status()).isEqualTo("UNSUBSCRIBED");
		assertThat(gone.unsubscribedAt()).isNotNull();
		assertThat(mvc.post().uri("/newsletter/abmelden?token=x.y").exchange()).as("a forged link").hasStatus(404);
		String forged = links.token(UUID.randomUUID()).replaceAll(".$", "A");
		assertThat(mvc.post().uri("/newsletter/abmelden?token=" + forged).exchange()).hasStatus(404);
		issues.deleteDraft(issue.id());
	}

	@Test
	void theIssueMailKeepsItsUnsubscribeHeadersThroughSmtp() throws Exception {
		NewsletterSubscriptions.Subscriber subscriber = confirmed(address("smtp"));
		NewsletterIssues.Issue issue = issues.create("SMTP " + System.nanoTime(), "Grüße", UUID.randomUUID());
		var mail = issues.mail(issues.find(issue.id()).orElseThrow(), subscriber.id(), subscriber.email(), Locale.GERMAN);
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtp.getSmtp().getPort());
		var message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom("noreply@newsletter.test.itas.local");
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text());
		for (Map.Entry<String, String> header : mail.headers().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		sender.send(message);
		var received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(jakarta.mail.internet.MimeUtility.unfold(received[0].getHeader("List-Unsubscribe")[0]))
			.isEqualTo(mail.headers().get("List-Unsubscribe"))
			.contains(links.token(subscriber.id()));
		assertThat(received[0].getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		issues.deleteDraft(issue.id());
	}

	@Test
	void anIssueWithTopicsGoesToTheirSubscribersAndThoseWithoutTopicsAndThePageCountsThemBeforeSending() {
		NewsletterSubscriptions.Subscriber news = confirmed(address("news"), "NEWS");
		NewsletterSubscriptions.Subscriber funding = confirmed(address("funding"), "FUNDING");
		NewsletterSubscriptions.Subscriber both = confirmed(address("both"), "TRAINING", "FUNDING");
		// sign-ups name a topic today; an address without one (an older sign-up) wants every issue
		NewsletterSubscriptions.Subscriber everything = confirmed(address("everything"), "EVENTS");
		jdbc.sql("UPDATE portal.newsletter_subscriber SET topics = '' WHERE id = :id").param("id", everything.id()).update();
		PlatformUser editor = accounts.user(Role.COORDINATOR);
		String subject = "Förderung " + System.nanoTime();
		NewsletterIssues.Issue issue = issues.create(subject, "", editor.id());
		assertThat(mvc.get().uri("/newsletter/verwaltung/{id}", issue.id()).with(user(editor)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Für welche Themen?", "Förderung (",
					"Ohne Themen geht die Ausgabe an alle bestätigten Adressen: zurzeit an "
							+ issues.recipients(EnumSet.noneOf(NewsletterTopic.class)) + ".");

		assertThat(mvc.post().uri("/newsletter/verwaltung/{id}/themen", issue.id())
			.param("version", String.valueOf(issue.version()))
			.param("topics", "FUNDING", "NO_SUCH_TOPIC")
			.with(user(editor)).with(csrf()).exchange()).hasStatus3xxRedirection();
		NewsletterIssues.Issue withTopics = issues.find(issue.id()).orElseThrow();
		assertThat(withTopics.topics()).containsExactly(NewsletterTopic.FUNDING);
		int counted = issues.recipients(EnumSet.of(NewsletterTopic.FUNDING));
		assertThat(counted).isLessThan(issues.recipients(EnumSet.noneOf(NewsletterTopic.class)));
		var page = org.jsoup.Jsoup.parse(body(mvc.get().uri("/newsletter/verwaltung/{id}", issue.id()).with(user(editor)).exchange()));
		assertThat(page.select("#send-topic-FUNDING").hasAttr("checked")).isTrue();
		assertThat(page.select("#send-topic-NEWS").hasAttr("checked")).isFalse();
		assertThat(page.select("#recipients").text()).isEqualTo("Die Ausgabe geht zurzeit an " + counted
				+ " bestätigte Adressen: an alle, die Förderung oder kein bestimmtes Thema abonniert haben.");

		assertThat(mvc.post().uri("/newsletter/verwaltung/{id}/versand", issue.id())
			.param("version", String.valueOf(issue.version()))
			.with(user(editor)).with(csrf()).exchange()).as("the count shown was for another version")
			.hasStatus3xxRedirection();
		assertThat(issues.find(issue.id()).orElseThrow().draft()).isTrue();
		assertThat(mvc.post().uri("/newsletter/verwaltung/{id}/versand", issue.id())
			.param("version", String.valueOf(withTopics.version()))
			.with(user(editor)).with(csrf()).exchange()).hasStatus3xxRedirection();

		List<UUID> recipients = jdbc.sql("SELECT subscriber_id FROM portal.newsletter_delivery WHERE issue_id = :id")
			.param("id", issue.id())
			.query(UUID.class)
			.list();
		assertThat(recipients).hasSize(counted).contains(funding.id(), both.id(), everything.id()).doesNotContain(news.id());
		assertThat(jdbc.sql("SELECT topics FROM portal.newsletter_issue WHERE id = :id").param("id", issue.id())
			.query(String.class).single()).isEqualTo("FUNDING");
		for (int run = 0; run < 1000 && issues.progress(issue.id()).running(); run++) {
			issues.sendBatch(50);
		}
		for (NewsletterSubscriptions.Subscriber reader : List.of(funding, both, everything)) {
			assertThat(Mails.to(outbox, reader.email())).as("mails to %s", reader.email())
				.filteredOn(mail -> mail.subject().equals(subject)).hasSize(1);
		}
		assertThat(Mails.to(outbox, news.email())).filteredOn(mail -> mail.subject().equals(subject)).isEmpty();
	}

	@Test
	void anAddressTheMailServerRefusesForGoodIsMarkedBouncedAndGetsNoFurtherMail() {
		NewsletterSubscriptions.Subscriber refused = confirmed(address("refused"));
		NewsletterSubscriptions.Subscriber fine = confirmed(address("fine"));
		// as the mailer reports it: after the sending transaction committed, still inside its completion
		transactions.executeWithoutResult(status -> TransactionSynchronizationManager
			.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					events.publishEvent(new MailPermanentlyFailed(refused.email().toUpperCase(Locale.ROOT)));
				}
			}));
		NewsletterSubscriptions.Subscriber bounced = subscriptions.find(refused.id()).orElseThrow();
		assertThat(bounced.status()).isEqualTo("BOUNCED");
		assertThat(bounced.bouncedAt()).isNotNull();
		assertThat(subscriptions.find(fine.id()).orElseThrow().status()).isEqualTo("CONFIRMED");
		events.publishEvent(new MailPermanentlyFailed("nobody-" + System.nanoTime() + "@newsletter.test.itas.local"));

		String subject = "Nach dem Bounce " + System.nanoTime();
		NewsletterIssues.Issue issue = issues.create(subject, "", UUID.randomUUID());
		issues.startSending(issue.id(), issue.version());
		for (int run = 0; run < 1000 && issues.progress(issue.id()).running(); run++) {
			issues.sendBatch(50);
		}
		assertThat(Mails.to(outbox, fine.email())).filteredOn(mail -> mail.subject().equals(subject)).hasSize(1);
		assertThat(Mails.to(outbox, refused.email())).filteredOn(mail -> mail.subject().equals(subject)).isEmpty();
		signUp(refused.email());
		assertThat(Mails.to(outbox, refused.email())).as("no new confirmation link either").hasSize(1);
	}

	@Test
	void theEditorPicksLibraryContentsAndCoursesFromTheSearch() {
		PlatformUser editor = accounts.user(Role.COORDINATOR);
		NewsletterIssues.Issue issue = issues.create("Batterien " + System.nanoTime(), "", editor.id());
		var all = editorPage(issue, "suche=Batterie", editor);
		assertThat(all.select(".search-types a").eachText())
			.anySatisfy(text -> assertThat(text).matches("Wissensbibliothek \\(\\d+\\)"))
			.anySatisfy(text -> assertThat(text).matches("Kurse \\(\\d+\\)"))
			.noneSatisfy(text -> assertThat(text).startsWith("Fälle"));
		assertThat(all.select("input[name=kind]").eachAttr("value")).as("public items only").doesNotContain("case");

		var library = editorPage(issue, "suche=Batterie&typ=library", editor);
		assertThat(library.select(".pick-list li:not(:has(input[name=kind][value=event])) > span").eachText()).isNotEmpty()
			.allSatisfy(text -> assertThat(text).startsWith("Wissensbibliothek: "));
		assertThat(library.select(".pick-list li:not(:has(input[name=kind][value=event])) input[name=url]").eachAttr("value"))
			.allSatisfy(url -> assertThat(url).startsWith("/wissen/"));

		var courses = editorPage(issue, "suche=Batterie&typ=course", editor);
		assertThat(courses.select(".pick-list li:not(:has(input[name=kind][value=event])) > span").eachText()).isNotEmpty()
			.allSatisfy(text -> assertThat(text).startsWith("Kurse: "));
		var course = courses.select(".pick-list li").first();
		assertThat(mvc.post().uri("/newsletter/verwaltung/{id}/eintraege", issue.id())
			.param("kind", course.select("input[name=kind]").val())
			.param("title", course.select("input[name=title]").val())
			.param("summary", course.select("input[name=summary]").val())
			.param("url", course.select("input[name=url]").val())
			.param("suche", "Batterie")
			.param("typ", "course")
			.with(user(editor)).with(csrf()).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.contains("suche=Batterie", "typ=course");
		assertThat(issues.find(issue.id()).orElseThrow().items()).singleElement().satisfies(item -> {
			assertThat(item.kind()).isEqualTo("course");
			assertThat(item.url()).startsWith("/lernen/kurse/");
		});
		issues.deleteDraft(issue.id());
	}

	private org.jsoup.nodes.Document editorPage(NewsletterIssues.Issue issue, String query, PlatformUser editor) {
		MvcTestResult result = mvc.get().uri("/newsletter/verwaltung/" + issue.id() + "?" + query).with(user(editor)).exchange();
		assertThat(result).hasStatusOk();
		return org.jsoup.Jsoup.parse(body(result));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Test
	void batchSendingDeliversEachConfirmedSubscriberExactlyOnceAndNobodyElse() {
		NewsletterSubscriptions.Subscriber anna = confirmed(address("anna"));
		NewsletterSubscriptions.Subscriber ben = confirmed(address("ben"));
		NewsletterSubscriptions.Subscriber gone = confirmed(address("gone"));
		NewsletterSubscriptions.Subscriber bounced = confirmed(address("bounced"));
		NewsletterSubscriptions.Subscriber late = confirmed(address("late"));
		String pending = address("pending");
		signUp(pending);
		subscriptions.unsubscribe(links.token(gone.id()));

		PlatformUser editor = accounts.user(Role.COORDINATOR);
		String subject = "Testausgabe " + System.nanoTime();
		assertThat(mvc.post().uri("/newsletter/verwaltung/neu").param("subject", subject).param("intro", "Liebe **Leser**")
			.with(user(editor)).with(csrf()).exchange()).hasStatus3xxRedirection();
		NewsletterIssues.Issue issue = issues.all(500).stream().filter(one -> one.subject().equals(subject)).findFirst().orElseThrow();
		assertThat(mvc.post().uri("/newsletter/verwaltung/{id}/eintraege", issue.id()).param("kind", "page")
			.param("title", "Kalender").param("summary", "Alle Termine").param("url", "/veranstaltungen")
			.with(user(editor)).with(csrf()).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/newsletter/verwaltung/{id}", issue.id()).with(user(editor)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Vorschau", "Kalender", "Leser");
		assertThat(mvc.get().uri("/newsletter/ausgaben/{id}", issue.id()).exchange()).as("a draft is no web page yet")
			.hasStatus(404);
		long version = issues.find(issue.id()).orElseThrow().version();
		assertThat(mvc.post().uri("/newsletter/verwaltung/{id}/versand", issue.id()).param("version", String.valueOf(version))
			.with(user(editor)).with(csrf()).exchange()).hasStatus3xxRedirection();
		subscriptions.markBounced(bounced.id());
		jdbc.sql("UPDATE portal.newsletter_subscriber SET status = 'UNSUBSCRIBED' WHERE id = :id").param("id", late.id()).update();

		assertThat(mvc.get().uri("/newsletter/verwaltung/{id}/versand", issue.id()).with(user(editor)).exchange())
			.hasStatusOk();
		for (int run = 0; run < 1000 && issues.progress(issue.id()).running(); run++) {
			issues.sendBatch(3);
		}
		NewsletterIssues.Progress progress = issues.progress(issue.id());
		assertThat(progress.pending()).isZero();
		assertThat(progress.skipped()).as("bounced and unsubscribed after the start").isGreaterThanOrEqualTo(2);
		issues.sendBatch(50);

		for (NewsletterSubscriptions.Subscriber reader : List.of(anna, ben)) {
			List<Outbox.StoredMail> got = Mails.to(outbox, reader.email())
				.stream()
				.filter(mail -> mail.subject().equals(subject))
				.toList();
			assertThat(got).as("mails to %s", reader.email()).singleElement().satisfies(mail -> {
				assertThat(mail.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
					.containsKey("List-Unsubscribe");
				assertThat(mail.text()).contains("Leser", "/veranstaltungen", "/newsletter/abmelden?token=");
			});
		}
		for (String nobody : List.of(gone.email(), bounced.email(), late.email(), pending)) {
			assertThat(Mails.to(outbox, nobody).stream().filter(mail -> mail.subject().equals(subject)))
				.as("mails to %s", nobody)
				.isEmpty();
		}
		assertThat(issues.find(issue.id()).orElseThrow().status()).isEqualTo("SENT");
		assertThat(mvc.get().uri("/newsletter/ausgaben/{id}", issue.id()).exchange()).hasStatusOk()
			.bodyText()
			.contains(subject, "Kalender");
		assertThat(mvc.get().uri("/newsletter").exchange()).hasStatusOk().bodyText().contains(subject);

		// a bounced address never gets a confirmation mail again either
		signUp(bounced.email());
		assertThat(subscriptions.find(bounced.id()).orElseThrow().status()).isEqualTo("BOUNCED");
	}

	@Test
	void onlyTheCoordinationAndPartnerStaffEdit() {
		PlatformUser employee = accounts.person("Newsletter Leserin " + System.nanoTime());
		assertThat(mvc.get().uri("/newsletter/verwaltung").with(user(employee)).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/newsletter/verwaltung/neu").param("subject", "x").with(user(employee)).with(csrf())
			.exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/newsletter/verwaltung").exchange()).as("a visitor signs in first")
			.hasStatus3xxRedirection();
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		assertThat(mvc.get().uri("/newsletter/verwaltung").with(user(coordinator)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Ausgaben", "Abonnentinnen und Abonnenten");
		assertThat(mvc.post().uri("/newsletter/verwaltung/neu").param("subject", " ").with(user(coordinator)).with(csrf())
			.exchange()).hasStatusOk().bodyText().contains("Bitte geben Sie einen Betreff ein.");
		// the staff of a partner organisation (public relations lies with the consortium lead) edit too
		PlatformUser partnerStaff = (PlatformUser) users.loadUserByUsername("berater.cwe@demo.itas.local");
		assertThat(partnerStaff.hasRole(Role.COORDINATOR)).isFalse();
		assertThat(mvc.get().uri("/newsletter/verwaltung").with(user(partnerStaff)).exchange()).hasStatusOk();
	}

	@Test
	void aStaleSaveIsRefusedAndTheTypedInputKept() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		NewsletterIssues.Issue issue = issues.create("Stand " + System.nanoTime(), "", coordinator.id());
		issues.update(issue.id(), issue.version(), "Neuer Stand", "");
		assertThat(mvc.post().uri("/newsletter/verwaltung/{id}", issue.id()).param("subject", "Meine Fassung")
			.param("intro", "Mein Text").param("version", String.valueOf(issue.version()))
			.with(user(coordinator)).with(csrf()).exchange()).hasStatusOk()
			.bodyText()
			.contains("inzwischen geändert");
		assertThat(issues.find(issue.id()).orElseThrow().subject()).isEqualTo("Neuer Stand");
		issues.deleteDraft(issue.id());
	}

	@Test
	void theSubscriptionOfAnAccountsAddressIsExportedAndErased() {
		PlatformUser person = accounts.person("Newsletter Abonnentin " + System.nanoTime());
		subscriptions.subscribe(person.email(), EnumSet.of(NewsletterTopic.FUNDING), Locale.GERMAN);
		Map<String, Object> export = personalData.export(person.id());
		assertThat(export).containsEntry("email", person.email()).containsEntry("status", "PENDING")
			.containsKey("consentText");
		personalData.erase(person.id());
		assertThat(subscriptions.findByEmail(person.email())).isEmpty();
	}

	@Autowired
	NewsletterPersonalData personalData;

}
