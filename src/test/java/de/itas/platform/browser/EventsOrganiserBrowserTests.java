package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.events.EventDraft;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventType;
import de.itas.platform.events.EventView;
import de.itas.platform.region.Region;

/**
 * The coordination creates a hybrid workshop (one refusal named in the error summary and fixed), adds a
 * programme item and opens registration; documents a past event with minutes and a photo with its
 * alternative text and publishes it; the editor at 360 px. axe on every page.
 */
class EventsOrganiserBrowserTests extends BrowserTestSupport {

	@Autowired
	EventStore store;

	@Autowired
	Organisations organisations;

	@Autowired
	Region region;

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	@Test
	void theCoordinationCreatesAHybridWorkshopAndOpensRegistration() {
		login("koordination@demo.itas.local");
		visit("/veranstaltungen/verwaltung");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Veranstaltung")).click();
		checkPage();

		String title = "Hybrider Workshop " + System.nanoTime();
		page.locator("#type").selectOption("WORKSHOP");
		page.locator("#title").fill(title);
		page.locator("#summary").fill("Hochvolt-Qualifizierung für Beschäftigte");
		page.locator("#organiserId").selectOption(new SelectOption().setIndex(1));
		page.locator("#startsAt").fill("2031-05-03T09:00");
		page.locator("#endsAt").fill("2031-05-03T16:00");
		page.locator("#onsiteCapacity").fill("20");
		page.locator("#districtCode").selectOption(new SelectOption().setIndex(1));
		page.locator("#onlineCapacity").fill("50");
		page.locator("#onlineUrl").fill("https://meet.example.org/hochvolt");
		button("Als Entwurf anlegen").click();
		// the missing venue is named in the summary; what was typed stays
		assertThat(page.locator("#form-errors")).containsText("Veranstaltungsort: Bitte nennen Sie den Veranstaltungsort.");
		assertThat(page.locator("#title")).hasValue(title);
		assertThat(page.locator("#onlineUrl")).hasValue("https://meet.example.org/hochvolt");
		checkPage();
		page.locator("#venue").fill("Bildungszentrum, Saal 2");
		button("Als Entwurf anlegen").click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("als Entwurf angelegt");
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programm").setExact(true)).click();
		page.locator("#startTime").fill("09:30");
		page.locator("#endTime").fill("10:30");
		page.locator("#title").fill("Grundlagen der Hochvolttechnik");
		page.locator("#speakers").fill("Dr. Muster");
		button("Hinzufügen").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("hinzugefügt");
		assertThat(page.locator("table")).containsText("Grundlagen der Hochvolttechnik");
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zurück zur Veranstaltung")).click();
		button("Anmeldung öffnen").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Anmeldung ist offen.");
		assertThat(page.locator(".event-facts")).containsText("Anmeldung offen");
	}

	@Test
	void aPastEventIsDocumentedWithMinutesAndAPhotoAndPublished() throws IOException {
		Instant start = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		EventView event = store.create(new EventDraft(EventType.FORUM, "Zukunftsforum " + System.nanoTime(), "", "",
				organisations.ensure("Veranstaltungen Browsertest", OrganisationKind.PROVIDER, null, null).id(), null,
				start, start.plus(Duration.ofHours(3)), null, region.districts().get(0).code(), "Rathaus", "", "", "", 40,
				null, "", "de", List.of(), List.of(), true, false, false, "", 0, "", null), null);
		login("koordination@demo.itas.local");
		visit("/veranstaltungen/verwaltung/" + event.id() + "/dokumentation");
		page.locator("#minutes").fill("## Ergebnisse\n\n- Mehr Weiterbildung vor Ort\n- Ein Netzwerktreffen im Herbst");
		button("Speichern").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("gespeichert");

		ByteArrayOutputStream photo = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB), "png", photo);
		page.locator("#kind-PHOTO").check();
		page.locator("#file").setInputFiles(new FilePayload("forum.png", "image/png", photo.toByteArray()));
		page.locator("#altText").fill("Teilnehmende des Forums an Stellwänden");
		button("Hochladen").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("hochgeladen");
		assertThat(page.getByAltText("Teilnehmende des Forums an Stellwänden")).isVisible();
		button("Dokumentation veröffentlichen").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("veröffentlicht");
		checkPage();
	}

	@Test
	void theEditorFitsANarrowScreen() {
		login("koordination@demo.itas.local");
		page.setViewportSize(360, 800);
		visit("/veranstaltungen/verwaltung/neu");
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0);
		assertThat(page.locator("#title")).isVisible();
	}

}
