package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.as;
import static de.itas.platform.helpdesk.HelpdeskFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.notifications.Delivery;
import de.itas.platform.shared.notifications.NotificationPreferences;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;

/**
 * What advisors offer: weekly series with exceptions and a cap, their cancellation, plausible hours refused at
 * the field; what people add when booking (the reason); and the mail to a team about a new inquiry.
 */
@PlatformTest
class SlotOffersIntegrationTests {

	private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	Appointments appointments;

	@Autowired
	HelpdeskPersonalData personalData;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	Outbox outbox;

	@Autowired
	MessageSource messages;

	PlatformUser advisor;
	String team;

	@BeforeEach
	void team() {
		advisor = fixtures.advisor(accounts, "Beraterin Angebot");
		team = fixtures.team("angebot", advisor);
	}

	private static Document page(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.GERMAN);
	}

	private LocalDate today() {
		return LocalDate.now(fixtures.clock.withZone(SaxonWorkingDays.ZONE));
	}

	private List<SlotSummary> slotsOfTeam() {
		return as(advisor, () -> appointments.mySlots()).stream().filter(slot -> slot.teamCode().equals(team)).toList();
	}

	@Test
	void aWeeklySeriesCreatesItsSlotsExceptOnSkippedDaysAndHolidays() throws Exception {
		LocalDate first = today().plusDays(7);
		LocalDate last = first.plusDays(27);
		List<LocalDate> candidates = first.datesUntil(last.plusDays(1))
			.filter(day -> day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfWeek() == DayOfWeek.WEDNESDAY)
			.toList();
		LocalDate skipped = candidates.get(1);
		List<LocalDate> expected = candidates.stream()
			.filter(day -> !day.equals(skipped) && !SaxonWorkingDays.isHoliday(day))
			.toList();
		assertThat(mvc.post().uri("/beratung/termine/serie").param("teamCode", team).param("kind", "VIDEO")
			.param("weekdays", "MONDAY", "WEDNESDAY").param("startTime", "10:00").param("minutes", "45")
			.param("firstDay", first.toString()).param("lastDay", last.toString())
			.param("skipped", skipped.format(GERMAN)).param("topics", "OTHER")
			.with(user(advisor)).with(csrf()).exchange()).flash().containsEntry("message", "helpdesk.series.published");

		List<SlotSummary> created = slotsOfTeam();
		assertThat(created).extracting(slot -> slot.startsAt().atZone(SaxonWorkingDays.ZONE).toLocalDate())
			.containsExactlyElementsOf(expected);
		assertThat(created).allSatisfy(slot -> {
			assertThat(slot.startsAt().atZone(SaxonWorkingDays.ZONE).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
			assertThat(slot.minutes()).isEqualTo(45);
			assertThat(slot.seriesId()).isNotNull().isEqualTo(created.get(0).seriesId());
		});
		assertThat(as(advisor, () -> appointments.mySeries())).singleElement()
			.satisfies(series -> assertThat(series.free()).isEqualTo(expected.size()));
		// a series is a pattern of plausible hours: the same day and time twice is refused as a whole
		assertThatThrownBy(() -> run(advisor, () -> appointments.publishSeries(new SeriesRequest(team, SlotKind.VIDEO,
				null, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(10, 0), 45, first, last, Set.of(),
				null, EnumSet.of(Topic.OTHER))))).isInstanceOf(FieldProblems.class);
		assertThat(slotsOfTeam()).hasSameSizeAs(created);
	}

	@Test
	void aSeriesBeyondTheCapIsRefusedAsAWholeWithWhatWasTypedKept() throws Exception {
		LocalDate first = today().plusDays(1);
		String last = first.plusYears(3).toString();
		Document refused = page(mvc.post().uri("/beratung/termine/serie").param("teamCode", team).param("kind", "PHONE")
			.param("weekdays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").param("startTime", "09:00")
			.param("minutes", "30").param("firstDay", first.toString()).param("lastDay", last)
			.param("skipped", "24.12.2026").param("topics", "OTHER").with(user(advisor)).with(csrf()).exchange());
		assertThat(refused.getElementById("lastDay-error").text()).isEqualTo(message("helpdesk.series.too-many", 200));
		assertThat(refused.getElementById("lastDay").val()).isEqualTo(last);
		assertThat(refused.getElementById("startTime").val()).isEqualTo("09:00");
		assertThat(refused.getElementById("skipped").text()).isEqualTo("24.12.2026");
		assertThat(refused.select("input[name=weekdays][checked]")).hasSize(5);
		assertThat(slotsOfTeam()).as("nothing half-saved").isEmpty();
		assertThat(as(advisor, () -> appointments.mySeries())).isEmpty();
	}

	@Test
	void implausibleSeriesAreRefusedAtTheirFields() throws Exception {
		Document refused = page(mvc.post().uri("/beratung/termine/serie").param("teamCode", team).param("kind", "VIDEO")
			.param("weekdays", "SATURDAY").param("startTime", "06:30").param("minutes", "30")
			.param("firstDay", today().minusDays(2).toString()).param("lastDay", today().plusDays(20).toString())
			.param("skipped", "morgen").param("topics", "OTHER").with(user(advisor)).with(csrf()).exchange());
		assertThat(refused.getElementById("weekdays-error").text()).isEqualTo(message("helpdesk.slots.start.weekday"));
		assertThat(refused.getElementById("startTime-error").text())
			.isEqualTo(message("helpdesk.slots.start.hours", "07:00", "20:00"));
		assertThat(refused.getElementById("firstDay-error").text()).isEqualTo(message("helpdesk.series.first-day.past"));
		assertThat(refused.getElementById("skipped-error").text()).isEqualTo(message("helpdesk.series.skipped.invalid", "morgen"));
		assertThat(refused.getElementById("startTime").val()).isEqualTo("06:30");
		assertThat(slotsOfTeam()).isEmpty();

		String manyDays = java.util.stream.IntStream.range(1, 102)
			.mapToObj(day -> today().plusDays(day).toString())
			.collect(java.util.stream.Collectors.joining(","));
		Document tooMany = page(mvc.post().uri("/beratung/termine/serie").param("teamCode", team).param("kind", "VIDEO")
			.param("weekdays", "MONDAY").param("startTime", "10:00").param("minutes", "30")
			.param("firstDay", today().plusDays(1).toString()).param("lastDay", today().plusDays(120).toString())
			.param("skipped", manyDays).param("topics", "OTHER").with(user(advisor)).with(csrf()).exchange());
		assertThat(tooMany.getElementById("skipped-error").text())
			.isEqualTo(message("helpdesk.series.skipped.too-many", Appointments.MAX_SKIPPED_DAYS));
		assertThat(slotsOfTeam()).isEmpty();
	}

	@Test
	void cancellingASeriesAfterConfirmationKeepsItsBookedSlots() throws Exception {
		LocalDate first = today().plusDays(3);
		long series = as(advisor, () -> appointments.publishSeries(new SeriesRequest(team, SlotKind.PHONE, null,
				EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
				LocalTime.of(14, 0), 30, first, first.plusDays(13), Set.of(), null, EnumSet.allOf(Topic.class))));
		List<SlotSummary> created = slotsOfTeam();
		assertThat(created).hasSizeGreaterThan(3);
		PlatformUser person = accounts.person("Serien Sabine " + UUID.randomUUID().toString().substring(0, 6));
		SlotSummary kept = created.get(1);
		run(person, () -> appointments.book(kept.id(), null));

		Document confirmation = page(mvc.get().uri("/beratung/termine/serie/{id}/absagen", series).with(user(advisor)).exchange());
		assertThat(confirmation.text()).contains(message("helpdesk.series.cancel-free", created.size() - 1))
			.contains(person.getDisplayName());
		assertThat(slotsOfTeam()).as("nothing changes before the confirmation").hasSameSizeAs(created);
		MvcTestResult cancelled = mvc.post().uri("/beratung/termine/serie/{id}/absagen", series).with(user(advisor))
			.with(csrf()).exchange();
		assertThat(cancelled).flash().containsEntry("seriesCancelled", created.size() - 1);
		// the page the redirect leads to lists the booked slots that stay
		assertThat(mvc.get().uri("/beratung/termine").with(user(advisor)).cookie(cancelled.getResponse().getCookie("SESSION")))
			.bodyText().contains(message("helpdesk.series.kept")).contains(person.getDisplayName());

		assertThat(slotsOfTeam()).singleElement().satisfies(slot -> {
			assertThat(slot.id()).isEqualTo(kept.id());
			assertThat(slot.bookedBy()).isEqualTo(person.id());
		});
		assertThat(appointments.bookable(SlotFilter.ofTeam(team), 0, 10).isEmpty()).isTrue();
		PlatformUser late = accounts.person("Spät Susi");
		assertThatThrownBy(() -> run(late, () -> appointments.book(created.get(2).id(), null)))
			.isInstanceOf(FieldProblems.class);
		// freed, the kept slot is withdrawn with its series instead of offered again, and its time is free for a new offer
		run(person, () -> appointments.cancel(kept.id()));
		assertThat(slotsOfTeam()).isEmpty();
		assertThat(appointments.bookable(SlotFilter.ofTeam(team), 0, 10).isEmpty()).isTrue();
		assertThatThrownBy(() -> run(accounts.person("Nachzüglerin Nora"), () -> appointments.book(kept.id(), null)))
			.isInstanceOf(FieldProblems.class);
		long again = as(advisor, () -> appointments.publish(team, SlotKind.PHONE, null, kept.startsAt(), 30,
				EnumSet.of(Topic.OTHER)));
		assertThat(slotsOfTeam()).extracting(SlotSummary::id).containsExactly(again);
		// another advisor cannot cancel someone else's series
		assertThat(mvc.get().uri("/beratung/termine/serie/{id}/absagen", series)
			.with(user(fixtures.advisor(accounts, "Fremde Beraterin"))).exchange()).hasStatus(403);
	}

	@Test
	void implausibleHoursDaysAndPastStartsAreRefusedAtTheFieldWithTheTypedValueKept() throws Exception {
		LocalDate weekday = fixtures.weekdayAt(10, 12, 0).atZone(SaxonWorkingDays.ZONE).toLocalDate();
		LocalDate saturday = weekday.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SATURDAY));
		LocalDate pastWeekday = fixtures.weekdayAt(-9, 12, 0).atZone(SaxonWorkingDays.ZONE).toLocalDate();
		Map<String, String> cases = Map.of(saturday + "T10:00", message("helpdesk.slots.start.weekday"),
				weekday + "T06:30", message("helpdesk.slots.start.hours", "07:00", "20:00"),
				weekday + "T19:30", message("helpdesk.slots.start.hours", "07:00", "20:00"),
				pastWeekday + "T10:00", message("helpdesk.slots.start.future"));
		for (Map.Entry<String, String> refusal : cases.entrySet()) {
			Document page = page(mvc.post().uri("/beratung/termine").param("teamCode", team).param("kind", "VIDEO")
				.param("start", refusal.getKey()).param("minutes", "60").param("topics", "OTHER")
				.with(user(advisor)).with(csrf()).exchange());
			assertThat(page.getElementById("start-error")).as(refusal.getKey()).isNotNull();
			assertThat(page.getElementById("start-error").text()).as(refusal.getKey()).isEqualTo(refusal.getValue());
			assertThat(page.getElementById("start").val()).isEqualTo(refusal.getKey());
			assertThat(page.getElementById("start").attr("aria-invalid")).isEqualTo("true");
		}
		assertThat(slotsOfTeam()).isEmpty();
		// 19:00 for an hour ends at 20:00: still plausible
		assertThat(mvc.post().uri("/beratung/termine").param("teamCode", team).param("kind", "VIDEO")
			.param("start", weekday + "T19:00").param("minutes", "60").param("topics", "OTHER")
			.with(user(advisor)).with(csrf()).exchange()).flash().containsEntry("message", "helpdesk.slots.published");
	}

	@Test
	void theReasonIsStoredShownToTheAdvisorAndExported() throws Exception {
		PlatformUser person = accounts.person("Grund Greta " + UUID.randomUUID().toString().substring(0, 6));
		long slot = fixtures.freeSlot(advisor, team, Duration.ofDays(4));
		String tooLong = "x".repeat(Appointments.REASON_MAX + 1);
		MvcTestResult refused = mvc.post().uri("/termine/buchen").param("slot", String.valueOf(slot)).param("grund", tooLong)
			.with(user(person)).with(csrf()).exchange();
		assertThat(refused).flash().containsEntry("slotError", "helpdesk.slots.reason.too-long").containsEntry("reason", tooLong);
		assertThat(fixtures.slots.find(slot).orElseThrow().summary().booked()).isFalse();

		String reason = "Wir möchten über die Förderung einer Umschulung sprechen.";
		assertThat(mvc.post().uri("/termine/buchen").param("slot", String.valueOf(slot)).param("grund", reason)
			.with(user(person)).with(csrf()).exchange()).flash().containsEntry("booked", true);
		assertThat(fixtures.slots.find(slot).orElseThrow().summary().reason()).isEqualTo(reason);
		assertThat(page(mvc.get().uri("/beratung/termine").with(user(advisor)).exchange()).select(".slot-reason-text").text())
			.contains(reason);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> exported = (List<Map<String, Object>>) personalData.export(person.id()).get("appointments");
		assertThat(exported).singleElement().satisfies(row -> assertThat(row).containsEntry("reason", reason));
		personalData.erase(person.id());
		assertThat(fixtures.slots.find(slot).orElseThrow().summary().reason()).isNull();
	}

	@Test
	void theTeamsAdvisorsAreMailedAboutANewInquiryWithoutItsPersonalContent() {
		PlatformUser second = fixtures.advisor(accounts, "Zweite Beraterin");
		PlatformUser quiet = fixtures.advisor(accounts, "Stille Beraterin");
		String mailed = fixtures.team("neu", advisor, second, quiet);
		fixtures.routeOtherFromVogtland(mailed);
		preferences.choose(quiet.id(), HelpdeskNotifications.NEW_INQUIRY, Delivery.OFF);
		PlatformUser person = accounts.person("Vertraulich Vera " + UUID.randomUUID().toString().substring(0, 6));
		String caseNumber = fixtures.submit(person);

		List<Outbox.StoredMail> mails = new ArrayList<>();
		for (PlatformUser member : List.of(advisor, second)) {
			mails.add(Mails.single(outbox, member.email()));
		}
		assertThat(Mails.to(outbox, quiet.email())).as("switched off in the notification settings").isEmpty();
		assertThat(mails).allSatisfy(mail -> {
			assertThat(mail.subject()).isEqualTo("Neues Anliegen zur Bearbeitung");
			assertThat(mail.text()).contains(caseNumber)
				.contains("Thema: " + message(Topic.OTHER.messageKey()))
				.contains("Landkreis: Vogtlandkreis")
				.contains("/beratung/faelle/" + caseNumber)
				.doesNotContain(person.getDisplayName())
				.doesNotContain(person.email())
				.doesNotContain("Transformation unseres Betriebs");
		});
	}

}
