package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.as;
import static de.itas.platform.helpdesk.HelpdeskFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.region.HelpDeskSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Free slots on {@code /termine}: filters by district, kind and topic kept across pages, an empty state per
 * filter, and the inquiry page reading the same truth (the same query, the booking limit).
 */
@PlatformTest
class SlotAvailabilityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	Appointments appointments;

	@Autowired
	Region region;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	PlatformUser advisor;
	String team;

	@BeforeEach
	void team() {
		advisor = fixtures.advisor(accounts, "Beraterin Angebot");
		team = fixtures.team("verfuegbar", advisor);
	}

	/**
	 * A slot starting within the next hour, earlier than any demo slot and those of other tests (which start
	 * days ahead), so that it is on the first page of every list it matches.
	 */
	private long soonSlot(SlotKind kind, String desk, Set<Topic> topics) {
		Instant start = fixtures.now().plus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
			.plusSeconds(HelpdeskFixtures.SEQUENCE.incrementAndGet());
		return fixtures.slots.insert(advisor.id(), advisor.getDisplayName(), team, kind, desk, start, 30, topics);
	}

	private static Document page(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private Document termine(PlatformUser person, String query) throws Exception {
		return page(mvc.get().uri("/termine" + query).with(user(person)).exchange());
	}

	private static boolean offers(Document page, long slot) {
		return page.getElementById("slot-" + slot) != null;
	}

	@Test
	void eachFilterNarrowsTheFreeSlotsAndIsKeptInTheForm() throws Exception {
		PlatformUser person = accounts.person("Filter Fritz");
		HelpDeskSummary desk = region.helpDesk("ihk-zwickau").orElseThrow();
		String otherDistrict = region.districts().stream().map(d -> d.code())
			.filter(code -> !code.equals(desk.district().code())).findFirst().orElseThrow();
		long onSite = soonSlot(SlotKind.HELP_DESK, desk.code(), EnumSet.of(Topic.OTHER));
		long phone = soonSlot(SlotKind.PHONE, null, EnumSet.of(Topic.LOCATION_POLICY));
		long video = soonSlot(SlotKind.VIDEO, null, EnumSet.of(Topic.OTHER, Topic.LOCATION_POLICY));

		Document all = termine(person, "");
		assertThat(offers(all, onSite) && offers(all, phone) && offers(all, video)).isTrue();

		Document byKind = termine(person, "?kanal=PHONE");
		assertThat(offers(byKind, phone)).isTrue();
		assertThat(offers(byKind, video) || offers(byKind, onSite)).isFalse();
		assertThat(byKind.selectFirst("#kanal option[selected]").val()).isEqualTo("PHONE");

		Document byTopic = termine(person, "?thema=LOCATION_POLICY");
		assertThat(offers(byTopic, phone) && offers(byTopic, video)).isTrue();
		assertThat(offers(byTopic, onSite)).isFalse();
		assertThat(byTopic.selectFirst("#thema option[selected]").val()).isEqualTo("LOCATION_POLICY");

		// on site only at the desks of the district; video and phone suit every district
		Document ownDistrict = termine(person, "?landkreis=" + desk.district().code());
		assertThat(offers(ownDistrict, onSite) && offers(ownDistrict, video)).isTrue();
		Document elsewhere = termine(person, "?landkreis=" + otherDistrict);
		assertThat(offers(elsewhere, video)).isTrue();
		assertThat(offers(elsewhere, onSite)).isFalse();
		assertThat(elsewhere.selectFirst("#landkreis option[selected]").val()).isEqualTo(otherDistrict);
		// a chosen filter shows the folded filters open and offers to reset them
		assertThat(elsewhere.selectFirst("details.slot-filters__more").hasAttr("open")).isTrue();
		assertThat(all.selectFirst("details.slot-filters__more").hasAttr("open")).isFalse();

		// booked and cancelled slots are offered nowhere
		run(person, () -> appointments.book(video, null));
		jdbc.sql("UPDATE helpdesk.slot SET cancelled_at = now() WHERE id = ?").param(phone).update();
		Document after = termine(person, "");
		assertThat(offers(after, video) || offers(after, phone)).isFalse();
		assertThat(offers(after, onSite)).isTrue();
	}

	@Test
	void theFreeSlotsArePagedWithTheFiltersKeptInEveryLink() throws Exception {
		PlatformUser person = accounts.person("Paging Paula");
		List<Long> mine = new ArrayList<>();
		Instant first = fixtures.now().plus(Duration.ofMinutes(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		for (int i = 0; i < 25; i++) {
			// one second apart, before every other phone slot about topic OTHER
			mine.add(fixtures.slots.insert(advisor.id(), advisor.getDisplayName(), team, SlotKind.PHONE, null,
					first.plusSeconds(i), 30, EnumSet.of(Topic.OTHER)));
		}
		try {
			pages(person, mine);
		}
		finally {
			// out of the way of the lists other tests read
			jdbc.sql("UPDATE helpdesk.slot SET cancelled_at = now() WHERE id IN (:ids) AND booked_at IS NULL")
				.param("ids", mine).update();
		}
	}

	private void pages(PlatformUser person, List<Long> mine) throws Exception {
		long total = appointments.bookable(new SlotFilter(null, SlotKind.PHONE, Topic.OTHER, null), 0, 1).page().total();
		Document one = termine(person, "?kanal=PHONE&thema=OTHER");
		assertThat(one.select("input[name=slot]").eachAttr("value")).containsExactlyElementsOf(
				mine.subList(0, 20).stream().map(String::valueOf).toList());
		assertThat(one.select("nav.pager").text()).contains("Seite 1 von " + ((total + 19) / 20));
		String next = one.selectFirst("nav.pager a[rel=next]").attr("href");
		assertThat(next).contains("thema=OTHER").contains("kanal=PHONE").contains("seite=2");
		assertThat(one.selectFirst("main").text()).contains(total + " freie Termine");

		Document two = termine(person, next.substring("/termine".length()));
		assertThat(two.select("input[name=slot]").eachAttr("value")).startsWith(
				mine.subList(20, 25).stream().map(String::valueOf).toArray(String[]::new));
		assertThat(two.selectFirst("nav.pager a[rel=prev]").attr("href")).contains("thema=OTHER").contains("kanal=PHONE")
			.doesNotContain("seite=");
		// the filters stay chosen on the second page, and booking from it comes back to it
		assertThat(two.selectFirst("#kanal option[selected]").val()).isEqualTo("PHONE");
		assertThat(two.selectFirst("input[name=zurueck]").val()).isEqualTo(next);
		assertThat(mvc.post().uri("/termine/buchen").param("slot", String.valueOf(mine.get(21))).param("zurueck", next)
			.with(user(person)).with(csrf()).exchange()).hasRedirectedUrl(next);
		// a page far beyond the end shows the last one
		assertThat(termine(person, "?kanal=PHONE&thema=OTHER&seite=999").select("nav.pager").text())
			.contains("Seite " + ((total - 1 + 19) / 20) + " von " + ((total - 1 + 19) / 20));
	}

	@Test
	void aFilterWithoutFreeSlotsSaysSoAndOffersToResetItOrSendAnInquiry() throws Exception {
		PlatformUser person = accounts.person("Leere Lena");
		// no free on-site slot in the Erzgebirgskreis about this topic: those there are taken out for this test
		List<String> desks = region.helpDesks("erzgebirgskreis", null).stream().map(HelpDeskSummary::code).toList();
		jdbc.sql("""
				UPDATE helpdesk.slot SET cancelled_at = now()
				WHERE kind = 'HELP_DESK' AND desk_code IN (:desks) AND booked_at IS NULL AND topics LIKE '%TECHNOLOGY_INNOVATION%'""")
			.param("desks", desks).update();
		Document empty = termine(person, "?landkreis=erzgebirgskreis&kanal=HELP_DESK&thema=TECHNOLOGY_INNOVATION");
		assertThat(empty.select("input[name=slot]")).isEmpty();
		String district = region.district("erzgebirgskreis").orElseThrow().name();
		assertThat(empty.selectFirst("main").text()).contains("Keine freien Termine für "
				+ messages.getMessage(Topic.TECHNOLOGY_INNOVATION.messageKey(), null, Locale.GERMAN) + ", "
				+ messages.getMessage(SlotKind.HELP_DESK.messageKey(), null, Locale.GERMAN) + ", " + district + ".");
		assertThat(empty.select("main a").eachAttr("href")).contains("/termine", "/anliegen/neu?thema=TECHNOLOGY_INNOVATION");
		assertThat(empty.select("nav.pager")).as("an empty list is one page and needs no pager").isEmpty();
	}

	@Test
	void theInquiryPageAndTermineAgreeOnTheFreeSlots() throws Exception {
		fixtures.routeOtherFromVogtland(team);
		PlatformUser person = accounts.person("Einig Erna");
		String caseNumber = fixtures.submit(person);
		assertThat(fixtures.row(caseNumber).teamCode()).isEqualTo(team);
		// another team's slot for the topic: /termine lists it, the inquiry page points to it instead of "none"
		PlatformUser otherAdvisor = fixtures.advisor(accounts, "Andere Beraterin");
		String otherTeam = fixtures.team("anderes", otherAdvisor);
		long other = fixtures.freeSlot(otherAdvisor, otherTeam, Duration.ofHours(2));
		String filtered = "?thema=OTHER&landkreis=vogtlandkreis";
		long matching = appointments.bookable(new SlotFilter("vogtlandkreis", null, Topic.OTHER, null), 0, 1).page().total();
		assertThat(termine(person, filtered).selectFirst("main").text()).contains(matching + " freie Termine");
		Document inquiry = page(mvc.get().uri("/anliegen/" + caseNumber).with(user(person)).exchange());
		assertThat(inquiry.text()).doesNotContain("Zurzeit gibt es keine freien Termine")
			.contains("Das Team, das Ihr Anliegen bearbeitet, hat zurzeit keine freien Termine.");
		assertThat(inquiry.select("a[href='/termine" + filtered + "']").text())
			.isEqualTo(matching + " passende freie Termine ansehen, auch anderer Stellen");
		assertThat(offers(termine(person, filtered), other)).isTrue();

		// the team's slots are offered on both pages
		long own = fixtures.freeSlot(advisor, team, Duration.ofMinutes(70));
		inquiry = page(mvc.get().uri("/anliegen/" + caseNumber).with(user(person)).exchange());
		Document list = termine(person, filtered);
		assertThat(offers(inquiry, own) && offers(list, own)).isTrue();
		assertThat(offers(inquiry, other)).as("another team's slot is not booked for this inquiry").isFalse();

		// at the booking limit neither page offers a booking form, both say why
		long first = fixtures.freeSlot(advisor, team, Duration.ofDays(5));
		long second = fixtures.freeSlot(advisor, team, Duration.ofDays(6));
		run(person, () -> appointments.book(first, null));
		run(person, () -> appointments.book(second, null));
		inquiry = page(mvc.get().uri("/anliegen/" + caseNumber).with(user(person)).exchange());
		list = termine(person, filtered);
		for (Document shown : List.of(inquiry, list)) {
			assertThat(shown.select("input[name=slot]")).isEmpty();
			assertThat(shown.text()).contains("Sie haben schon 2 kommende Termine gebucht.");
		}
		assertThat(as(person, () -> appointments.bookable(SlotFilter.all(), 0, 1)).limitReached()).isTrue();
	}

}
