package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.AuditLog;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Registrations: capacity and waiting list under concurrent requests, moving up when a place frees,
 * cancellation by participant and provider, the provider's participant list and CSV export (audited),
 * and the person's data export and erasure.
 */
@PlatformTest
class TrainingRegistrationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	TrainingsPersonalData personalData;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	de.itas.platform.accounts.Organisations organisations;

	@Autowired
	de.itas.platform.accounts.TestMemberships memberships;

	@Test
	void fiftyParallelRegistrationsForTenPlacesConfirmTenAndPutFortyOnTheWaitingList() throws Exception {
		OrganisationSummary provider = fixtures.provider("Parallel " + TrainingsFixtures.token());
		long offer = fixtures.offer(provider, TrainingsFixtures.draft("Parallelkurs " + TrainingsFixtures.token(), 40, 500,
				false, List.of("plc")));
		long run = fixtures.run(offer, TrainingsFixtures.run(20, "Zwickau", "zwickau", 10));
		String token = TrainingsFixtures.token();
		List<PlatformUser> people = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			people.add(new PlatformUser(UUID.randomUUID(), token + i + "@test.itas.local", "Person " + i,
					EnumSet.of(Role.EMPLOYEE), true, null));
		}
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<RegistrationSummary>> results = new ArrayList<>();
		try {
			for (PlatformUser person : people) {
				Callable<RegistrationSummary> registerAs = () -> as(person, () -> {
					start.await();
					return registrations.registerSelf(run);
				});
				results.add(pool.submit(registerAs));
			}
			start.countDown();
			List<RegistrationSummary> done = new ArrayList<>();
			for (Future<RegistrationSummary> result : results) {
				done.add(result.get()); // rethrows any error of a registration
			}
			assertThat(done).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(10);
			assertThat(done).filteredOn(r -> r.status() == RegistrationStatus.WAITING).hasSize(40);
		}
		finally {
			pool.shutdownNow();
		}
		PlatformUser staff = fixtures.staff(provider);
		List<RegistrationSummary> stored = as(staff, () -> registrations.participants(run));
		assertThat(stored).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(10);
		assertThat(stored).filteredOn(r -> r.status() == RegistrationStatus.WAITING)
			.extracting(RegistrationSummary::waitingPosition)
			.containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
	}

	@Test
	void aFreedPlaceGoesToTheFirstOnTheWaitingListWhoIsToldByMail() {
		OrganisationSummary provider = fixtures.provider("Nachruecken " + TrainingsFixtures.token());
		long offer = fixtures.offer(provider, TrainingsFixtures.draft("Nachrückkurs " + TrainingsFixtures.token(), 16, 300,
				false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(10, "Plauen", "vogtlandkreis", 1));
		String token = TrainingsFixtures.token();
		PlatformUser first = fixtures.person(token + "-first");
		PlatformUser second = fixtures.person(token + "-second");
		PlatformUser third = fixtures.person(token + "-third");
		RegistrationSummary firstPlace = as(first, () -> registrations.registerSelf(run));
		RegistrationSummary secondPlace = as(second, () -> registrations.registerSelf(run));
		as(third, () -> registrations.registerSelf(run));
		assertThat(firstPlace.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(secondPlace.status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(Mails.single(outbox, first.email()).subject()).isEqualTo("Ihre Anmeldung zur Weiterbildung");
		assertThat(Mails.single(outbox, second.email()).text()).contains("Platz 1 der Warteliste");
		assertThatThrownBy(() -> as(first, () -> registrations.registerSelf(run)))
			.isInstanceOf(AlreadyRegisteredException.class);
		assertThatThrownBy(() -> as(second, () -> {
			registrations.cancel(firstPlace.id());
			return null;
		})).isInstanceOf(AccessDeniedException.class);

		as(first, () -> {
			registrations.cancel(firstPlace.id());
			return null;
		});

		assertThat(registrations.registration(secondPlace.id()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(Mails.to(outbox, second.email())).extracting(Outbox.StoredMail::subject)
			.contains("Ein Platz ist frei geworden – Sie sind angemeldet");
		RegistrationSummary stillWaiting = as(third, () -> registrations.own(run)).orElseThrow();
		assertThat(stillWaiting.status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(stillWaiting.waitingPosition()).isEqualTo(1);
	}

	@Test
	void aDisplayNameThatLooksLikeAFormulaIsWrittenAsTextIntoTheParticipantsCsv() {
		OrganisationSummary provider = fixtures.provider("Formel " + TrainingsFixtures.token());
		long offer = fixtures.offer(provider, TrainingsFixtures.draft("Formelkurs " + TrainingsFixtures.token(), 16, 300,
				false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(10, "Chemnitz", "chemnitz", 5));
		PlatformUser attacker = new PlatformUser(UUID.randomUUID(), TrainingsFixtures.token() + "@test.itas.local",
				"=HYPERLINK(\"http://evil.example\";\"Klick\")", java.util.Set.of(Role.EMPLOYEE), true, null);
		as(attacker, () -> registrations.registerSelf(run));

		MvcTestResult csv = mvc.get().uri("/anbieter/termine/{id}/teilnehmende.csv", run)
			.with(user(fixtures.staff(provider))).exchange();
		String body = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Klick\"\")\";" + attacker.email())
			.doesNotContain("\n\"=HYPERLINK");
	}

	@Test
	void theProviderSeesParticipantsAsCsvCancelsOneAndEveryViewIsAudited() {
		OrganisationSummary provider = fixtures.provider("Liste " + TrainingsFixtures.token());
		long offer = fixtures.offer(provider, TrainingsFixtures.draft("Listenkurs " + TrainingsFixtures.token(), 16, 300,
				false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(10, "Chemnitz", "chemnitz", 5));
		PlatformUser participant = fixtures.person(TrainingsFixtures.token() + "-participant");
		RegistrationSummary registration = as(participant, () -> registrations.registerSelf(run));
		PlatformUser staff = fixtures.staff(provider);
		PlatformUser otherStaff = fixtures.staff(fixtures.provider("Andere " + TrainingsFixtures.token()));

		MvcTestResult list = mvc.get().uri("/anbieter/termine/{id}/teilnehmende", run).with(user(staff)).exchange();
		assertThat(list).hasStatusOk().bodyText().contains(participant.email());
		MvcTestResult csv = mvc.get().uri("/anbieter/termine/{id}/teilnehmende.csv", run).with(user(staff)).exchange();
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		String body = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFFName;E-Mail;Status").contains(participant.email() + ";angemeldet");
		// the registration time as German local date and time, not ISO text in UTC
		assertThat(body).contains(";" + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
			.withZone(java.time.ZoneId.of("Europe/Berlin"))
			.format(registration.registeredAt()) + "\r\n").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
		assertThat(audit.about(participant.id(), 0, 10)).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(entry -> assertThat(entry.actorId()).isEqualTo(staff.id()));

		assertThat(mvc.get().uri("/anbieter/termine/{id}/teilnehmende", run).with(user(otherStaff)).exchange())
			.hasStatus(403);
		assertThat(mvc.get().uri("/anbieter/termine/{id}/teilnehmende.csv", run).with(testAccounts.as(Role.EMPLOYEE)).exchange())
			.hasStatus(403);
		assertThat(mvc.post().uri("/anbieter/anmeldungen/{id}/stornieren", registration.id()).with(user(otherStaff))
			.with(csrf()).exchange()).hasStatus(403);

		assertThat(mvc.post().uri("/anbieter/anmeldungen/{id}/stornieren", registration.id()).with(user(staff))
			.with(csrf()).exchange()).hasStatus3xxRedirection();
		assertThat(registrations.registration(registration.id()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(Mails.to(outbox, participant.email())).extracting(Outbox.StoredMail::subject)
			.contains("Ihre Anmeldung wurde storniert");
	}

	@Test
	void aPersonRegistersOnlyAfterTheConfirmationPageSeesItUnderTheirCoursesAndCancelsAfterConfirmingToo() {
		OrganisationSummary provider = fixtures.provider("Seite " + TrainingsFixtures.token());
		String title = "Seitenkurs " + TrainingsFixtures.token();
		long offer = fixtures.offer(provider, TrainingsFixtures.draft(title, 16, 7200, false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(10, "Freiberg", "mittelsachsen", 5));
		PlatformUser staff = fixtures.staff(provider);
		PlatformUser person = fixtures.person(TrainingsFixtures.token() + "-page");

		assertThat(mvc.post().uri("/weiterbildung/termine/{id}/anmelden", run).exchange()).hasStatus(403);
		// the offer page's button only leads to the confirmation page (a GET, nothing booked)
		assertThat(mvc.get().uri("/weiterbildung/{id}", offer).with(user(person)).exchange()).bodyText()
			.contains("action=\"/weiterbildung/termine/" + run + "/anmelden\" method=\"get\"");
		// a POST without the confirmation leads to the confirmation page and books nothing
		assertThat(mvc.post().uri("/weiterbildung/termine/{id}/anmelden", run).with(user(person)).with(csrf()).exchange())
			.hasRedirectedUrl("/weiterbildung/termine/" + run + "/anmelden");
		assertThat(as(person, () -> registrations.own(run))).isEmpty();
		MvcTestResult confirmation = mvc.get().uri("/weiterbildung/termine/{id}/anmelden", run).with(user(person)).exchange();
		assertThat(confirmation).hasStatusOk().bodyText()
			.contains(title, provider.name(), "7.200,00", "Freiberg", "Stornobedingungen", "kurs@test.example",
					"/foerderrechner?courseHours=16&amp;courseCost=7200", "name=\"verbindlich\"", "Verbindlich anmelden");
		assertThat(as(person, () -> registrations.own(run))).isEmpty();

		assertThat(mvc.post().uri("/weiterbildung/termine/{id}/anmelden", run).with(user(person)).with(csrf())
			.param("verbindlich", "ja").exchange()).hasRedirectedUrl("/weiterbildung/" + offer);
		assertThat(mvc.get().uri("/weiterbildung/{id}", offer).with(user(person)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Sie sind angemeldet.");
		assertThat(Mails.single(outbox, person.email()).subject()).isEqualTo("Ihre Anmeldung zur Weiterbildung");
		assertThat(Mails.single(outbox, staff.email()).subject()).isEqualTo("Neue Anmeldung zu Ihrem Kurs");
		assertThat(Mails.single(outbox, staff.email()).text()).contains(person.getDisplayName(), title,
				"/anbieter/termine/" + run + "/teilnehmende", "Guten Tag,");
		MvcTestResult mine = mvc.get().uri("/meine-weiterbildungen").with(user(person)).exchange();
		assertThat(mine).hasStatusOk().bodyText().contains(title);
		RegistrationSummary registration = as(person, () -> registrations.own(run)).orElseThrow();

		// cancelling asks first, too
		assertThat(mvc.post().uri("/meine-weiterbildungen/{id}/stornieren", registration.id()).with(user(person))
			.with(csrf()).exchange()).hasRedirectedUrl("/meine-weiterbildungen/" + registration.id() + "/stornieren");
		assertThat(registrations.registration(registration.id()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(mvc.get().uri("/meine-weiterbildungen/{id}/stornieren", registration.id()).with(user(person)).exchange())
			.hasStatusOk().bodyText().contains(title, "Stornobedingungen", "Anmeldung verbindlich stornieren");
		assertThat(mvc.get().uri("/meine-weiterbildungen/{id}/stornieren", registration.id())
			.with(user(fixtures.person(TrainingsFixtures.token() + "-other"))).exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/meine-weiterbildungen/{id}/stornieren", registration.id()).with(user(person))
			.with(csrf()).param("verbindlich", "ja").exchange()).hasRedirectedUrl("/meine-weiterbildungen");
		assertThat(registrations.registration(registration.id()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(Mails.to(outbox, person.email())).extracting(Outbox.StoredMail::subject)
			.contains("Ihre Stornierung ist eingegangen");
		assertThat(Mails.to(outbox, staff.email())).extracting(Outbox.StoredMail::subject)
			.containsExactlyInAnyOrder("Neue Anmeldung zu Ihrem Kurs", "Stornierung einer Anmeldung zu Ihrem Kurs");
	}

	@Test
	void registrationsArePartOfThePersonsDataExportAndAreErased() {
		OrganisationSummary provider = fixtures.provider("Daten " + TrainingsFixtures.token());
		String title = "Datenkurs " + TrainingsFixtures.token();
		long offer = fixtures.offer(provider, TrainingsFixtures.draft(title, 16, 300, false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(10, "Zwickau", "zwickau", 1));
		PlatformUser person = fixtures.person(TrainingsFixtures.token() + "-data");
		PlatformUser waiting = fixtures.person(TrainingsFixtures.token() + "-waiting");
		as(person, () -> registrations.registerSelf(run));
		RegistrationSummary next = as(waiting, () -> registrations.registerSelf(run));

		Map<String, Object> export = personalData.export(person.id());
		assertThat(export.toString()).contains(title, person.email(), "CONFIRMED");

		personalData.erase(person.id());

		assertThat(personalData.export(person.id()).get("registrations")).asList().isEmpty();
		assertThat(registrations.registration(next.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void aRunThatHasStartedOrAnUnpublishedOfferTakesNoRegistrations() {
		OrganisationSummary provider = fixtures.provider("Geschlossen " + TrainingsFixtures.token());
		long offer = fixtures.offer(provider, TrainingsFixtures.draft("Geschlossen " + TrainingsFixtures.token(), 16, 300,
				false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(10, "Zwickau", "zwickau", 3));
		PlatformUser staff = fixtures.staff(provider);
		Offers offers = fixtures.offers();
		long version = as(staff, () -> offers.editable(offer)).orElseThrow().version();
		as(staff, () -> {
			offers.changeStatus(offer, version, OfferStatus.ARCHIVED);
			return null;
		});
		assertThatThrownBy(() -> as(fixtures.person(TrainingsFixtures.token()), () -> registrations.registerSelf(run)))
			.isInstanceOf(RegistrationClosedException.class);
	}

	@Test
	void aCompanyAdminRegistersAnEmployeeAndOthersMayNot() {
		String token = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Firma " + token);
		long offer = fixtures.offer(provider, TrainingsFixtures.draft("Firmenkurs " + token, 16, 300, false, List.of("lean")));
		long run = fixtures.run(offer, TrainingsFixtures.run(10, "Zwickau", "zwickau", 5));
		OrganisationSummary company = organisations.ensure("Betrieb " + token, OrganisationKind.COMPANY, "zwickau", null);
		OrganisationSummary otherCompany = organisations.ensure("Anderer Betrieb " + token, OrganisationKind.COMPANY,
				"zwickau", null);
		PlatformUser admin = memberships.member(token + "-admin@test.itas.local", company.id(), Role.COMPANY_ADMIN);
		PlatformUser employee = memberships.member(token + "-employee@test.itas.local", company.id(), Role.COMPANY_MEMBER);
		PlatformUser stranger = memberships.member(token + "-stranger@test.itas.local", otherCompany.id(), Role.COMPANY_MEMBER);
		PlatformUser otherAdmin = memberships.member(token + "-other-admin@test.itas.local", otherCompany.id(),
				Role.COMPANY_ADMIN);

		// the offer page offers the admin the company's members, each naming its company
		assertThat(mvc.get().uri("/weiterbildung/{id}", offer).with(user(admin)).exchange()).hasStatusOk().bodyText()
			.contains("value=\"" + company.id() + ":" + employee.id() + "\"", "(Betrieb " + token + ")")
			.doesNotContain(stranger.id().toString());
		assertThat(mvc.post().uri("/weiterbildung/termine/{id}/anmelden", run).with(user(admin)).with(csrf())
			.param("employee", "kein-mitglied").param("verbindlich", "ja").exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/weiterbildung/termine/{id}/anmelden", run).with(user(employee)).with(csrf())
			.param("employee", company.id() + ":" + admin.id()).param("verbindlich", "ja").exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/weiterbildung/termine/{id}/anmelden", run).with(user(admin)).with(csrf())
			.param("employee", company.id() + ":" + stranger.id()).param("verbindlich", "ja").exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/weiterbildung/termine/{id}/anmelden?employee={choice}", run,
				company.id() + ":" + stranger.id()).with(user(admin)).exchange()).hasStatus(403);
		// the confirmation page names the employee; without confirming nothing is booked
		assertThat(mvc.get().uri("/weiterbildung/termine/{id}/anmelden?employee={choice}", run,
				company.id() + ":" + employee.id()).with(user(admin)).exchange()).hasStatusOk().bodyText()
			.contains("Sie melden Test " + employee.email() + " (Betrieb " + token + ")",
					"value=\"" + company.id() + ":" + employee.id() + "\"");
		assertThat(mvc.post().uri("/weiterbildung/termine/{id}/anmelden", run).with(user(admin)).with(csrf())
			.param("employee", company.id() + ":" + employee.id()).exchange())
			.hasRedirectedUrl("/weiterbildung/termine/" + run + "/anmelden?employee=" + company.id() + ":" + employee.id());
		assertThat(as(employee, () -> registrations.own(run))).isEmpty();
		assertThat(mvc.post().uri("/weiterbildung/termine/{id}/anmelden", run).with(user(admin)).with(csrf())
			.param("employee", company.id() + ":" + employee.id()).param("verbindlich", "ja").exchange())
			.hasRedirectedUrl("/weiterbildung/" + offer);

		RegistrationSummary registration = as(employee, () -> registrations.own(run)).orElseThrow();
		assertThat(registration.registeredBy()).isEqualTo(admin.id());
		assertThat(registration.companyId()).isEqualTo(company.id());
		assertThat(Mails.single(outbox, employee.email()).subject()).isEqualTo("Ihre Anmeldung zur Weiterbildung");
		// the admin who registered gets a copy, naming the employee
		assertThat(Mails.single(outbox, admin.email()).subject()).isEqualTo("Anmeldung Ihrer Beschäftigten zur Weiterbildung");
		assertThat(Mails.single(outbox, admin.email()).text()).contains("Test " + employee.email(), "Firmenkurs " + token);
		assertThat(mvc.get().uri("/meine-weiterbildungen").with(user(admin)).exchange()).hasStatusOk().bodyText()
			.contains("Anmeldungen für Beschäftigte", "Test " + employee.email(), "angemeldet");
		assertThatThrownBy(() -> as(otherAdmin, () -> {
			registrations.cancel(registration.id());
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		as(admin, () -> {
			registrations.cancel(registration.id());
			return null;
		});
		assertThat(registrations.registration(registration.id()).orElseThrow().status())
			.isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(Mails.to(outbox, employee.email())).extracting(Outbox.StoredMail::subject)
			.contains("Ihre Anmeldung wurde storniert");
		assertThat(Mails.to(outbox, admin.email())).extracting(Outbox.StoredMail::subject)
			.contains("Anmeldung zur Weiterbildung storniert");
	}

	static <T> T as(PlatformUser user, Callable<T> action) {
		return SignedIn.as(user, action);
	}

}
