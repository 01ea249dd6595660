package de.itas.platform.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The .ics invitations are valid RFC 5545: parsed back and validated with ical4j. */
class InvitationsUnitTests {

	private static SlotRepository.SlotRow slot() {
		SlotSummary summary = new SlotSummary(5, UUID.randomUUID(), "Berta Beraterin", "ihk-zwickau", SlotKind.HELP_DESK,
				"ihk-zwickau", Instant.parse("2026-11-24T09:00:00Z"), 45, EnumSet.of(Topic.OTHER), true, UUID.randomUUID(),
				"Ulrike", "HD-2026-1001");
		return new SlotRepository.SlotRow(summary, "ulrike@example.org", "abc-123@itas-platform", 2);
	}

	@Test
	void anInvitationParsesBackWithItsTimesAndPeople() throws Exception {
		String ics = Invitations.ics(slot(), "Beratungstermin mit Berta Beraterin", "IHK Zwickau, Äußere Schneeberger Straße 34",
				"in der Anlaufstelle – HD-2026-1001", "berater@demo.itas.local", "ulrike@example.org", false);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		calendar.validate();
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("abc-123@itas-platform");
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261124T090000Z");
		assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20261124T094500Z");
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Beratungstermin mit Berta Beraterin");
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).contains("Äußere Schneeberger Straße 34");
		assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue()).isEqualTo("mailto:berater@demo.itas.local");
		assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:ulrike@example.org");
		assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
		assertThat(ics).contains("\r\n");
	}

	@Test
	void aCancellationCarriesTheSameUidAndStatusCancelled() throws Exception {
		String ics = Invitations.ics(slot(), "Termin", null, "Video", "berater@demo.itas.local", null, true);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		calendar.validate();
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("abc-123@itas-platform");
		assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
	}

}
