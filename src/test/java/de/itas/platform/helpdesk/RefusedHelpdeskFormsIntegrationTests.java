package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.ErrorSummary;

/**
 * The help desk's forms keep everything typed when they refuse it and show each problem at its field (and in
 * a summary naming the field): the case note and message, the slot form and the recommendation editor.
 */
@PlatformTest
class RefusedHelpdeskFormsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	CaseWork caseWork;

	@Autowired
	CaseRecommendations recommendations;

	@Autowired
	Appointments appointments;

	@Autowired
	MessageSource messages;

	PlatformUser advisor;
	PlatformUser submitter;
	String team;

	@BeforeEach
	void team() {
		advisor = accounts.user(Role.ADVISOR, Role.COMPANY_MEMBER);
		submitter = accounts.user(Role.EMPLOYEE, Role.COMPANY_ADMIN);
		team = fixtures.team("kept", advisor);
		fixtures.routeOtherFromVogtland(team);
	}

	private static Document page(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.GERMAN);
	}

	/** The field is marked invalid and described by its error, which reads as expected. */
	private static void invalidWithError(Document page, String id, String errorId, String expected) {
		Element field = page.getElementById(id);
		assertThat(field).as(id).isNotNull();
		assertThat(field.attr("aria-invalid")).as(id).isEqualTo("true");
		assertThat(field.attr("aria-describedby").split(" ")).as(id).contains(errorId);
		assertThat(page.getElementById(errorId)).as(errorId).isNotNull();
		assertThat(page.getElementById(errorId).text()).contains(expected);
	}

	/** The summary's entry for the field: "Label: message". */
	private static String summaryEntry(Document page, String id) {
		Element link = page.selectFirst("#form-errors a[href=#" + id + "]");
		assertThat(link).as(id).isNotNull();
		return link.text();
	}

	@Test
	void aTooLongNoteComesBackInItsFieldWithTheMessageThere() throws Exception {
		String caseNumber = fixtures.submit(submitter);
		String typed = "Rückruf vereinbart. " + "x".repeat(5000);
		MvcTestResult result = mvc.post().uri("/beratung/faelle/" + caseNumber + "/notiz").param("text", typed)
			.with(user(advisor)).with(csrf()).exchange();
		assertThat(result).hasStatusOk();
		Document page = page(result);
		assertThat(page.getElementById("note-text").val()).isEqualTo(typed);
		invalidWithError(page, "note-text", "note-text-error", "höchstens");
		assertThat(page.getElementById("note-text").attr("aria-describedby")).contains("note-hint");
		// the other text field of the page is untouched
		assertThat(page.getElementById("message-text").val()).isEmpty();
		assertThat(page.getElementById("message-text").hasAttr("aria-invalid")).isFalse();
		String html = page.outerHtml();
		assertThat(ErrorSummary.linkedFields(html)).containsExactly("note-text");
		assertThat(ErrorSummary.brokenLinks(html)).isEmpty();
		assertThat(summaryEntry(page, "note-text")).startsWith(message("helpdesk.case.note") + ": ");
		assertThat(as(advisor, () -> caseWork.open(caseNumber)).orElseThrow().history())
			.extracting(CaseEvent::kind)
			.doesNotContain(CaseEvent.Kind.NOTE);

		// once short enough it is saved, and the page is a fresh one
		assertThat(mvc.post().uri("/beratung/faelle/" + caseNumber + "/notiz").param("text", "Rückruf vereinbart.")
			.with(user(advisor)).with(csrf()).exchange()).flash().containsEntry("message", "helpdesk.case.noted");
		assertThat(as(advisor, () -> caseWork.open(caseNumber)).orElseThrow().history())
			.extracting(CaseEvent::text)
			.contains("Rückruf vereinbart.");
	}

	@Test
	void aRefusedMessageIsKeptToo() throws Exception {
		String caseNumber = fixtures.submit(submitter);
		MvcTestResult result = mvc.post().uri("/beratung/faelle/" + caseNumber + "/nachricht").param("text", "   ")
			.with(user(advisor)).with(csrf()).exchange();
		Document page = page(result);
		invalidWithError(page, "message-text", "message-text-error", message("helpdesk.case.text.required"));
		assertThat(page.getElementById("note-text").hasAttr("aria-invalid")).isFalse();
	}

	@Test
	void aRefusedSlotShowsEveryProblemAtItsFieldAndKeepsWhatWasTyped() throws Exception {
		String start = fixtures.weekdayAt(40, 10, 15).atZone(SaxonWorkingDays.ZONE).toLocalDateTime().toString();
		// on site without a desk, and no topic
		MvcTestResult result = mvc.post().uri("/beratung/termine").param("teamCode", team).param("kind", "HELP_DESK")
			.param("deskCode", "").param("start", start).param("minutes", "50")
			.with(user(advisor)).with(csrf()).exchange();
		assertThat(result).hasStatusOk();
		Document page = page(result);
		assertThat(page.getElementById("start").val()).isEqualTo(start);
		assertThat(page.getElementById("minutes").val()).isEqualTo("50");
		assertThat(page.selectFirst("#kind option[selected]").val()).isEqualTo("HELP_DESK");
		invalidWithError(page, "deskCode", "deskCode-error", message("helpdesk.slots.desk.required"));
		assertThat(page.getElementById("topics").attr("aria-describedby")).isEqualTo("topics-error");
		assertThat(page.getElementById("topics-error").text()).isEqualTo(message("helpdesk.slots.topics.required"));
		String html = page.outerHtml();
		assertThat(ErrorSummary.linkedFields(html)).containsExactly("deskCode", "topics");
		assertThat(ErrorSummary.brokenLinks(html)).isEmpty();
		assertThat(summaryEntry(page, "deskCode"))
			.isEqualTo(message("helpdesk.slots.desk") + ": " + message("helpdesk.slots.desk.required"));
		assertThat(as(advisor, () -> appointments.mySlots())).noneMatch(slot -> slot.teamCode().equals(team));

		// a duration that is no number comes back as typed, at its field, in the same round as the rest
		Document notANumber = page(mvc.post().uri("/beratung/termine").param("teamCode", team).param("kind", "HELP_DESK")
			.param("start", start).param("minutes", "eine Stunde").param("topics", "OTHER")
			.with(user(advisor)).with(csrf()).exchange());
		assertThat(notANumber.getElementById("minutes").val()).isEqualTo("eine Stunde");
		invalidWithError(notANumber, "minutes", "minutes-error",
				messages.getMessage("helpdesk.slots.minutes.range", new Object[] { 10, 240 }, Locale.GERMAN));
		assertThat(ErrorSummary.linkedFields(notANumber.outerHtml())).containsExactly("minutes", "deskCode");
		assertThat(notANumber.getElementById("start").val()).isEqualTo(start);
		assertThat(summaryEntry(notANumber, "minutes")).startsWith(message("helpdesk.slots.minutes") + ": ");
	}

	@Test
	void aRefusedRecommendationShowsBothProblemsAtTheirFieldsAndKeepsTheNotes() throws Exception {
		String caseNumber = fixtures.submit(submitter);
		List<RecommendationOption> options = as(advisor,
				() -> recommendations.options("", "vogtlandkreis", Locale.GERMAN));
		assertThat(options).isNotEmpty();
		RecommendationOption option = options.get(0);
		// a note typed, but nothing picked and no message
		MvcTestResult result = mvc.post().uri("/beratung/faelle/" + caseNumber + "/empfehlung")
			.param("choices[0].kind", option.kind().name()).param("choices[0].reference", option.reference())
			.param("choices[0].title", option.title()).param("choices[0].url", option.url() == null ? "" : option.url())
			.param("choices[0].note", "Bitte dort anrufen").param("contentTitle", "Leitfaden").param("message", "")
			.with(user(advisor)).with(csrf()).exchange();
		assertThat(result).hasStatusOk();
		Document page = page(result);
		assertThat(page.getElementById("note-0").val()).isEqualTo("Bitte dort anrufen");
		assertThat(page.getElementById("contentTitle").val()).isEqualTo("Leitfaden");
		invalidWithError(page, "message", "message-error", message("helpdesk.recommend.message.required"));
		assertThat(page.getElementById("choices").attr("aria-describedby")).isEqualTo("choices-error");
		assertThat(page.getElementById("choices-error").text()).isEqualTo(message("helpdesk.recommend.items.required"));
		String html = page.outerHtml();
		assertThat(ErrorSummary.linkedFields(html)).containsExactly("message", "choices");
		assertThat(ErrorSummary.brokenLinks(html)).isEmpty();
		assertThat(summaryEntry(page, "choices")).isEqualTo(
				message("helpdesk.recommend.items") + ": " + message("helpdesk.recommend.items.required"));
		assertThat(as(advisor, () -> recommendations.ofCase(caseNumber))).isEmpty();
	}

}
