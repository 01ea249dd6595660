package de.itas.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.surveys.SurveySubject;
import de.itas.platform.surveys.Surveys;

/**
 * The organiser's pages of the events module: the editor refuses per field and keeps what was typed, stale
 * saves are refused, providers see only their organisation's events, status changes and their refusals,
 * the programme within the event's time, questions locked by answers, content-checked uploads and their
 * public download, and the feedback survey sent to the attendees.
 */
@PlatformTest
class EventsOrganiserIntegrationTests {

	private static final String BASE = "/veranstaltungen/verwaltung";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestMemberships memberships;

	@Autowired
	Organisations organisations;

	@Autowired
	EventStore store;

	@Autowired
	EventDocumentation documentation;

	@Autowired
	Region region;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	Surveys surveys;

	private static String run() {
		return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
	}

	private UUID provider(String name) {
		return organisations.ensure(name + " (Veranstaltungstest)", OrganisationKind.PROVIDER, null, null).id();
	}

	private EventDraft draft(String title, UUID organiser, Instant start, Integer onsite, Integer online, String url) {
		return new EventDraft(EventType.WORKSHOP, title, "Kurz", "Lang", organiser, null, start, start.plus(Duration.ofHours(3)),
				null, onsite == null ? null : region.districts().get(0).code(), onsite == null ? "" : "Saal 1", "", "", "",
				onsite, online, url, "de", List.of(), List.of(TargetGroup.COMPANIES), true, false, false, "", 0, "", null);
	}

	private EventView event(String title, UUID organiser, Instant start, Integer onsite, Integer online, String url) {
		return store.create(draft(title, organiser, start, onsite, online, url), null);
	}

	private static Instant inDays(int days) {
		return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
	}

	private long register(UUID eventId, String email, String status, boolean checkedIn) {
		return jdbc.sql("""
				INSERT INTO events.registration (event_id, mode, status, name, email, registered_at, ticket_code, checked_in_at)
				VALUES (?, 'ONSITE', ?, 'Test Person', ?, now(), ?, ?) RETURNING id""")
			.params(eventId, status, email, UUID.randomUUID().toString().replace("-", "").substring(0, 16),
					checkedIn ? Timestamp.from(Instant.now()) : null)
			.query(Long.class)
			.single();
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	@Test
	void aRefusedEventNamesEachFieldKeepsWhatWasTypedAndStoresNothing() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		String summary = "Getippte Kurzbeschreibung " + run();
		MvcTestResult result = mvc.post().uri(BASE + "/neu").with(user(coordinator)).with(csrf())
			.param("type", "WORKSHOP")
			.param("title", "")
			.param("summary", summary)
			.param("organiserId", provider("Anbieter A").toString())
			.param("startsAt", "morgen früh")
			.param("endsAt", "2031-05-03T12:00")
			.param("onsiteCapacity", "viele")
			.param("onlineUrl", "zoom-link")
			.param("cost", "zehn Euro")
			.param("seriesChoice", "NEW")
			.param("language", "de")
			.exchange();
		assertThat(result).hasStatusOk().bodyText()
			.contains(summary)
			.contains("Titel: Bitte geben Sie einen Titel ein.")
			.contains("Beginn: Bitte Datum und Uhrzeit")
			.contains("Plätze vor Ort: Bitte eine Zahl von 1 bis")
			.contains("Zugangslink: Bitte eine vollständige Webadresse")
			.contains("Kosten in Euro: Bitte einen Betrag in Euro")
			.contains("Titel der neuen Reihe: Bitte geben Sie den Titel der neuen Reihe ein.")
			.contains("Landkreis oder kreisfreie Stadt: Bitte wählen Sie den Landkreis")
			.contains("Veranstaltungsort: Bitte nennen Sie den Veranstaltungsort.");
		assertThat(result).bodyText().contains("value=\"zoom-link\"").contains("value=\"zehn Euro\"");
		assertThat(jdbc.sql("SELECT count(*) FROM events.event WHERE summary = ?").param(summary).query(Long.class).single())
			.isZero();
		// an end before the start is named at the end
		assertThat(mvc.post().uri(BASE + "/neu").with(user(coordinator)).with(csrf())
			.param("type", "WEBINAR").param("title", "Webinar " + run()).param("organiserId", provider("Anbieter A").toString())
			.param("startsAt", "2031-05-03T12:00").param("endsAt", "2031-05-03T10:00").param("onlineCapacity", "50")
			.param("language", "de").exchange())
			.hasStatusOk().bodyText().contains("Ende: Das Ende muss nach dem Beginn liegen.");
	}

	@Test
	void organisersCreateSeriesAndOnlyTheCoordinationChangesThem() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		UUID mine = provider("Anbieter Eigen");
		PlatformUser staff = memberships.member("staff-events-" + mine + "@test.itas.local", mine, Role.PROVIDER);
		String title = "Foren-Reihe " + run();
		assertThat(mvc.post().uri(BASE + "/reihen").with(user(staff)).with(csrf()).param("title", " ").param("description", "Getippt"))
			.hasStatusOk().bodyText().contains("Titel der Reihe: Bitte geben Sie einen Titel ein.").contains("Getippt");
		assertThat(mvc.post().uri(BASE + "/reihen").with(user(staff)).with(csrf()).param("title", title))
			.hasRedirectedUrl(BASE + "/reihen");
		SeriesView series = store.allSeries().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
		assertThat(mvc.get().uri(BASE + "/reihen/{id}", series.id()).with(user(staff))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(BASE + "/reihen/{id}", series.id()).with(user(coordinator)).with(csrf())
			.param("title", title + " 2031").param("description", "Fünf Foren"))
			.hasRedirectedUrl(BASE + "/reihen");
		assertThat(store.series(series.id())).map(SeriesView::description).contains("Fünf Foren");
	}

	@Test
	void thePreviewRendersTheDescriptionSafelyAndSavesNothing() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		String title = "Vorschau " + run();
		assertThat(mvc.post().uri(BASE + "/neu").with(user(coordinator)).with(csrf())
			.param("vorschau", "1").param("title", title).param("language", "de")
			.param("description", "**Wichtig** <script>alert(1)</script>"))
			.hasStatusOk().bodyText()
			.contains("<strong>Wichtig</strong>")
			.doesNotContain("<script>alert(1)</script>")
			.doesNotContain("Bitte prüfen Sie Ihre Eingaben");
		assertThat(jdbc.sql("SELECT count(*) FROM events.event WHERE title = ?").param(title).query(Long.class).single()).isZero();
	}

	@Test
	void anEventIsCreatedWithANewSeriesAndAStaleSaveIsRefusedWithoutLosingTheInput() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		String title = "Hybrider Workshop " + run();
		MvcTestResult created = mvc.post().uri(BASE + "/neu").with(user(coordinator)).with(csrf())
			.param("type", "WORKSHOP").param("title", title).param("summary", "Kurz").param("description", "**Wichtig**")
			.param("organiserId", provider("Anbieter A").toString())
			.param("seriesChoice", "NEW").param("newSeriesTitle", "Reihe " + title)
			.param("startsAt", "2031-05-03T09:00").param("endsAt", "2031-05-03T16:30")
			.param("registrationUntil", "2031-05-01T18:00")
			.param("onsiteCapacity", "20").param("districtCode", region.districts().get(0).code()).param("venue", "Saal 2")
			.param("onlineCapacity", "100").param("onlineUrl", "https://meet.example.org/ws")
			.param("language", "de").param("actionFields", region.actionFields().get(0).code())
			.param("targetGroups", "COMPANIES", "EMPLOYEES").param("stepFree", "true").param("cost", "12,50")
			.exchange();
		EventView event = store.organisedBy(null, 0, 500).items().stream().filter(e -> e.title().equals(title)).findFirst()
			.orElseThrow();
		assertThat(created).hasRedirectedUrl(BASE + "/" + event.id());
		assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
		assertThat(event.hybrid()).isTrue();
		assertThat(event.costCents()).isEqualTo(1250);
		assertThat(event.startsAt()).isEqualTo(LocalDateTime.of(2031, 5, 3, 9, 0).atZone(EventStore.BERLIN).toInstant());
		assertThat(event.targetGroups()).containsExactly(TargetGroup.COMPANIES, TargetGroup.EMPLOYEES);
		assertThat(store.series(event.seriesId())).map(SeriesView::title).contains("Reihe " + title);

		// someone else saves first: the second save, based on the old version, is refused and keeps its input
		assertThat(store.update(event.id(), event.version(), draft(title + " (geändert)", event.organiserId(),
				event.startsAt(), 20, null, ""))).isTrue();
		assertThat(mvc.post().uri(BASE + "/{id}", event.id()).with(user(coordinator)).with(csrf())
			.param("version", Long.toString(event.version()))
			.param("type", "WORKSHOP").param("title", "Mein neuer Titel").param("organiserId", event.organiserId().toString())
			.param("startsAt", "2031-05-03T09:00").param("endsAt", "2031-05-03T16:30").param("onlineCapacity", "30")
			.param("language", "de").exchange())
			.hasStatusOk().bodyText()
			.contains("Jemand anderes hat die Veranstaltung inzwischen geändert")
			.contains("value=\"Mein neuer Titel\"");
		assertThat(store.find(event.id()).orElseThrow().title()).isEqualTo(title + " (geändert)");
	}

	@Test
	void aProviderSeesOnlyTheirOrganisationsEvents() {
		UUID mine = provider("Anbieter Eigen");
		UUID other = provider("Anbieter Fremd");
		PlatformUser staff = memberships.member("staff-events-" + mine + "@test.itas.local", mine, Role.PROVIDER);
		EventView own = event("Eigene Veranstaltung " + run(), mine, inDays(30), 10, null, "");
		EventView foreign = event("Fremde Veranstaltung " + run(), other, inDays(30), 10, null, "");
		assertThat(mvc.get().uri(BASE).with(user(staff))).hasStatusOk().bodyText()
			.contains(own.title())
			.doesNotContain(foreign.title());
		assertThat(mvc.get().uri(BASE + "/{id}", own.id()).with(user(staff))).hasStatusOk();
		assertThat(mvc.get().uri(BASE + "/{id}", foreign.id()).with(user(staff))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(BASE + "/{id}/programm", foreign.id()).with(user(staff))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri(BASE + "/{id}/status", foreign.id()).with(user(staff)).with(csrf()).param("status", "PLANNED"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(store.find(foreign.id()).orElseThrow().status()).isEqualTo(EventStatus.DRAFT);
		// naming another organisation as organiser is refused
		assertThat(mvc.post().uri(BASE + "/neu").with(user(staff)).with(csrf())
			.param("type", "WEBINAR").param("title", "Untergeschoben " + run()).param("organiserId", other.toString())
			.param("startsAt", "2031-05-03T09:00").param("endsAt", "2031-05-03T10:00").param("onlineCapacity", "30")
			.param("language", "de").exchange())
			.hasStatusOk().bodyText().contains("Veranstalter: Bitte wählen Sie einen Veranstalter");
		// people who organise nothing get 404; staff without an organisation see their (empty) list, but cannot create
		assertThat(mvc.get().uri(BASE).with(user(accounts.user(Role.EMPLOYEE)))).hasStatus(HttpStatus.NOT_FOUND);
		PlatformUser alone = accounts.user(Role.PROVIDER);
		assertThat(mvc.get().uri(BASE).with(user(alone))).hasStatusOk().bodyText()
			.contains("sobald dessen Verwaltung Sie dort")
			.doesNotContain(own.title());
		assertThat(mvc.get().uri(BASE + "/neu").with(user(alone))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void statusChangesFollowTheRulesAndADraftIsDeletedAfterConfirmation() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		EventView webinar = event("Webinar ohne Link " + run(), provider("Anbieter A"), inDays(20), null, 50, "");
		// an online event opens registration only with its join link
		assertThat(mvc.post().uri(BASE + "/{id}/status", webinar.id()).with(user(coordinator)).with(csrf()).param("status", "OPEN"))
			.hasRedirectedUrl(BASE + "/" + webinar.id() + "#status")
			.flash().containsEntry("statusProblem", "events.organiser.status.error.join-link");
		assertThat(store.find(webinar.id()).orElseThrow().status()).isEqualTo(EventStatus.DRAFT);
		assertThat(mvc.post().uri(BASE + "/{id}/status", webinar.id()).with(user(coordinator)).with(csrf()).param("status", "PLANNED"))
			.flash().containsEntry("message", "events.organiser.status.changed.PLANNED");
		assertThat(store.find(webinar.id()).orElseThrow().status()).isEqualTo(EventStatus.PLANNED);
		// a planned event cannot be deleted
		assertThat(mvc.post().uri(BASE + "/{id}/loeschen", webinar.id()).with(user(coordinator)).with(csrf()))
			.flash().containsEntry("statusProblem", "events.organiser.delete.error.not-draft");
		assertThat(store.find(webinar.id())).isPresent();

		EventView current = store.find(webinar.id()).orElseThrow();
		assertThat(store.update(current.id(), current.version(), draft(current.title(), current.organiserId(),
				current.startsAt(), null, 50, "https://meet.example.org/x"))).isTrue();
		mvc.post().uri(BASE + "/{id}/status", webinar.id()).with(user(coordinator)).with(csrf()).param("status", "OPEN").exchange();
		assertThat(store.find(webinar.id()).orElseThrow().status()).isEqualTo(EventStatus.OPEN);
		// once someone registered, registration cannot be closed again
		register(webinar.id(), "gast-" + run() + "@test.itas.local", "CONFIRMED", false);
		assertThat(mvc.post().uri(BASE + "/{id}/status", webinar.id()).with(user(coordinator)).with(csrf()).param("status", "PLANNED"))
			.flash().containsEntry("statusProblem", "events.organiser.status.error.has-registrations");
		assertThat(store.find(webinar.id()).orElseThrow().status()).isEqualTo(EventStatus.OPEN);

		EventView draft = event("Entwurf zum Löschen " + run(), provider("Anbieter A"), inDays(20), 10, null, "");
		assertThat(mvc.get().uri(BASE + "/{id}/loeschen", draft.id()).with(user(coordinator))).hasStatusOk().bodyText()
			.contains(draft.title());
		assertThat(store.find(draft.id())).isPresent();
		assertThat(mvc.post().uri(BASE + "/{id}/loeschen", draft.id()).with(user(coordinator)).with(csrf()))
			.hasRedirectedUrl(BASE);
		assertThat(store.find(draft.id())).isEmpty();
	}

	@Test
	void agendaItemsOutsideTheEventAreRefused() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		Instant start = LocalDateTime.of(2031, 6, 10, 9, 0).atZone(EventStore.BERLIN).toInstant();
		EventView event = event("Programmtest " + run(), provider("Anbieter A"), start, 10, null, "");
		assertThat(mvc.post().uri(BASE + "/{id}/programm", event.id()).with(user(coordinator)).with(csrf())
			.param("day", "2031-06-10").param("startTime", "08:00").param("endTime", "08:30").param("title", "Kaffeepause"))
			.hasStatusOk().bodyText()
			.contains("Beginn: Der Programmpunkt liegt außerhalb der Veranstaltung")
			.contains("value=\"Kaffeepause\"");
		assertThat(mvc.post().uri(BASE + "/{id}/programm", event.id()).with(user(coordinator)).with(csrf())
			.param("day", "2031-06-10").param("startTime", "11:00").param("endTime", "12:30").param("title", "Zu lang"))
			.hasStatusOk().bodyText().contains("Ende: Der Programmpunkt liegt außerhalb der Veranstaltung");
		assertThat(store.agenda(event.id())).isEmpty();
		assertThat(mvc.post().uri(BASE + "/{id}/programm", event.id()).with(user(coordinator)).with(csrf())
			.param("day", "2031-06-10").param("startTime", "09:15").param("endTime", "10:00").param("title", "Einführung")
			.param("speakers", "Dr. Muster").param("room", "Saal 1"))
			.hasRedirectedUrl(BASE + "/" + event.id() + "/programm");
		AgendaItem item = store.agenda(event.id()).get(0);
		assertThat(item.title()).isEqualTo("Einführung");
		assertThat(item.startsAt()).isEqualTo(start.plus(Duration.ofMinutes(15)));
		// editing keeps the rule; a valid change is saved, and an item can be removed
		assertThat(mvc.post().uri(BASE + "/{id}/programm/{item}", event.id(), item.id()).with(user(coordinator)).with(csrf())
			.param("day", "2031-06-11").param("startTime", "09:15").param("title", "Einführung"))
			.hasStatusOk().bodyText().contains("außerhalb der Veranstaltung");
		assertThat(mvc.post().uri(BASE + "/{id}/programm/{item}", event.id(), item.id()).with(user(coordinator)).with(csrf())
			.param("day", "2031-06-10").param("startTime", "10:00").param("title", "Begrüßung").param("room", "Foyer"))
			.hasRedirectedUrl(BASE + "/" + event.id() + "/programm");
		assertThat(store.agenda(event.id())).singleElement().satisfies(changed -> {
			assertThat(changed.title()).isEqualTo("Begrüßung");
			assertThat(changed.endsAt()).isNull();
			assertThat(changed.room()).isEqualTo("Foyer");
		});
		assertThat(mvc.post().uri(BASE + "/{id}/programm/{item}/entfernen", event.id(), item.id()).with(user(coordinator)).with(csrf()))
			.hasRedirectedUrl(BASE + "/" + event.id() + "/programm");
		assertThat(store.agenda(event.id())).isEmpty();
	}

	@Test
	void questionsAreLockedOnceARegistrationHasAnswered() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		EventView event = event("Fragentest " + run(), provider("Anbieter A"), inDays(40), 10, null, "");
		assertThat(mvc.post().uri(BASE + "/{id}/fragen", event.id()).with(user(coordinator)).with(csrf())
			.param("label", "Essenswunsch").param("kind", "CHOICE").param("choices", "nur eins"))
			.hasStatusOk().bodyText().contains("Auswahlmöglichkeiten: Bitte mindestens zwei");
		assertThat(mvc.post().uri(BASE + "/{id}/fragen", event.id()).with(user(coordinator)).with(csrf())
			.param("label", "Essenswunsch").param("kind", "CHOICE").param("choices", "vegetarisch\nvegan\nalles").param("required", "true"))
			.hasRedirectedUrl(BASE + "/" + event.id() + "/fragen");
		RegistrationQuestion question = store.questions(event.id()).get(0);
		assertThat(question.choices()).containsExactly("vegetarisch", "vegan", "alles");
		assertThat(question.required()).isTrue();

		long registration = register(event.id(), "fragen-" + run() + "@test.itas.local", "CONFIRMED", false);
		jdbc.sql("INSERT INTO events.answer (registration_id, question_id, value) VALUES (?, ?, 'vegan')")
			.params(registration, question.id()).update();
		assertThat(mvc.post().uri(BASE + "/{id}/fragen", event.id()).with(user(coordinator)).with(csrf())
			.param("label", "Noch eine").param("kind", "TEXT"))
			.hasStatusOk().bodyText().contains("Die Fragen sind gesperrt");
		assertThat(mvc.post().uri(BASE + "/{id}/fragen/{q}/entfernen", event.id(), question.id()).with(user(coordinator)).with(csrf()))
			.flash().containsEntry("problem", "events.organiser.questions.error.locked");
		assertThat(store.questions(event.id())).hasSize(1);
	}

	@Test
	void uploadsAreCheckedByContentAndPublishedDocumentationIsServedPublicly() throws IOException {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		EventView event = event("Dokumentationstest " + run(), provider("Anbieter A"), inDays(-3), 10, null, "");
		String path = BASE + "/" + event.id() + "/dokumentation/dateien";
		// a PNG renamed to .pdf, and a program named .pdf, are refused by their content
		assertThat(mvc.post().uri(path).multipart().file(new MockMultipartFile("file", "bericht.pdf", "application/pdf", png()))
			.param("kind", "OTHER").with(user(coordinator)).with(csrf()))
			.hasStatusOk().bodyText().contains("Datei: Dokumente nur als PDF");
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		assertThat(mvc.post().uri(path).multipart().file(new MockMultipartFile("file", "folien.pdf", "application/pdf", program))
			.param("kind", "SLIDES").with(user(coordinator)).with(csrf()))
			.hasStatusOk().bodyText().contains("Datei: Folien nur als PDF, PPTX oder ODP");
		// a photo needs its alternative text, and a PNG named .jpg does not fit its name
		assertThat(mvc.post().uri(path).multipart().file(new MockMultipartFile("file", "saal.png", "image/png", png()))
			.param("kind", "PHOTO").param("altText", " ").with(user(coordinator)).with(csrf()))
			.hasStatusOk().bodyText().contains("Alternativtext: Bitte beschreiben Sie");
		assertThat(mvc.post().uri(path).multipart().file(new MockMultipartFile("file", "saal.jpg", "image/jpeg", png()))
			.param("kind", "PHOTO").param("altText", "Der volle Saal").with(user(coordinator)).with(csrf()))
			.hasStatusOk().bodyText().contains("Der Dateiname passt nicht zum Inhalt");
		assertThat(store.documents(event.id())).isEmpty();
		// over the size limit
		FieldProblems tooLarge = catchThrowableOfType(FieldProblems.class, () -> documentation.upload(event,
				new EventDocumentation.Upload("OTHER", "", "", "gross.pdf", new byte[(int) documentation.maxBytes() + 1]), null));
		assertThat(tooLarge.problems()).extracting(problem -> problem.messageKey())
			.containsExactly("events.organiser.documents.error.too-large");

		assertThat(mvc.post().uri(path).multipart().file(new MockMultipartFile("file", "saal.png", "image/png", png()))
			.param("kind", "PHOTO").param("altText", "Der volle Saal").with(user(coordinator)).with(csrf()))
			.hasRedirectedUrl(BASE + "/" + event.id() + "/dokumentation");
		assertThat(mvc.post().uri(path).multipart()
			.file(new MockMultipartFile("file", "protokoll.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
			.param("kind", "OTHER").param("title", "Protokoll als PDF").with(user(coordinator)).with(csrf()))
			.hasRedirectedUrl(BASE + "/" + event.id() + "/dokumentation");
		DocumentView photo = store.documents(event.id()).stream().filter(d -> d.kind() == DocumentView.Kind.PHOTO)
			.findFirst().orElseThrow();
		assertThat(photo.contentType()).isEqualTo("image/png");
		String download = "/veranstaltungen/" + event.slug() + "/dokumente/" + photo.id();

		jdbc.sql("UPDATE events.event SET status = 'PLANNED' WHERE id = ?").param(event.id()).update();
		// unpublished: visitors get 404, the organiser gets the file
		assertThat(mvc.get().uri(download)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(download).with(user(coordinator))).hasStatusOk();
		assertThat(mvc.post().uri(BASE + "/{id}/dokumentation/veroeffentlichen", event.id()).with(user(coordinator)).with(csrf()))
			.hasRedirectedUrl(BASE + "/" + event.id() + "/dokumentation");
		assertThat(store.find(event.id()).orElseThrow().documented()).isTrue();
		MvcTestResult served = mvc.get().uri(download).exchange();
		assertThat(served).hasStatusOk().hasContentType("image/png");
		assertThat(served).headers().hasValue("X-Content-Type-Options", "nosniff");
		assertThat(served.getResponse().getHeader("Content-Disposition")).startsWith("inline").contains("saal.png");
		assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(png());

		// removing asks first, then removes
		assertThat(mvc.get().uri(BASE + "/{id}/dokumentation/dateien/{d}/entfernen", event.id(), photo.id()).with(user(coordinator)))
			.hasStatusOk().bodyText().contains("saal.png");
		assertThat(mvc.post().uri(BASE + "/{id}/dokumentation/dateien/{d}/entfernen", event.id(), photo.id()).with(user(coordinator)).with(csrf()))
			.hasRedirectedUrl(BASE + "/" + event.id() + "/dokumentation");
		assertThat(mvc.get().uri(download)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theFeedbackSurveyIsAttachedAndSentToTheCheckedInAttendees() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		EventView event = event("Feedbacktest " + run(), provider("Anbieter A"), inDays(-2), 10, null, "");
		String attended = "da-" + run() + "@test.itas.local";
		String absent = "weg-" + run() + "@test.itas.local";
		register(event.id(), attended, "CONFIRMED", true);
		register(event.id(), absent, "CONFIRMED", false);
		assertThat(mvc.post().uri(BASE + "/{id}/feedback", event.id()).with(user(coordinator)).with(csrf()))
			.hasRedirectedUrl(BASE + "/" + event.id() + "/feedback")
			.flash().containsEntry("invited", 1);
		var survey = surveys.attachedTo(new SurveySubject("events", "event", event.id().toString())).orElseThrow();
		assertThat(survey.title()).isEqualTo("Feedback: " + event.title());
		assertThat(outbox.list(0, 500)).filteredOn(mail -> mail.to().equals(attended)).hasSize(1);
		assertThat(outbox.list(0, 500)).filteredOn(mail -> mail.to().equals(absent)).isEmpty();
		assertThat(mvc.get().uri(BASE + "/{id}/feedback", event.id()).with(user(coordinator))).hasStatusOk().bodyText()
			.contains("/umfragen/verwaltung/" + survey.id() + "/ergebnisse");
		// before the end of an event nothing is sent
		EventView upcoming = event("Feedback zu früh " + run(), provider("Anbieter A"), inDays(5), 10, null, "");
		assertThat(mvc.post().uri(BASE + "/{id}/feedback", upcoming.id()).with(user(coordinator)).with(csrf()))
			.flash().containsEntry("problem", "events.organiser.feedback.error.not-yet");
		assertThat(surveys.attachedTo(new SurveySubject("events", "event", upcoming.id().toString()))).isEmpty();
		// without the surveys module's template the reason is shown, nothing half-made
		EventView later = event("Feedback ohne Vorlage " + run(), provider("Anbieter A"), inDays(-1), 10, null, "");
		String hidden = "event-feedback-hidden-" + run();
		jdbc.sql("UPDATE surveys.survey SET template_key = ? WHERE template_key = 'event-feedback'").param(hidden).update();
		try {
			assertThat(mvc.post().uri(BASE + "/{id}/feedback", later.id()).with(user(coordinator)).with(csrf()))
				.flash().containsEntry("problem", "events.organiser.feedback.error.no-template");
		}
		finally {
			jdbc.sql("UPDATE surveys.survey SET template_key = 'event-feedback' WHERE template_key = ?").param(hidden).update();
		}
		assertThat(surveys.attachedTo(new SurveySubject("events", "event", later.id().toString()))).isEmpty();
	}

}
