package de.itas.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.AuditLog;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The registration's pages through MockMvc: the form with the organiser's questions, the group form's waiting
 * list step, one registration's page and calendar file, check-in (idempotent), the attendance list and its
 * exports (formula-safe, audited), and the organiser's cancellation of the whole event, which mails everybody.
 */
@PlatformTest
class EventOrganiserPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventRegistrations registrations;

	@Autowired
	EventsRegistrationFixtures fixtures;

	@Autowired
	EventStore store;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventCalendar calendar;

	@Test
	void theFormAsksTheOrganisersQuestionsAndKeepsTheAnswersOfARefusedRegistration() {
		EventView event = fixtures.open(fixtures.organiser(), 4, 4);
		store.replaceQuestions(event.id(), List.of(
				new RegistrationQuestion(0, 1, "Essenswunsch", RegistrationQuestion.Kind.CHOICE, List.of("vegetarisch", "vegan"), true),
				new RegistrationQuestion(0, 2, "Barrierefreiheit", RegistrationQuestion.Kind.TEXT, List.of(), false)));
		List<RegistrationQuestion> questions = store.questions(event.id());
		PlatformUser person = accounts.person("Formular " + EventsRegistrationFixtures.token());
		String path = "/veranstaltungen/" + event.slug() + "/anmeldung";
		assertThat(mvc.get().uri(path).with(user(person)).exchange()).hasStatusOk()
			.bodyText()
			.contains("Essenswunsch")
			.contains(person.email());
		// no mode and no answer to the required question: refused at the fields, the typed text kept
		MvcTestResult refused = mvc.post().uri(path).with(user(person)).with(csrf())
			.param("answers[q" + questions.get(1).id() + "]", "Rollstuhlplatz bitte")
			.exchange();
		assertThat(refused).hasStatus(422).bodyText()
			.contains("Bitte wählen Sie, ob Sie vor Ort oder online teilnehmen.")
			.contains("„Essenswunsch“: Bitte beantworten Sie diese Frage.")
			.contains("Rollstuhlplatz bitte")
			.contains("href=\"#answers-q" + questions.get(0).id() + "\"");
		assertThat(fixtures.registrations(event.id())).isEmpty();

		MvcTestResult done = mvc.post().uri(path).with(user(person)).with(csrf())
			.param("mode", "ONLINE")
			.param("answers[q" + questions.get(0).id() + "]", "vegan")
			.exchange();
		assertThat(done).hasStatus3xxRedirection();
		RegistrationView registration = fixtures.registrations(event.id()).get(0);
		assertThat(registration.mode()).isEqualTo(AttendanceMode.ONLINE);
		assertThat(registrations.answersOf(registration.id())).containsEntry(questions.get(0).id(), "vegan");
		assertThat(mvc.get().uri("/veranstaltungen/anmeldungen/{id}", registration.id()).with(user(person)).exchange())
			.hasStatusOk().bodyText().contains(registration.ticketCode()).contains("<svg");
		// nobody else sees it
		PlatformUser other = accounts.person("Fremd " + EventsRegistrationFixtures.token());
		assertThat(mvc.get().uri("/veranstaltungen/anmeldungen/{id}", registration.id()).with(user(other)).exchange())
			.hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/meine-anmeldungen").with(user(person)).exchange()).hasStatusOk()
			.bodyText().contains(event.title());
	}

	@Test
	void theRegisteredOnlineParticipantsCalendarFileCarriesTheJoinLinkThePublicOneDoesNot() throws Exception {
		EventView event = fixtures.open(fixtures.organiser(), null, 10);
		PlatformUser person = accounts.person("Kalender " + EventsRegistrationFixtures.token());
		RegistrationView registration = SignedIn.as(person,
				() -> registrations.registerSelf(event.id(), null, "", Map.of()));
		MvcTestResult ics = mvc.get().uri("/veranstaltungen/anmeldungen/{id}/termin.ics", registration.id())
			.with(user(person))
			.exchange();
		assertThat(ics).hasStatusOk();
		VEvent own = vevent(ics.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(own.getProperty("CONFERENCE")).hasValueSatisfying(
				conference -> assertThat(conference.getValue()).isEqualTo(event.onlineUrl()));
		VEvent publicFile = vevent(calendar.event(fixtures.find(event.id()), false));
		assertThat(publicFile.getProperty("CONFERENCE")).isEmpty();
		assertThat(publicFile.getProperty("SUMMARY")).hasValueSatisfying(
				summary -> assertThat(summary.getValue()).isEqualTo(event.title()));
	}

	private static VEvent vevent(String text) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
	}

	@Test
	void aGroupLargerThanTheFreePlacesIsAskedBeforeItGoesToTheWaitingListTogether() {
		EventView event = fixtures.open(fixtures.organiser(), 2, null);
		OrganisationSummary company = fixtures.company();
		PlatformUser admin = fixtures.companyAdmin(company);
		String token = EventsRegistrationFixtures.token();
		String path = "/veranstaltungen/" + event.slug() + "/gruppenanmeldung";
		assertThat(mvc.get().uri(path).with(user(admin)).exchange()).hasStatusOk().bodyText().contains("2 Plätze frei");
		MvcTestResult asked = mvc.post().uri(path).with(user(admin)).with(csrf())
			.param("company", company.id().toString())
			.param("people[0].name", "Eins " + token).param("people[0].email", token + "-1@test.itas.local")
			.param("people[1].name", "Zwei " + token).param("people[1].email", token + "-2@test.itas.local")
			.param("people[2].name", "Drei " + token).param("people[2].email", token + "-3@test.itas.local")
			.exchange();
		assertThat(asked).hasStatusOk().bodyText()
			.contains("Für 3 Personen sind nur 2 Plätze frei – die Gruppe kommt gemeinsam auf die Warteliste.")
			.contains("Drei " + token);
		assertThat(fixtures.registrations(event.id())).isEmpty();
		// a row without address is refused at its field, nothing stored
		MvcTestResult invalid = mvc.post().uri(path).with(user(admin)).with(csrf())
			.param("company", company.id().toString())
			.param("people[0].name", "Eins " + token).param("people[0].email", "keine-adresse")
			.exchange();
		assertThat(invalid).hasStatus(422).bodyText()
			.contains("Person 1: Bitte geben Sie eine gültige E-Mail-Adresse ein.")
			.contains("href=\"#people-0-email\"");
		MvcTestResult accepted = mvc.post().uri(path).with(user(admin)).with(csrf())
			.param("company", company.id().toString())
			.param("people[0].name", "Eins " + token).param("people[0].email", token + "-1@test.itas.local")
			.param("people[1].name", "Zwei " + token).param("people[1].email", token + "-2@test.itas.local")
			.param("people[2].name", "Drei " + token).param("people[2].email", token + "-3@test.itas.local")
			.param("warteliste", "ja")
			.exchange();
		assertThat(accepted).hasStatus3xxRedirection();
		assertThat(fixtures.registrations(event.id())).hasSize(3)
			.allSatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.WAITING));
		// the people without account reach their registration through the link in their mail
		Outbox.StoredMail mail = Mails.single(outbox, token + "-2@test.itas.local");
		assertThat(mail.subject()).isEqualTo("Sie stehen auf der Warteliste");
		String link = Mails.link(mail);
		assertThat(link).startsWith("/veranstaltungen/teilnahme/");
		assertThat(mvc.get().uri(link).exchange()).hasStatusOk().bodyText().contains("Platz 2 der Warteliste");
		assertThat(mvc.get().uri("/veranstaltungen/meine-anmeldungen").with(user(admin)).exchange()).hasStatusOk()
			.bodyText().contains("Drei " + token);
	}

	@Test
	void checkingInTwiceGivesOneCheckInAndTellsWhenItWas() {
		OrganisationSummary organiser = fixtures.organiser();
		EventView event = fixtures.open(organiser, 5, null);
		PlatformUser staff = fixtures.staff(organiser);
		PlatformUser otherStaff = fixtures.staff(fixtures.organiser());
		PlatformUser person = accounts.person("Einlass " + EventsRegistrationFixtures.token());
		RegistrationView registration = SignedIn.as(person,
				() -> registrations.registerSelf(event.id(), null, "", Map.of()));
		String page = "/veranstaltungen/verwaltung/" + event.id() + "/einlass/" + registration.ticketCode();
		assertThat(mvc.get().uri(page).with(user(otherStaff)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(page).with(user(staff)).exchange()).hasStatusOk().bodyText().contains("Einchecken");
		MvcTestResult checkedIn = mvc.post().uri(page).with(user(staff)).with(csrf()).exchange();
		assertThat(checkedIn).hasStatus3xxRedirection().redirectedUrl().endsWith("?ergebnis=CHECKED_IN");
		assertThat(mvc.get().uri(page + "?ergebnis=CHECKED_IN").with(user(staff)).exchange()).bodyText()
			.contains(person.getDisplayName() + " ist eingecheckt.");
		RegistrationView first = fixtures.registration(registration.id());
		assertThat(first.checkedInAt()).isNotNull();
		// a second staff member (or a retried request) checks the same person in again: nothing changes
		MvcTestResult again = mvc.post().uri(page).with(user(staff)).with(csrf()).exchange();
		assertThat(again).redirectedUrl().endsWith("?ergebnis=ALREADY");
		assertThat(mvc.get().uri(page + "?ergebnis=ALREADY").with(user(staff)).exchange()).bodyText()
			.contains(person.getDisplayName() + " ist bereits eingecheckt um");
		assertThat(fixtures.registration(registration.id()).checkedInAt()).isEqualTo(first.checkedInAt());
		assertThat(mvc.get().uri(page).with(user(staff)).exchange()).bodyText().contains("Bereits eingecheckt");
		// the list finds the person by name
		assertThat(mvc.get().uri("/veranstaltungen/verwaltung/{id}/einlass", event.id()).param("suche", "Einlass")
			.with(user(staff)).exchange()).hasStatusOk().bodyText().contains(person.getDisplayName());
	}

	@Test
	void aWalkInTakesAFreeOnSitePlaceAndIsRefusedWhenNoneIsFree() {
		OrganisationSummary organiser = fixtures.organiser();
		EventView event = fixtures.open(organiser, 1, null);
		PlatformUser staff = fixtures.staff(organiser);
		String path = "/veranstaltungen/verwaltung/" + event.id() + "/einlass/spontan";
		assertThat(mvc.post().uri(path).with(user(staff)).with(csrf()).param("name", "Spontan Eins").exchange())
			.hasStatus3xxRedirection();
		assertThat(fixtures.registrations(event.id())).singleElement().satisfies(r -> {
			assertThat(r.walkIn()).isTrue();
			assertThat(r.checkedIn()).isTrue();
			assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		});
		assertThat(mvc.post().uri(path).with(user(staff)).with(csrf()).param("name", "Spontan Zwei").exchange())
			.hasStatus(422).bodyText().contains("Vor Ort ist kein Platz mehr frei");
		assertThat(fixtures.registrations(event.id())).hasSize(1);
	}

	@Test
	void theAttendanceExportsAreFormulaSafeAndEveryViewIsAudited() throws IOException {
		OrganisationSummary organiser = fixtures.organiser();
		EventView event = fixtures.open(organiser, 5, null);
		store.replaceQuestions(event.id(), List.of(
				new RegistrationQuestion(0, 1, "Anmerkung", RegistrationQuestion.Kind.TEXT, List.of(), false)));
		long question = store.questions(event.id()).get(0).id();
		PlatformUser staff = fixtures.staff(organiser);
		PlatformUser person = accounts.person("Export " + EventsRegistrationFixtures.token());
		SignedIn.as(person, () -> registrations.registerSelf(event.id(), null, "=HYPERLINK(\"http://x\")",
				Map.of(question, "@SUM(1+1)")));
		String list = "/veranstaltungen/verwaltung/" + event.id() + "/teilnehmende";
		assertThat(mvc.get().uri(list).with(user(accounts.person("Neugierig " + EventsRegistrationFixtures.token())))
			.exchange()).hasStatus(404);
		int before = audit.about(person.id(), 0, 100).size();
		assertThat(mvc.get().uri(list).with(user(staff)).exchange()).hasStatusOk().bodyText()
			.contains(person.getDisplayName()).contains("Anmerkung");
		assertThat(audit.about(person.id(), 0, 100)).hasSize(before + 1);

		MvcTestResult csv = mvc.get().uri(list + ".csv").with(user(staff)).exchange();
		assertThat(csv).hasStatusOk();
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).substring(1);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))
			.getRecords();
		assertThat(records.get(0).values()).contains("Name", "Anmerkung");
		assertThat(records.get(1).get(0)).isEqualTo(person.getDisplayName());
		assertThat(records.get(1).get(2)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(records.get(1).get(7)).isEqualTo("'@SUM(1+1)");
		assertThat(audit.about(person.id(), 0, 100)).hasSize(before + 2).first()
			.satisfies(entry -> assertThat(entry.whatKey()).isEqualTo("events.audit.attendance-export"));

		MvcTestResult xlsx = mvc.get().uri(list + ".xlsx").with(user(staff)).exchange();
		assertThat(xlsx).hasStatusOk();
		Map<String, String> parts = unzip(xlsx.getResponse().getContentAsByteArray());
		String strings = parts.getOrDefault("xl/sharedStrings.xml", "") + parts.get("xl/worksheets/sheet1.xml");
		assertThat(strings).contains("&apos;=HYPERLINK").contains("&apos;@SUM(1+1)");
		assertThat(parts.get("xl/worksheets/sheet1.xml")).doesNotContain("<f>");
		assertThat(audit.about(person.id(), 0, 100)).hasSize(before + 3);
	}

	private static Map<String, String> unzip(byte[] file) throws IOException {
		Map<String, String> parts = new HashMap<>();
		java.nio.file.Path temporary = java.nio.file.Files.createTempFile("attendance", ".xlsx");
		try {
			java.nio.file.Files.write(temporary, file);
			try (ZipFile zip = new ZipFile(temporary.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(temporary);
		}
		return parts;
	}

	@Test
	void theOrganiserCancelsTheEventAndEverybodyRegisteredGetsAMailWithTheReason() {
		OrganisationSummary organiser = fixtures.organiser();
		EventView event = fixtures.open(organiser, 1, null);
		PlatformUser staff = fixtures.staff(organiser);
		String token = EventsRegistrationFixtures.token();
		PlatformUser first = accounts.person("Absage " + token);
		PlatformUser second = accounts.person("Absagezwei " + token);
		SignedIn.as(first, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		SignedIn.as(second, () -> registrations.registerSelf(event.id(), null, "", Map.of()));
		String path = "/veranstaltungen/verwaltung/" + event.id() + "/absagen";
		assertThat(mvc.get().uri(path).with(user(staff)).exchange()).hasStatusOk();
		// without the confirmation nothing happens
		assertThat(mvc.post().uri(path).with(user(staff)).with(csrf()).param("reason", "Referent erkrankt").exchange())
			.hasStatus(422).bodyText().contains("Bitte bestätigen Sie die Absage.");
		assertThat(fixtures.find(event.id()).status()).isEqualTo(EventStatus.OPEN);
		assertThat(mvc.post().uri(path).with(user(first)).with(csrf()).param("reason", "x").param("confirmed", "true")
			.exchange()).hasStatus(404);

		assertThat(mvc.post().uri(path).with(user(staff)).with(csrf()).param("reason", "Referent erkrankt")
			.param("confirmed", "true").exchange()).hasStatus3xxRedirection();
		EventView cancelled = fixtures.find(event.id());
		assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
		assertThat(cancelled.cancelReason()).isEqualTo("Referent erkrankt");
		assertThat(fixtures.registrations(event.id())).hasSize(2).allSatisfy(r -> {
			assertThat(r.status()).isEqualTo(RegistrationStatus.CANCELLED);
			assertThat(r.cancelledByOrganiser()).isTrue();
		});
		for (PlatformUser person : List.of(first, second)) {
			assertThat(Mails.to(outbox, person.email())).anySatisfy(mail -> {
				assertThat(mail.subject()).isEqualTo("Die Veranstaltung ist abgesagt");
				assertThat(mail.text()).contains("Referent erkrankt");
			});
		}
	}

	@Test
	void aCheckedInPersonGetsACertificateAfterTheEventAndEveryConfirmedOneATicket() {
		OrganisationSummary organiser = fixtures.organiser();
		EventView event = fixtures.open(organiser, 5, null);
		PlatformUser staff = fixtures.staff(organiser);
		PlatformUser person = accounts.person("Bescheinigt " + EventsRegistrationFixtures.token());
		RegistrationView registration = SignedIn.as(person,
				() -> registrations.registerSelf(event.id(), null, "", Map.of()));
		String base = "/veranstaltungen/anmeldungen/" + registration.id();
		MvcTestResult ticket = mvc.get().uri(base + "/ticket.pdf").with(user(person)).exchange();
		assertThat(ticket).hasStatusOk().hasContentType("application/pdf");
		assertThat(new String(ticket.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
		SignedIn.as(staff, () -> registrations.checkIn(event.id(), registration.ticketCode()));
		// not before the event is over
		assertThat(mvc.get().uri(base + "/bescheinigung.pdf").with(user(person)).exchange()).hasStatus(404);
		fixtures.startAt(event.id(), fixtures.now().minus(java.time.Duration.ofDays(1)));
		MvcTestResult certificate = mvc.get().uri(base + "/bescheinigung.pdf").with(user(person)).exchange();
		assertThat(certificate).hasStatusOk().hasContentType("application/pdf");
		assertThat(mvc.get().uri(base).with(user(person)).exchange()).bodyText().contains("Teilnahmebescheinigung (PDF)");
	}

}
