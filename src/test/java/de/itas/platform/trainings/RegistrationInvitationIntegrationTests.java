package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;

/**
 * A company admin registers a person without account by name and e-mail: the invitation holds a place, the
 * person confirms or declines through a single-use link (no account needed), an unanswered invitation expires,
 * and every end of an invitation frees the place and removes the invitee's name and address; the company sees
 * each registration's status.
 */
@PlatformTest
class RegistrationInvitationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	TrainingsPersonalData personalData;

	@Autowired
	Outbox outbox;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	JdbcTemplate jdbc;

	private record Setup(String token, OrganisationSummary company, PlatformUser admin, PlatformUser staff, String title,
			long offer, long run) {
	}

	private Setup setup(int capacity) {
		String token = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Einladung " + token);
		String title = "Einladungskurs " + token;
		long offer = fixtures.offer(provider, TrainingsFixtures.draft(title, 16, 900, false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(12, "Zwickau", "zwickau", capacity));
		OrganisationSummary company = organisations.ensure("Betrieb " + token, OrganisationKind.COMPANY, "zwickau", null);
		PlatformUser admin = memberships.member(token + "-admin@test.itas.local", company.id(), Role.COMPANY_ADMIN);
		return new Setup(token, company, admin, fixtures.staff(provider), title, offer, run);
	}

	private MvcTestResult invite(Setup setup, String first, String last, String email) {
		return mvc.post().uri("/weiterbildung/termine/{id}/einladen", setup.run()).with(user(setup.admin())).with(csrf())
			.param("company", setup.company().id().toString())
			.param("firstName", first)
			.param("lastName", last)
			.param("email", email)
			.param("verbindlich", "ja")
			.exchange();
	}

	private int freePlaces(long run) {
		return fixtures.offers().run(run).orElseThrow().freePlaces();
	}

	private RegistrationSummary invitationTo(Setup setup, String email) {
		return registrations.registration(jdbc.queryForObject(
				"SELECT id FROM trainings.registration WHERE run_id = ? AND registered_by = ? ORDER BY id DESC LIMIT 1",
				Long.class, setup.run(), setup.admin().id())).orElseThrow();
	}

	@Test
	void anInvitationHoldsAPlaceAndTheInviteeConfirmsOnceThroughTheLinkWhichLinksTheirAccount() {
		Setup setup = setup(2);
		String email = setup.token() + "-invitee@test.itas.local";
		assertThat(mvc.get().uri("/weiterbildung/termine/{id}/einladen", setup.run()).with(user(setup.admin())).exchange())
			.hasStatusOk().bodyText().contains(setup.title(), "Stornobedingungen", "Verbindlich anmelden und einladen");

		assertThat(mvc.get().uri("/weiterbildung/{id}", setup.offer()).with(user(setup.admin())).exchange()).bodyText()
			.contains("href=\"/weiterbildung/termine/" + setup.run() + "/einladen\"");
		assertThat(invite(setup, "Erika", "Muster", email)).hasRedirectedUrl("/meine-weiterbildungen");

		RegistrationSummary invited = invitationTo(setup, email);
		assertThat(invited.status()).isEqualTo(RegistrationStatus.INVITED);
		assertThat(invited.personId()).isNull();
		assertThat(freePlaces(setup.run())).isEqualTo(1);
		Outbox.StoredMail invitation = Mails.single(outbox, email);
		assertThat(invitation.subject()).isEqualTo("Ihr Unternehmen hat Sie zu einer Weiterbildung angemeldet");
		assertThat(invitation.text()).startsWith("Guten Tag Erika Muster,").contains(setup.title(), "Betrieb " + setup.token());
		String link = Mails.link(invitation);
		assertThat(link).startsWith("/weiterbildung/einladung/");
		// only the token's hash is stored
		assertThat(jdbc.queryForObject("SELECT token_hash FROM trainings.registration WHERE id = ?", String.class,
				invited.id())).isEqualTo(Registrations.hash(link.substring(link.lastIndexOf('/') + 1)))
			.doesNotContain(link.substring(link.lastIndexOf('/') + 1));
		assertThat(Mails.single(outbox, setup.admin().email()).subject()).isEqualTo("Einladung zur Weiterbildung verschickt");
		assertThat(mvc.get().uri("/meine-weiterbildungen").with(user(setup.admin())).exchange()).bodyText()
			.contains("Erika Muster (" + email + ")", "eingeladen");

		// the page works without an account
		assertThat(mvc.get().uri(link).exchange()).hasStatusOk().bodyText()
			.contains(setup.title(), "Teilnahme verbindlich bestätigen", "Teilnahme ablehnen");
		PlatformUser account = fixtures.person(setup.token() + "-invitee");
		assertThat(account.email()).isEqualTo(email);
		assertThat(mvc.post().uri(link).with(user(account)).with(csrf()).param("antwort", "zusagen").exchange())
			.hasRedirectedUrl("/weiterbildung/einladung/beantwortet");

		RegistrationSummary confirmed = registrations.registration(invited.id()).orElseThrow();
		assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(confirmed.personId()).isEqualTo(account.id());
		assertThat(freePlaces(setup.run())).isEqualTo(1);
		assertThat(Mails.to(outbox, setup.admin().email())).extracting(Outbox.StoredMail::subject)
			.contains("Einladung zur Weiterbildung bestätigt");
		assertThat(Mails.single(outbox, setup.staff().email()).subject()).isEqualTo("Neue Anmeldung zu Ihrem Kurs");
		assertThat(personalData.export(account.id()).toString()).contains(setup.title(), "CONFIRMED");

		// single use: the link neither declines afterwards nor shows the invitation again
		assertThat(mvc.post().uri(link).with(csrf()).param("antwort", "absagen").exchange()).hasRedirectedUrl(link);
		assertThat(mvc.get().uri(link).exchange()).hasStatus(410).bodyText().contains("nicht mehr gültig");
		assertThat(registrations.registration(invited.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void anInviteeWithoutAccountConfirmsAndTheRegistrationJoinsTheAccountCreatedLater() {
		Setup setup = setup(3);
		String email = setup.token() + "-later@test.itas.local";
		invite(setup, "Max", "Später", email);
		String link = Mails.link(Mails.single(outbox, email));

		MvcTestResult answer = mvc.post().uri(link).with(csrf()).param("antwort", "zusagen").exchange();
		assertThat(answer).hasRedirectedUrl("/weiterbildung/einladung/beantwortet");
		RegistrationSummary confirmed = invitationTo(setup, email);
		assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(confirmed.personId()).isNull();
		assertThat(Mails.to(outbox, email)).extracting(Outbox.StoredMail::subject)
			.contains("Ihre Anmeldung zur Weiterbildung");
		// the page after the redirect (same session) offers an account with the invited address filled in
		assertThat(mvc.get().uri("/weiterbildung/einladung/beantwortet").cookie(answer.getResponse().getCookies())
			.exchange()).hasStatusOk().bodyText().contains("Vielen Dank, Sie sind angemeldet.", "/registrieren?email=");
		assertThat(mvc.get().uri("/registrieren?email={email}", email).exchange()).bodyText()
			.contains("value=\"" + email + "\"");

		PlatformUser account = fixtures.person(setup.token() + "-later");
		// part of the person's data as soon as an account has the address, linked or not
		assertThat(personalData.export(account.id()).toString()).contains(setup.title(), email);
		assertThat(mvc.get().uri("/meine-weiterbildungen").with(user(account)).exchange()).hasStatusOk().bodyText()
			.contains(setup.title());
		assertThat(registrations.registration(confirmed.id()).orElseThrow().personId()).isEqualTo(account.id());
	}

	@Test
	void aConfirmedRegistrationByAddressGoesWithTheAccountThatHasTheAddress() {
		Setup setup = setup(3);
		String email = setup.token() + "-erase@test.itas.local";
		invite(setup, "Ida", "Löschen", email);
		mvc.post().uri(Mails.link(Mails.single(outbox, email))).with(csrf()).param("antwort", "zusagen").exchange();
		RegistrationSummary confirmed = invitationTo(setup, email);
		assertThat(confirmed.personId()).isNull();
		PlatformUser account = fixtures.person(setup.token() + "-erase");

		personalData.erase(account.id());

		assertThat(registrations.registration(confirmed.id())).isEmpty();
		assertThat(freePlaces(setup.run())).isEqualTo(3);
	}

	@Test
	void aDeclinedInvitationFreesThePlaceForTheWaitingListAndLosesTheInviteesData() {
		Setup setup = setup(1);
		String email = setup.token() + "-decline@test.itas.local";
		invite(setup, "Dora", "Absage", email);
		PlatformUser waiting = fixtures.person(setup.token() + "-waiting");
		assertThat(SignedIn.as(waiting, () -> registrations.registerSelf(setup.run())).status())
			.isEqualTo(RegistrationStatus.WAITING);
		String link = Mails.link(Mails.single(outbox, email));

		assertThat(mvc.post().uri(link).with(csrf()).param("antwort", "absagen").exchange())
			.hasRedirectedUrl("/weiterbildung/einladung/beantwortet");

		RegistrationSummary declined = invitationTo(setup, email);
		assertThat(declined.status()).isEqualTo(RegistrationStatus.DECLINED);
		assertThat(declined.personName()).isEmpty();
		assertThat(declined.personEmail()).isEmpty();
		assertThat(SignedIn.as(waiting, () -> registrations.own(setup.run())).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(Mails.to(outbox, setup.admin().email())).extracting(Outbox.StoredMail::subject)
			.contains("Einladung zur Weiterbildung abgelehnt");
		assertThat(mvc.get().uri("/meine-weiterbildungen").with(user(setup.admin())).exchange()).bodyText()
			.contains("abgelehnt", "Angaben gelöscht").doesNotContain(email);
		assertThat(mvc.get().uri(link).exchange()).hasStatus(410);
	}

	@Test
	void anUnansweredInvitationExpiresFreesThePlaceAndLosesTheInviteesData() {
		Setup setup = setup(1);
		String email = setup.token() + "-expire@test.itas.local";
		invite(setup, "Ewa", "Ablauf", email);
		String link = Mails.link(Mails.single(outbox, email));
		RegistrationSummary invited = invitationTo(setup, email);
		assertThat(freePlaces(setup.run())).isZero();
		assertThat(invited.invitedUntil()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(6)));
		// an invitation that has not run out yet stays
		registrations.expireInvitations();
		assertThat(registrations.registration(invited.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.INVITED);

		jdbc.update("UPDATE trainings.registration SET invited_until = now() - interval '1 minute' WHERE id = ?",
				invited.id());
		assertThat(registrations.expireInvitations()).isPositive();

		RegistrationSummary expired = registrations.registration(invited.id()).orElseThrow();
		assertThat(expired.status()).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(expired.personName()).isEmpty();
		assertThat(expired.personEmail()).isEmpty();
		assertThat(freePlaces(setup.run())).isEqualTo(1);
		assertThat(Mails.to(outbox, setup.admin().email())).extracting(Outbox.StoredMail::subject)
			.contains("Einladung zur Weiterbildung abgelaufen");
		assertThat(mvc.get().uri(link).exchange()).hasStatus(410);
		assertThat(mvc.get().uri("/meine-weiterbildungen").with(user(setup.admin())).exchange()).bodyText()
			.contains("abgelaufen");
	}

	@Test
	void theCompanyCancelsAnOpenInvitationAfterConfirmingWhichFreesThePlaceAndEndsTheLink() {
		Setup setup = setup(1);
		String email = setup.token() + "-withdraw@test.itas.local";
		invite(setup, "Wanda", "Storno", email);
		String link = Mails.link(Mails.single(outbox, email));
		RegistrationSummary invited = invitationTo(setup, email);

		assertThat(mvc.get().uri("/meine-weiterbildungen/{id}/stornieren", invited.id()).with(user(setup.admin()))
			.exchange()).hasStatusOk().bodyText().contains("Wanda Storno", "eingeladen", setup.title());
		assertThat(mvc.post().uri("/meine-weiterbildungen/{id}/stornieren", invited.id()).with(user(setup.admin()))
			.with(csrf()).param("verbindlich", "ja").exchange()).hasRedirectedUrl("/meine-weiterbildungen");

		RegistrationSummary cancelled = registrations.registration(invited.id()).orElseThrow();
		assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(cancelled.personName()).isEmpty();
		assertThat(cancelled.personEmail()).isEmpty();
		assertThat(freePlaces(setup.run())).isEqualTo(1);
		assertThat(Mails.to(outbox, email)).extracting(Outbox.StoredMail::subject)
			.contains("Ihre Anmeldung wurde storniert");
		assertThat(mvc.get().uri(link).exchange()).hasStatus(410);
	}

	@Test
	void refusedInputKeepsWhatWasTypedAndNothingIsSaved() {
		Setup setup = setup(1);
		MvcTestResult refused = invite(setup, "", "Nachname-" + setup.token(), "keine-adresse");
		assertThat(refused).hasStatus(422).bodyText()
			.contains("Nachname-" + setup.token(), "value=\"keine-adresse\"", "Bitte füllen Sie dieses Feld aus.",
					"Bitte geben Sie eine gültige E-Mail-Adresse ein");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = ?", Integer.class,
				setup.run())).isZero();

		String email = setup.token() + "-first@test.itas.local";
		invite(setup, "Erste", "Person", email);
		assertThat(invite(setup, "Erste", "Person", email.toUpperCase())).hasStatus(422).bodyText()
			.contains("bereits angemeldet oder eingeladen");
		assertThat(invite(setup, "Zweite", "Person", setup.token() + "-second@test.itas.local")).hasStatus(422)
			.bodyText().contains("ausgebucht");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = ?", Integer.class,
				setup.run())).isEqualTo(1);

		// somebody who administers no company may not invite
		assertThat(mvc.get().uri("/weiterbildung/termine/{id}/einladen", setup.run())
			.with(user(fixtures.person(setup.token() + "-nobody"))).exchange()).hasStatus(403);
	}

	private MvcTestResult cancelAsCompany(Setup setup, long registration) {
		return mvc.post().uri("/meine-weiterbildungen/{id}/stornieren", registration).with(user(setup.admin()))
			.with(csrf()).param("verbindlich", "ja").exchange();
	}

	@Test
	void oneAddressGetsAtMostThreeInvitationMailsADayWithdrawalsIncluded() {
		Setup setup = setup(5);
		String email = setup.token() + "-often@test.itas.local";
		assertThat(invite(setup, "Oft", "Eingeladen", email)).hasRedirectedUrl("/meine-weiterbildungen");
		assertThat(cancelAsCompany(setup, invitationTo(setup, email).id())).hasRedirectedUrl("/meine-weiterbildungen");
		assertThat(invite(setup, "Oft", "Eingeladen", email)).hasRedirectedUrl("/meine-weiterbildungen");
		assertThat(Mails.to(outbox, email)).hasSize(3);

		// the withdrawal beyond the limit still frees the place and loses the data, only without a mail
		RegistrationSummary second = invitationTo(setup, email);
		assertThat(cancelAsCompany(setup, second.id())).hasRedirectedUrl("/meine-weiterbildungen");
		assertThat(registrations.registration(second.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(Mails.to(outbox, email)).hasSize(3);

		assertThat(invite(setup, "Oft", "Eingeladen", email)).hasStatus(422).bodyText()
			.contains("zu viele Einladungen", "value=\"" + email + "\"", "value=\"Eingeladen\"");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = ? AND status = 'INVITED'",
				Integer.class, setup.run())).isZero();
		assertThat(Mails.to(outbox, email)).hasSize(3);
	}

	@Test
	void onePersonSendsAtMostTwentyInvitationsAnHour() {
		Setup setup = setup(25);
		for (int i = 0; i < 20; i++) {
			String email = setup.token() + "-hour" + i + "@test.itas.local";
			SignedIn.as(setup.admin(), () -> registrations.invite(setup.run(),
					new Registrations.Invitee(setup.company().id(), "Stunde", "Nr", email)));
		}
		String email = setup.token() + "-hour20@test.itas.local";
		assertThat(invite(setup, "Einundzwanzig", "Zuviel", email)).hasStatus(422).bodyText()
			.contains("zu viele Einladungen", "value=\"Einundzwanzig\"", "value=\"" + email + "\"");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = ?", Integer.class,
				setup.run())).isEqualTo(20);
		assertThat(Mails.to(outbox, email)).isEmpty();
		// another admin of the same company still may
		PlatformUser colleague = memberships.member(setup.token() + "-colleague@test.itas.local", setup.company().id(),
				Role.COMPANY_ADMIN);
		assertThat(SignedIn.as(colleague, () -> registrations.invite(setup.run(),
				new Registrations.Invitee(setup.company().id(), "Einundzwanzig", "Zuviel", email))).status())
			.isEqualTo(RegistrationStatus.INVITED);
	}

	@Test
	void afterTheOfferIsArchivedTheInviteeStillDeclinesAndAParticipantStillCancels() {
		Setup setup = setup(3);
		String email = setup.token() + "-archived@test.itas.local";
		invite(setup, "Arne", "Archiv", email);
		String link = Mails.link(Mails.single(outbox, email));
		PlatformUser participant = fixtures.person(setup.token() + "-archived-self");
		RegistrationSummary own = SignedIn.as(participant, () -> registrations.registerSelf(setup.run()));
		assertThat(fixtures.archive(setup.offer(),
				jdbc.queryForObject("SELECT version FROM trainings.offer WHERE id = ?", Long.class, setup.offer())))
			.isTrue();

		assertThat(mvc.get().uri(link).exchange()).hasStatusOk().bodyText().contains(setup.title(), "Teilnahme ablehnen");
		assertThat(mvc.post().uri(link).with(csrf()).param("antwort", "absagen").exchange())
			.hasRedirectedUrl("/weiterbildung/einladung/beantwortet");
		assertThat(invitationTo(setup, email).status()).isEqualTo(RegistrationStatus.DECLINED);

		assertThat(mvc.get().uri("/meine-weiterbildungen").with(user(participant)).exchange()).bodyText()
			.contains("/meine-weiterbildungen/" + own.id() + "/stornieren");
		assertThat(mvc.get().uri("/meine-weiterbildungen/{id}/stornieren", own.id()).with(user(participant)).exchange())
			.hasStatusOk().bodyText().contains(setup.title());
		assertThat(mvc.post().uri("/meine-weiterbildungen/{id}/stornieren", own.id()).with(user(participant)).with(csrf())
			.param("verbindlich", "ja").exchange()).hasRedirectedUrl("/meine-weiterbildungen");
		assertThat(registrations.registration(own.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
	}

	@Test
	void theProviderSeesAnOpenInvitationOnlyAsAHeldPlaceUntilTheInviteeConfirms() {
		Setup setup = setup(2);
		String email = setup.token() + "-private@test.itas.local";
		invite(setup, "Petra", "Privat", email);
		String link = Mails.link(Mails.single(outbox, email));

		assertThat(mvc.get().uri("/anbieter/termine/{id}/teilnehmende", setup.run()).with(user(setup.staff())).exchange())
			.hasStatusOk().bodyText().contains("Platz reserviert (Einladung offen)").doesNotContain(email, "Petra Privat");
		MvcTestResult csv = mvc.get().uri("/anbieter/termine/{id}/teilnehmende.csv", setup.run()).with(user(setup.staff()))
			.exchange();
		String body = new String(csv.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("Platz reserviert (Einladung offen);;eingeladen").doesNotContain(email, "Petra");

		mvc.post().uri(link).with(csrf()).param("antwort", "zusagen").exchange();
		assertThat(mvc.get().uri("/anbieter/termine/{id}/teilnehmende", setup.run()).with(user(setup.staff())).exchange())
			.hasStatusOk().bodyText().contains(email, "Petra Privat").doesNotContain("Platz reserviert");
	}

	@Test
	void aCompanyCancellingAnInvitationTheInviteeConfirmedMeanwhileCancelsAConfirmedRegistration() {
		Setup setup = setup(2);
		String email = setup.token() + "-meanwhile@test.itas.local";
		invite(setup, "Mia", "Zwischendurch", email);
		RegistrationSummary seenInvited = invitationTo(setup, email);
		mvc.post().uri(Mails.link(Mails.single(outbox, email))).with(csrf()).param("antwort", "zusagen").exchange();
		assertThat(Mails.to(outbox, setup.staff().email())).extracting(Outbox.StoredMail::subject)
			.containsExactly("Neue Anmeldung zu Ihrem Kurs");

		// the company's page still showed the invitation when its admin cancelled
		SignedIn.as(setup.admin(), () -> {
			registrations.cancel(seenInvited, Registrations.CancelledBy.COMPANY);
			return null;
		});

		RegistrationSummary cancelled = registrations.registration(seenInvited.id()).orElseThrow();
		assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
		// a confirmed registration keeps its data like any other cancelled one, and the provider is told
		assertThat(cancelled.personName()).isEqualTo("Mia Zwischendurch");
		assertThat(cancelled.personEmail()).isEqualTo(email);
		assertThat(Mails.to(outbox, setup.staff().email())).extracting(Outbox.StoredMail::subject)
			.contains("Stornierung einer Anmeldung zu Ihrem Kurs");
		assertThat(freePlaces(setup.run())).isEqualTo(2);
	}

	@Test
	void anInvitationEndsWhenTheRunBeginsAndIsNotConfirmedNorMovesTheWaitingListUpAfterwards() {
		Setup setup = setup(1);
		// a run beginning sooner than the invitation days: the invitation ends with the start of its first day
		long soon = fixtures.run(setup.offer(), TrainingsFixtures.run(3, "Zwickau", "zwickau", 1));
		RegistrationSummary early = SignedIn.as(setup.admin(), () -> registrations.invite(soon,
				new Registrations.Invitee(setup.company().id(), "Bald", "Beginn", setup.token() + "-soon@test.itas.local")));
		assertThat(early.invitedUntil())
			.isEqualTo(early.startDate().atStartOfDay(java.time.ZoneId.of("Europe/Berlin")).toInstant());

		String email = setup.token() + "-begun@test.itas.local";
		invite(setup, "Bea", "Begonnen", email);
		String link = Mails.link(Mails.single(outbox, email));
		RegistrationSummary invited = invitationTo(setup, email);
		PlatformUser waiting = fixtures.person(setup.token() + "-begun-waiting");
		assertThat(SignedIn.as(waiting, () -> registrations.registerSelf(setup.run())).status())
			.isEqualTo(RegistrationStatus.WAITING);
		// the run has begun while the invitation was still open (as one sent before the limit to the start)
		jdbc.update("UPDATE trainings.run SET start_date = current_date - 2 WHERE id = ?", setup.run());

		assertThat(mvc.get().uri(link).exchange()).hasStatusOk().bodyText()
			.contains("kann nicht mehr bestätigt werden", "Teilnahme ablehnen")
			.doesNotContain("Teilnahme verbindlich bestätigen");
		assertThat(mvc.post().uri(link).with(csrf()).param("antwort", "zusagen").exchange()).hasRedirectedUrl(link);
		assertThat(registrations.registration(invited.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.INVITED);

		jdbc.update("UPDATE trainings.registration SET invited_until = now() - interval '1 minute' WHERE id = ?",
				invited.id());
		assertThat(registrations.expireInvitations()).isPositive();
		assertThat(registrations.registration(invited.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(SignedIn.as(waiting, () -> registrations.own(setup.run())).orElseThrow().status())
			.isEqualTo(RegistrationStatus.WAITING);
	}

	@Test
	void concurrentInvitationsAndRegistrationsForTheLastPlacesNeverOverbook() throws Exception {
		Setup setup = setup(3);
		List<Callable<RegistrationStatus>> attempts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String email = setup.token() + "-race" + i + "@test.itas.local";
			attempts.add(() -> SignedIn.as(setup.admin(), () -> {
				try {
					return registrations.invite(setup.run(),
							new Registrations.Invitee(setup.company().id(), "Rennen", "Nr", email)).status();
				}
				catch (FieldProblems full) {
					return null;
				}
			}));
			PlatformUser person = fixtures.person(setup.token() + "-self" + i);
			attempts.add(() -> SignedIn.as(person, () -> registrations.registerSelf(setup.run()).status()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
		CountDownLatch start = new CountDownLatch(1);
		List<RegistrationStatus> outcomes = new ArrayList<>();
		try {
			List<Future<RegistrationStatus>> futures = new ArrayList<>();
			for (Callable<RegistrationStatus> attempt : attempts) {
				futures.add(pool.submit(() -> {
					start.await();
					return attempt.call();
				}));
			}
			start.countDown();
			for (Future<RegistrationStatus> future : futures) {
				outcomes.add(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(outcomes).filteredOn(status -> status == RegistrationStatus.INVITED
				|| status == RegistrationStatus.CONFIRMED).hasSize(3);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.registration WHERE run_id = ? "
				+ "AND status IN ('INVITED', 'CONFIRMED')", Integer.class, setup.run())).isEqualTo(3);
		assertThat(freePlaces(setup.run())).isZero();
	}

	@Test
	void theCompanySeesItsRegistrationsPageByPage() {
		Setup setup = setup(5);
		for (int i = 0; i < 3; i++) {
			invite(setup, "Seite", "Nr" + i, setup.token() + "-page" + i + "@test.itas.local");
		}
		var first = SignedIn.as(setup.admin(), () -> registrations.madeForOthers(0, 2));
		var second = SignedIn.as(setup.admin(), () -> registrations.madeForOthers(1, 2));
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.items()).extracting(RegistrationSummary::personName).containsExactly("Seite Nr2", "Seite Nr1");
		assertThat(second.items()).extracting(RegistrationSummary::personName).containsExactly("Seite Nr0");
		// another company's admin sees none of them
		OrganisationSummary other = organisations.ensure("Anderer " + setup.token(), OrganisationKind.COMPANY, "zwickau",
				null);
		PlatformUser otherAdmin = memberships.member(setup.token() + "-other@test.itas.local", other.id(),
				Role.COMPANY_ADMIN);
		assertThat(SignedIn.as(otherAdmin, () -> registrations.madeForOthers(0, 20)).total()).isZero();
	}

}
