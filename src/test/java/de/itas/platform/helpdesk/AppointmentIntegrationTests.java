package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.as;
import static de.itas.platform.helpdesk.HelpdeskFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;

/** Booking slots: at most once under 20 parallel requests, never in the past, with invitations and mails. */
@PlatformTest
class AppointmentIntegrationTests {

	/** 20 different people, one per combination of these roles. */
	private static final Role[][] PEOPLE = { { Role.EMPLOYEE }, { Role.COMPANY_MEMBER }, { Role.COMPANY_ADMIN },
			{ Role.PROVIDER }, { Role.ADMIN }, { Role.EMPLOYEE, Role.COMPANY_MEMBER }, { Role.EMPLOYEE, Role.COMPANY_ADMIN },
			{ Role.EMPLOYEE, Role.PROVIDER }, { Role.EMPLOYEE, Role.ADMIN }, { Role.COMPANY_MEMBER, Role.COMPANY_ADMIN },
			{ Role.COMPANY_MEMBER, Role.PROVIDER }, { Role.COMPANY_MEMBER, Role.ADMIN }, { Role.COMPANY_ADMIN, Role.PROVIDER },
			{ Role.COMPANY_ADMIN, Role.ADMIN }, { Role.PROVIDER, Role.ADMIN },
			{ Role.EMPLOYEE, Role.COMPANY_MEMBER, Role.COMPANY_ADMIN }, { Role.EMPLOYEE, Role.COMPANY_MEMBER, Role.PROVIDER },
			{ Role.EMPLOYEE, Role.COMPANY_MEMBER, Role.ADMIN }, { Role.EMPLOYEE, Role.COMPANY_ADMIN, Role.PROVIDER },
			{ Role.EMPLOYEE, Role.COMPANY_ADMIN, Role.ADMIN } };

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	Appointments appointments;

	@Autowired
	Outbox outbox;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	de.itas.platform.accounts.AuditLog auditLog;

	PlatformUser advisor;
	String team;

	@BeforeEach
	void team() {
		advisor = accounts.user(Role.ADVISOR, Role.COMPANY_MEMBER);
		team = fixtures.team("slots", advisor);
		fixtures.routeOtherFromVogtland(team);
	}

	private static PlatformUser person(TestAccounts accounts, Role[] roles) {
		Role[] more = new Role[roles.length - 1];
		System.arraycopy(roles, 1, more, 0, more.length);
		return accounts.user(roles[0], more);
	}

	@Test
	void twentyParallelBookingsOfOneSlotLeaveExactlyOneBookingAndNineteenClearRefusals() throws Exception {
		long slot = fixtures.freeSlot(advisor, team, Duration.ofDays(3));
		List<PlatformUser> people = new ArrayList<>();
		for (Role[] roles : PEOPLE) {
			people.add(person(accounts, roles));
		}
		assertThat(people).extracting(PlatformUser::id).doesNotHaveDuplicates().hasSize(20);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<String>> results = new ArrayList<>();
		for (PlatformUser person : people) {
			results.add(pool.submit(() -> {
				start.await();
				MvcTestResult result = mvc.post().uri("/termine/buchen").param("slot", String.valueOf(slot))
					.with(user(person)).with(csrf()).exchange();
				Object error = result.getMvcResult().getFlashMap().get("slotError");
				return error == null ? "booked" : error.toString();
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(outcomes).filteredOn("booked"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("helpdesk.slots.taken"::equals).hasSize(19);
		SlotSummary booked = fixtures.slots.find(slot).orElseThrow().summary();
		assertThat(booked.booked()).isTrue();
		assertThat(people).extracting(PlatformUser::id).contains(booked.bookedBy());
		// the page tells the refused ones in plain German
		MvcTestResult refused = mvc.post().uri("/termine/buchen").param("slot", String.valueOf(slot))
			.with(user(people.get(0))).with(csrf()).exchange();
		assertThat(refused).hasRedirectedUrl("/termine");
		assertThat(refused).flash().containsEntry("slotError", "helpdesk.slots.taken");
		// (the flash map travels in the JDBC session, which MockMvc's own flash attributes bypass)
		assertThat(messages.getMessage("helpdesk.slots.taken", null, java.util.Locale.GERMAN))
			.isEqualTo("Dieser Termin ist leider schon vergeben. Bitte wählen Sie einen anderen.");
	}

	@Test
	void aPastSlotCannotBeBooked() {
		PlatformUser person = accounts.user(Role.EMPLOYEE);
		long slot = fixtures.freeSlot(advisor, team, Duration.ofDays(-1));
		assertThatThrownBy(() -> run(person, () -> appointments.book(slot, null)))
			.isInstanceOfSatisfying(FieldProblems.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("helpdesk.slots.past"));
		assertThat(fixtures.slots.find(slot).orElseThrow().summary().booked()).isFalse();
	}

	@Test
	void bookingFromTheInquiryMailsBothWithAnInvitationThatParses() throws Exception {
		PlatformUser submitter = accounts.user(Role.COMPANY_ADMIN, Role.EMPLOYEE);
		String caseNumber = fixtures.submit(submitter);
		long slot = fixtures.freeSlot(advisor, team, Duration.ofDays(4));
		assertThat(as(submitter, () -> appointments.bookableForOwnInquiry(caseNumber, 50).page().items())).extracting(SlotSummary::id).contains(slot);
		int submitterMails = Mails.to(outbox, submitter.email()).size();
		int advisorMails = Mails.to(outbox, advisor.email()).size();

		MvcTestResult booked = mvc.post().uri("/termine/buchen").param("slot", String.valueOf(slot)).param("fall", caseNumber)
			.with(user(submitter)).with(csrf()).exchange();
		assertThat(booked).hasRedirectedUrl("/anliegen/" + caseNumber);
		assertThat(booked).flash().containsEntry("booked", true);
		assertThat(Mails.to(outbox, submitter.email())).hasSize(submitterMails + 1);
		assertThat(Mails.to(outbox, advisor.email())).hasSize(advisorMails + 1)
			.anySatisfy(mail -> assertThat(mail.text()).contains("/termine/" + slot + "/einladung.ics"));
		assertThat(fixtures.slots.find(slot).orElseThrow().summary().caseNumber()).isEqualTo(caseNumber);
		// the mail carries the invitation itself
		Calendar attached = invitation(Mails.to(outbox, submitter.email()).get(0));
		assertThat(attached.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(attached.getComponent("VEVENT").orElseThrow().getProperty(Property.ATTENDEE).orElseThrow().getValue())
			.isEqualTo("mailto:" + submitter.email());
		assertThat(invitation(Mails.to(outbox, advisor.email()).get(0)).getProperty(Property.METHOD).orElseThrow().getValue())
			.isEqualTo("REQUEST");

		MvcTestResult ics = mvc.get().uri("/termine/" + slot + "/einladung.ics").with(user(submitter)).exchange();
		assertThat(ics).hasStatusOk();
		assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.getResponse().getContentAsString()));
		calendar.validate();
		assertThat(calendar.getComponent("VEVENT").orElseThrow().getProperty(Property.ATTENDEE).orElseThrow().getValue())
			.isEqualTo("mailto:" + submitter.email());
		assertThat(mvc.get().uri("/termine/" + slot + "/einladung.ics").with(user(advisor)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/termine/" + slot + "/einladung.ics").with(user(accounts.user(Role.EMPLOYEE))).exchange())
			.hasStatus(404);
	}

	@Test
	void cancellationFreesTheSlotAndRebookingMovesTheBooking() {
		PlatformUser person = accounts.user(Role.EMPLOYEE, Role.PROVIDER, Role.COMPANY_MEMBER);
		long first = fixtures.freeSlot(advisor, team, Duration.ofDays(5));
		long second = fixtures.freeSlot(advisor, team, Duration.ofDays(6));
		run(person, () -> appointments.book(first, null));
		int mails = Mails.to(outbox, person.email()).size();
		run(person, () -> appointments.rebook(first, second));
		assertThat(fixtures.slots.find(first).orElseThrow().summary().booked()).isFalse();
		assertThat(fixtures.slots.find(second).orElseThrow().summary().bookedBy()).isEqualTo(person.id());
		assertThat(Mails.to(outbox, person.email())).hasSize(mails + 2)
			.anySatisfy(mail -> assertThat(mail.subject()).isEqualTo("Beratungstermin abgesagt"));
		// the cancellation withdraws the invitation from the calendar
		Outbox.StoredMail cancellation = Mails.to(outbox, person.email()).stream()
			.filter(mail -> mail.subject().equals("Beratungstermin abgesagt"))
			.findFirst()
			.orElseThrow();
		assertThat(invitation(cancellation).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		// the advisor can cancel too; a stranger cannot
		PlatformUser stranger = accounts.user(Role.EMPLOYEE);
		assertThat(mvc.post().uri("/termine/" + second + "/absagen").with(user(stranger)).with(csrf()).exchange()).hasStatus(403);
		run(advisor, () -> appointments.cancel(second));
		assertThat(fixtures.slots.find(second).orElseThrow().summary().booked()).isFalse();
	}

	@Test
	void rebookingOntoATakenSlotChangesNothingAndSendsNoMail() {
		PlatformUser person = accounts.user(Role.EMPLOYEE, Role.COMPANY_ADMIN, Role.COMPANY_MEMBER, Role.PROVIDER);
		PlatformUser other = accounts.user(Role.EMPLOYEE, Role.COMPANY_MEMBER, Role.COMPANY_ADMIN, Role.ADMIN);
		long mine = fixtures.freeSlot(advisor, team, Duration.ofDays(7));
		long taken = fixtures.freeSlot(advisor, team, Duration.ofDays(7));
		run(person, () -> appointments.book(mine, null));
		run(other, () -> appointments.book(taken, null));
		int mails = Mails.to(outbox, person.email()).size();
		MvcTestResult result = mvc.post().uri("/termine/" + mine + "/verschieben").param("to", String.valueOf(taken))
			.with(user(person)).with(csrf()).exchange();
		assertThat(result).flash().containsEntry("slotError", "helpdesk.slots.taken");
		assertThat(fixtures.slots.find(mine).orElseThrow().summary().bookedBy()).isEqualTo(person.id());
		assertThat(fixtures.slots.find(taken).orElseThrow().summary().bookedBy()).isEqualTo(other.id());
		assertThat(Mails.to(outbox, person.email())).hasSize(mails);
	}

	@Test
	void advisorsPublishSlotsOnlyForTheirTeamsAndInTheFuture() {
		assertThatThrownBy(() -> run(advisor, () -> appointments.publish(team, SlotKind.HELP_DESK, null,
				fixtures.now().minus(Duration.ofHours(1)), 5, java.util.EnumSet.noneOf(Topic.class))))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::messageKey)
				.containsExactly("helpdesk.slots.start.future", "helpdesk.slots.minutes.range", "helpdesk.slots.desk.required",
						"helpdesk.slots.topics.required"));
		PlatformUser outsider = accounts.user(Role.ADVISOR, Role.ADMIN);
		assertThatThrownBy(() -> run(outsider, () -> appointments.publish(team, SlotKind.VIDEO, null,
				fixtures.now().plus(Duration.ofDays(2)), 30, java.util.EnumSet.of(Topic.OTHER))))
			.isInstanceOf(FieldProblems.class);
		long id = as(advisor, () -> appointments.publish(team, SlotKind.HELP_DESK, "ihk-zwickau",
				fixtures.weekdayAt(9, 10, 0), 30, java.util.EnumSet.of(Topic.OTHER)));
		assertThat(as(advisor, () -> appointments.mySlots())).extracting(SlotSummary::id).contains(id);
	}

	@Test
	void aRefusedSlotComesBackAsTypedAndAnAcceptedOneStartsAtSaxonTime() {
		String start = fixtures.weekdayAt(30, 9, 35).atZone(SaxonWorkingDays.ZONE).toLocalDateTime().toString();
		MvcTestResult refused = mvc.post().uri("/beratung/termine").param("teamCode", team).param("kind", "HELP_DESK")
			.param("deskCode", "").param("start", start).param("minutes", "45").param("topics", "OTHER", "REORIENTATION")
			.with(user(advisor)).with(csrf()).exchange();
		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText()
			.contains("Bitte prüfen Sie Ihre Eingaben.")
			.contains("value=\"" + start + "\"")
			.contains("value=\"45\"")
			.containsPattern("<option value=\"HELP_DESK\" selected=\"selected\">")
			.containsPattern("<input type=\"checkbox\" name=\"topics\" id=\"topic-OTHER\" value=\"OTHER\"\\s+checked=\"checked\">")
			.containsPattern("<input type=\"checkbox\" name=\"topics\" id=\"topic-LOCATION_POLICY\" value=\"LOCATION_POLICY\"\\s*>");
		assertThat(as(advisor, () -> appointments.mySlots())).noneMatch(slot -> slot.teamCode().equals(team));

		assertThat(mvc.post().uri("/beratung/termine").param("teamCode", team).param("kind", "VIDEO").param("start", start)
			.param("minutes", "45").param("topics", "OTHER").with(user(advisor)).with(csrf()).exchange())
			.flash().containsEntry("message", "helpdesk.slots.published");
		assertThat(as(advisor, () -> appointments.mySlots())).filteredOn(slot -> slot.teamCode().equals(team))
			.singleElement().satisfies(slot -> {
			assertThat(slot.startsAt().atZone(SaxonWorkingDays.ZONE).toLocalDateTime()).hasToString(start);
			assertThat(slot.minutes()).isEqualTo(45);
			assertThat(slot.topics()).containsExactly(Topic.OTHER);
		});
	}

	@Test
	void onePersonHoldsAtMostTwoComingBookingsAndIsToldSoInGerman() {
		PlatformUser person = accounts.person("Bodo Buchung " + HelpdeskFixtures.SEQUENCE.incrementAndGet());
		long first = fixtures.freeSlot(advisor, team, Duration.ofDays(10));
		long second = fixtures.freeSlot(advisor, team, Duration.ofDays(11));
		long third = fixtures.freeSlot(advisor, team, Duration.ofDays(12));
		// an appointment that has taken place does not count
		long held = fixtures.freeSlot(advisor, team, Duration.ofDays(-3));
		fixtures.slots.book(held, person.id(), person.getDisplayName(), person.email(), null,
				fixtures.now().minus(Duration.ofDays(5)));
		run(person, () -> appointments.book(first, null));
		run(person, () -> appointments.book(second, null));

		MvcTestResult refused = mvc.post().uri("/termine/buchen").param("slot", String.valueOf(third))
			.with(user(person)).with(csrf()).exchange();
		assertThat(refused).hasRedirectedUrl("/termine");
		assertThat(refused).flash().containsEntry("slotError", "helpdesk.slots.limit").containsEntry("slotErrorArg", 2);
		assertThat(fixtures.slots.find(third).orElseThrow().summary().booked()).isFalse();
		// the page the redirect leads to, in the same (JDBC) session that carries the flash attributes
		jakarta.servlet.http.Cookie session = refused.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(mvc.get().uri("/termine").with(user(person)).cookie(session)).bodyText()
			.contains("Sie haben schon 2 kommende Termine gebucht. Mehr sind nicht möglich");

		// after a cancellation there is room again
		run(person, () -> appointments.cancel(first));
		run(person, () -> appointments.book(third, null));
		assertThat(fixtures.slots.find(third).orElseThrow().summary().bookedBy()).isEqualTo(person.id());
	}

	@Test
	void parallelBookingsOfOnePersonDoNotPassTheLimit() throws Exception {
		PlatformUser person = accounts.person("Paula Parallel " + HelpdeskFixtures.SEQUENCE.incrementAndGet());
		List<Long> free = new ArrayList<>();
		for (int day = 0; day < 6; day++) {
			free.add(fixtures.freeSlot(advisor, team, Duration.ofDays(20 + day)));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(free.size());
		List<Future<Object>> results = new ArrayList<>();
		for (long slot : free) {
			results.add(pool.submit(() -> {
				start.await();
				return mvc.post().uri("/termine/buchen").param("slot", String.valueOf(slot)).with(user(person))
					.with(csrf()).exchange().getMvcResult().getFlashMap().get("slotError");
			}));
		}
		start.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> result : results) {
			outcomes.add(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(outcomes).filteredOn(java.util.Objects::isNull).hasSize(2);
		assertThat(outcomes).filteredOn("helpdesk.slots.limit"::equals).hasSize(4);
		assertThat(free).filteredOn(slot -> person.id().equals(fixtures.slots.find(slot).orElseThrow().summary().bookedBy()))
			.hasSize(2);
	}

	@Test
	void anAdvisorDownloadingTheInvitationWithTheBookersAddressIsAudited() {
		PlatformUser person = accounts.person("Bodo Buchung " + HelpdeskFixtures.SEQUENCE.incrementAndGet());
		long slot = fixtures.freeSlot(advisor, team, Duration.ofDays(13));
		run(person, () -> appointments.book(slot, null));
		assertThat(mvc.get().uri("/termine/" + slot + "/einladung.ics").with(user(person)).exchange()).hasStatusOk();
		assertThat(auditLog.about(person.id(), 0, 100)).as("one's own download is not recorded")
			.noneMatch(entry -> entry.whatKey().equals("helpdesk.audit.invitation"));

		MvcTestResult download = mvc.get().uri("/termine/" + slot + "/einladung.ics").with(user(advisor)).exchange();
		assertThat(download).hasStatusOk();
		assertThat(download).bodyText().contains(person.email());
		assertThat(auditLog.about(person.id(), 0, 100)).filteredOn(entry -> entry.whatKey().equals("helpdesk.audit.invitation"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.actorId()).isEqualTo(advisor.id()));
	}

	/** The mail's attached invitation, parsed and validated as RFC 5545. */
	private static Calendar invitation(Outbox.StoredMail mail) {
		assertThat(mail.attachments()).extracting(Outbox.StoredAttachment::fileName).containsExactly("termin.ics");
		assertThat(mail.attachments().get(0).contentType()).startsWith("text/calendar");
		try {
			Calendar calendar = new CalendarBuilder().build(new StringReader(
					new String(mail.attachments().get(0).content(), StandardCharsets.UTF_8)));
			calendar.validate();
			return calendar;
		}
		catch (IOException | ParserException ex) {
			throw new AssertionError("invitation does not parse", ex);
		}
	}

}
