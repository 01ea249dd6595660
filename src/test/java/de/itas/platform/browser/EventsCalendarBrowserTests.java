package de.itas.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.events.AgendaItem;
import de.itas.platform.events.EventDraft;
import de.itas.platform.events.EventStatus;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventType;
import de.itas.platform.events.EventView;
import de.itas.platform.events.SeriesView;
import de.itas.platform.events.TargetGroup;
import de.itas.platform.region.Region;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The public event pages in the browser: a visitor on a 360 px phone filters the calendar with the keyboard,
 * opens an upcoming hybrid workshop (programme, places, calendar file), a documented past event (minutes and
 * a photo with its alternative text) and the series page; axe finds nothing on any of them. Screenshots land in
 * {@code target/screenshots}.
 */
class EventsCalendarBrowserTests extends BrowserTestSupport {

	/** A 1×1 PNG, enough to be shown as the documentation's photo. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@Autowired
	EventStore store;

	@Autowired
	Organisations organisations;

	@Autowired
	Region region;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorFiltersTheCalendarOnAPhoneAndReadsAnEventItsDocumentationAndItsSeries() {
		String token = UUID.randomUUID().toString().substring(0, 6);
		SeriesView series = store.createSeries("Werkstattreihe " + token, "Drei Termine zum Thema Batterie.");
		Instant start = Instant.now().plus(Duration.ofDays(3));
		EventView workshop = open(draft("Batterie-Werkstatt " + token, EventType.WORKSHOP, series.id(), start, 30, 50));
		store.replaceAgenda(workshop.id(), List.of(
				new AgendaItem(0, start, start.plus(Duration.ofMinutes(45)), "Einführung in Zellchemie", "Trainerteam", "Raum 1"),
				new AgendaItem(0, start.plus(Duration.ofHours(1)), null, "Übung an der Demontage-Station", "", "Halle")));
		EventView past = open(draft("Rückblick Batterie-Werkstatt " + token, EventType.WORKSHOP, series.id(),
				Instant.now().minus(Duration.ofDays(30)), 30, null));
		jdbc.sql("UPDATE events.event SET minutes = ?, documented_at = now() WHERE id = ?")
			.params("### Ergebnisse\n\nDie Gruppe hat drei Ideen für gemeinsame Projekte gesammelt.", past.id())
			.update();
		jdbc.sql("""
				INSERT INTO events.document (id, event_id, kind, title, alt_text, file_name, content_type, size_bytes,
				  content, uploaded_at)
				VALUES (?, ?, 'PHOTO', 'Gruppenarbeit', 'Teilnehmende beraten an einem Stehtisch', 'gruppe.png',
				  'image/png', ?, ?, ?)""")
			.params(UUID.randomUUID(), past.id(), PNG.length, PNG, Timestamp.from(Instant.now()))
			.update();

		page.setViewportSize(360, 800);
		visit("/veranstaltungen");
		page.getByLabel("Art", new Page.GetByLabelOptions().setExact(true)).focus();
		page.keyboard().press("ArrowDown");
		page.getByLabel("Art", new Page.GetByLabelOptions().setExact(true)).selectOption("WORKSHOP");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anzeigen").setExact(true)).focus();
		page.keyboard().press("Enter");
		page.waitForURL("**typ=WORKSHOP**");
		checkPage();
		assertThat(page.locator(".event-card h2").allTextContents()).contains(workshop.title());
		assertThat(page.locator(".event-card .event-chip").allTextContents()).containsOnly("Workshop");
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 360 px").isTrue();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/events-calendar-360.png"))
			.setFullPage(true));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(workshop.title()).setExact(true)).click();
		page.waitForURL("**/veranstaltungen/" + workshop.slug());
		checkPage();
		assertThat(page.locator("script[type='application/ld+json']").count()).isEqualTo(1);
		assertThat(page.locator(".event-places li").allTextContents()).containsExactly(
				"vor Ort: 30 von 30 Plätzen frei, 0 auf der Warteliste",
				"online: 50 von 50 Plätzen frei, 0 auf der Warteliste");
		assertThat(page.locator(".event-agenda tbody tr").count()).isEqualTo(2);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Für diese Veranstaltung anmelden").setExact(true))
			.getAttribute("href")).isEqualTo("/veranstaltungen/" + workshop.slug() + "/anmeldung");
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 360 px").isTrue();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/events-event-360.png"))
			.setFullPage(true));

		page.setViewportSize(1280, 900);
		visit("/veranstaltungen/" + past.slug());
		assertThat(page.locator(".event-status").textContent()).isEqualTo("stattgefunden");
		assertThat(page.locator("#dokumentation h3").textContent()).isEqualTo("Ergebnisse");
		assertThat(page.locator("#dokumentation img").getAttribute("alt")).isEqualTo("Teilnehmende beraten an einem Stehtisch");
		assertThat(page.locator(".event-register").count()).isZero();

		visit("/veranstaltungen/reihe/" + series.slug());
		assertThat(page.locator("h1").textContent()).isEqualTo(series.title());
		assertThat(page.locator(".event-card h2").allTextContents()).containsExactly(workshop.title(), past.title());
	}

	private EventView open(EventDraft draft) {
		EventView event = store.create(draft, null);
		store.status(event.id(), EventStatus.OPEN, "");
		return store.find(event.id()).orElseThrow();
	}

	private EventDraft draft(String title, EventType type, UUID series, Instant start, Integer onsite, Integer online) {
		UUID organiser = organisations.organisations(OrganisationKind.PARTNER).get(0).id();
		return new EventDraft(type, title, "Zellen, Module und was Zulieferer daraus machen können.",
				"Ein **praktischer** Workshop.", organiser, series, start, start.plus(Duration.ofHours(4)), null,
				region.districts().get(0).code(), "Technikum", "Am Werk 2", "01234", "Musterstadt", onsite, online,
				online == null ? "" : "https://konferenz.example.org/werkstatt", "de", List.of(),
				List.of(TargetGroup.COMPANIES, TargetGroup.EMPLOYEES), true, true, false, "", 0, "", null);
	}

}
