package de.itas.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public side of events against the running application: the calendar's filters and the feed of the same
 * selection, the event page's JSON-LD and {@code .ics} parsed back, drafts hidden from visitors, the join link
 * only for a registered online participant close to the start, and the series page.
 */
@PlatformTest
class EventPagesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventStore store;

	@Autowired
	EventCalendar calendar;

	@Autowired
	Organisations organisations;

	@Autowired
	Region region;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCalendarAndItsFeedShowTheSameFilteredSelection() throws Exception {
		String token = token();
		String district = region.districts().get(1).code();
		Instant start = Instant.now().plus(Duration.ofDays(40));
		EventView workshop = open(draft(EventType.WORKSHOP, "Workshop " + token, start, district, 20, null, ""));
		EventView webinar = open(draft(EventType.WEBINAR, "Webinar " + token, start, null, null, 50,
				"https://konferenz.example.org/" + token));
		String month = YearMonth.from(start.atZone(EventStore.BERLIN)).toString();

		String onSite = page("/veranstaltungen?typ=WORKSHOP&landkreis=" + district + "&monat=" + month);
		assertThat(onSite).contains(workshop.title()).doesNotContain(webinar.title());
		String online = page("/veranstaltungen?teilnahme=online&monat=" + month);
		assertThat(online).contains(webinar.title()).doesNotContain(workshop.title());
		Document document = Jsoup.parse(onSite);
		String feedLink = document.select("a[href*=kalender.ics]").attr("href");
		assertThat(feedLink).contains("typ=WORKSHOP").contains("landkreis=" + district);

		Calendar feed = ics(feedLink);
		List<String> summaries = feed.getComponents(Component.VEVENT)
			.stream()
			.map(event -> event.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.toList();
		assertThat(summaries).contains(workshop.title()).doesNotContain(webinar.title());
		Calendar onlineFeed = ics("/veranstaltungen/kalender.ics?teilnahme=online&monat=" + month);
		assertThat(onlineFeed.toString()).contains(webinar.title()).doesNotContain("CONFERENCE")
			.doesNotContain(webinar.onlineUrl());
	}

	@Test
	void theEventPageDescribesTheEventAsSchemaOrgEventWithItsRemainingPlacesAndWithoutTheJoinLink() throws Exception {
		String token = token();
		String url = "https://konferenz.example.org/" + token;
		EventView event = open(draft(EventType.CONGRESS, "Kongress " + token, Instant.now().plus(Duration.ofDays(20)),
				region.districts().get(0).code(), 10, 30, url));
		register(event, AttendanceMode.ONSITE, RegistrationStatus.CONFIRMED, null);
		register(event, AttendanceMode.ONSITE, RegistrationStatus.OFFERED, null);
		register(event, AttendanceMode.ONLINE, RegistrationStatus.WAITING, null);

		String html = page("/veranstaltungen/" + event.slug());
		assertThat(html).doesNotContain(url);
		JsonNode json = JSON.readTree(Jsoup.parse(html).select("script[type=application/ld+json]").html());
		assertThat(json.get("@type").asString()).isEqualTo("Event");
		assertThat(json.get("name").asString()).isEqualTo(event.title());
		assertThat(json.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
		assertThat(json.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
		assertThat(json.get("startDate").asString()).isEqualTo(event.startsAt().toString());
		assertThat(json.get("location").isArray()).isTrue();
		assertThat(json.get("location").get(0).get("@type").asString()).isEqualTo("Place");
		assertThat(json.get("location").get(0).get("address").get("addressLocality").asString()).isEqualTo("Musterstadt");
		assertThat(json.get("location").get(1).get("@type").asString()).isEqualTo("VirtualLocation");
		assertThat(json.get("maximumAttendeeCapacity").asInt()).isEqualTo(40);
		// two on-site places held (confirmed and offered); the waiting person holds none
		assertThat(json.get("remainingAttendeeCapacity").asInt()).isEqualTo(38);
		assertThat(json.get("offers").get("availability").asString()).isEqualTo("https://schema.org/InStock");

		Calendar ics = ics("/veranstaltungen/" + event.slug() + "/termin.ics");
		Component vevent = ics.getComponent(Component.VEVENT).orElseThrow();
		assertThat(vevent.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(event.title());
		assertThat(vevent.getProperty(Property.LOCATION).orElseThrow().getValue()).contains("Musterstraße 1");
		assertThat(vevent.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(
				java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
					.withZone(java.time.ZoneOffset.UTC)
					.format(event.startsAt()));
		assertThat(vevent.getProperty("CONFERENCE")).isEmpty();
		assertThat(ics.toString()).doesNotContain(url);

		store.status(event.id(), EventStatus.CANCELLED, "Krankheit");
		JsonNode cancelled = JSON.readTree(Jsoup.parse(page("/veranstaltungen/" + event.slug()))
			.select("script[type=application/ld+json]").html());
		assertThat(cancelled.get("eventStatus").asString()).isEqualTo("https://schema.org/EventCancelled");
		assertThat(ics("/veranstaltungen/" + event.slug() + "/termin.ics").getComponent(Component.VEVENT).orElseThrow()
			.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
	}

	@Test
	void aRegisteredParticipantsCalendarFileCarriesTheJoinLinkAsConference() throws Exception {
		String url = "https://konferenz.example.org/" + token();
		EventView event = open(draft(EventType.WEBINAR, "Webinar " + token(), Instant.now().plus(Duration.ofDays(3)),
				null, null, 25, url));

		Calendar personal = new CalendarBuilder().build(new StringReader(calendar.event(event, true)));
		personal.validate();
		Property conference = personal.getComponent(Component.VEVENT).orElseThrow()
			.getProperty("CONFERENCE").orElseThrow();
		assertThat(conference.getValue()).isEqualTo(url);
		assertThat(calendar.event(event, false)).doesNotContain(url);
	}

	@Test
	void theJoinLinkIsShownOnlyToARegisteredOnlineParticipantCloseToTheStart() throws Exception {
		String url = "https://konferenz.example.org/" + token();
		EventView soon = open(draft(EventType.WEBINAR, "Webinar " + token(), Instant.now().plus(Duration.ofMinutes(10)),
				null, null, 25, url));
		EventView later = open(draft(EventType.WEBINAR, "Webinar " + token(), Instant.now().plus(Duration.ofDays(2)),
				null, null, 25, url));
		PlatformUser participant = accounts.person("Teilnehmerin " + token());
		PlatformUser waiting = accounts.person("Wartender " + token());
		register(soon, AttendanceMode.ONLINE, RegistrationStatus.CONFIRMED, participant.id());
		register(later, AttendanceMode.ONLINE, RegistrationStatus.CONFIRMED, participant.id());
		register(soon, AttendanceMode.ONLINE, RegistrationStatus.WAITING, waiting.id());

		assertThat(page("/veranstaltungen/" + soon.slug(), participant)).contains(url);
		assertThat(page("/veranstaltungen/" + later.slug(), participant)).doesNotContain(url);
		assertThat(page("/veranstaltungen/" + soon.slug(), waiting)).doesNotContain(url);
		assertThat(page("/veranstaltungen/" + soon.slug())).doesNotContain(url);
	}

	@Test
	void aDraftIsHiddenFromVisitorsAndOtherOrganisersButShownToTheCoordination() throws Exception {
		EventView draft = store.create(draft(EventType.WORKSHOP, "Entwurf " + token(),
				Instant.now().plus(Duration.ofDays(9)), region.districts().get(0).code(), 12, null, ""), null);

		assertThat(mvc.get().uri("/veranstaltungen/" + draft.slug()).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/veranstaltungen/" + draft.slug()).with(user(accounts.user(Role.PROVIDER))).exchange())
			.hasStatus(404);
		assertThat(page("/veranstaltungen/" + draft.slug(), accounts.user(Role.COORDINATOR))).contains(draft.title());
		assertThat(page("/veranstaltungen")).doesNotContain(draft.title());
		assertThat(mvc.get().uri("/veranstaltungen/kalender.ics").exchange().getResponse().getContentAsString())
			.doesNotContain(draft.title());
	}

	@Test
	void aSeriesPageListsItsUpcomingAndPastEvents() throws Exception {
		String token = token();
		SeriesView series = store.createSeries("Reihe " + token, "Fünf Abende in fünf Landkreisen.");
		String district = region.districts().get(0).code();
		EventDraft coming = draft(EventType.FORUM, "Kommendes Forum " + token, Instant.now().plus(Duration.ofDays(5)),
				district, 50, null, "");
		EventDraft over = draft(EventType.FORUM, "Vergangenes Forum " + token, Instant.now().minus(Duration.ofDays(50)),
				district, 50, null, "");
		open(withSeries(coming, series.id()));
		open(withSeries(over, series.id()));

		Document page = Jsoup.parse(page("/veranstaltungen/reihe/" + series.slug()));
		assertThat(page.select("h1").text()).isEqualTo(series.title());
		assertThat(page.select("section").get(0).text()).contains(coming.title()).doesNotContain(over.title());
		assertThat(page.select("section").get(1).text()).contains(over.title());
		assertThat(mvc.get().uri("/veranstaltungen/reihe/gibt-es-nicht-" + token).exchange()).hasStatus(404);
	}

	// ---- helpers

	private String page(String path) throws java.io.UnsupportedEncodingException {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String page(String path, PlatformUser person) throws java.io.UnsupportedEncodingException {
		MvcTestResult result = mvc.get().uri(path).with(user(person)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private Calendar ics(String path) throws Exception {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		Calendar parsed = new CalendarBuilder()
			.build(new StringReader(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
		parsed.validate();
		return parsed;
	}

	private EventView open(EventDraft draft) {
		EventView created = store.create(draft, null);
		store.status(created.id(), EventStatus.OPEN, "");
		return store.find(created.id()).orElseThrow();
	}

	private void register(EventView event, AttendanceMode mode, RegistrationStatus status, UUID account) {
		Instant now = Instant.now();
		jdbc.sql("""
				INSERT INTO events.registration (event_id, mode, status, account_id, name, email, registered_at,
				  waiting_since, offer_until, ticket_code)
				VALUES (?, ?, ?, ?, 'Test Person', ?, ?, ?, ?, ?)""")
			.params(event.id(), mode.name(), status.name(), account, "t-" + UUID.randomUUID() + "@example.org",
					Timestamp.from(now), status == RegistrationStatus.WAITING ? Timestamp.from(now) : null,
					status == RegistrationStatus.OFFERED ? Timestamp.from(now.plus(Duration.ofDays(1))) : null,
					TicketCodes.next())
			.update();
	}

	private EventDraft draft(EventType type, String title, Instant start, String district, Integer onsite,
			Integer online, String url) {
		UUID organiser = organisations.organisations(OrganisationKind.PARTNER).get(0).id();
		return new EventDraft(type, title, "Kurz: " + title, "Beschreibung", organiser, null, start,
				start.plus(Duration.ofHours(3)), null, district, onsite == null ? "" : "Haus am Markt",
				onsite == null ? "" : "Musterstraße 1", onsite == null ? "" : "01234", onsite == null ? "" : "Musterstadt",
				onsite, online, url, "de", List.of(), List.of(TargetGroup.COMPANIES), true, false, false, "", 0, "", null);
	}

	private static EventDraft withSeries(EventDraft draft, UUID series) {
		return new EventDraft(draft.type(), draft.title(), draft.summary(), draft.description(), draft.organiserId(),
				series, draft.startsAt(), draft.endsAt(), draft.registrationUntil(), draft.districtCode(), draft.venue(),
				draft.street(), draft.postcode(), draft.city(), draft.onsiteCapacity(), draft.onlineCapacity(),
				draft.onlineUrl(), draft.language(), draft.actionFields(), draft.targetGroups(), draft.stepFree(),
				draft.hearingLoop(), draft.signLanguage(), draft.accessibilityNote(), draft.costCents(), draft.costNote(),
				draft.forumId());
	}

	private static String token() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
