package de.itas.platform.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** An inquiry from submission to routing, its deadline, and what anonymising leaves of it. */
class InquiryUnitTests {

	// a Friday afternoon: the first response is due at the end of the following Tuesday
	static final Instant FRIDAY = Instant.parse("2026-03-06T14:00:00Z");

	static Inquiry visitorInquiry(Instant at) {
		return Inquiry.submit("HD-2026-1002",
				new Inquiry.Concern(Topic.REORIENTATION, "vogtlandkreis", "Ich möchte mich beruflich neu orientieren.",
						ContactChannel.PHONE, "vormittags"),
				new Inquiry.Submitter(null, "Vera Besucherin", "vera@example.org", "03741 1234", "de"), "hash-of-token",
				at);
	}

	@Test
	void aSignedInPersonsInquiryIsConfirmedAtOnceAndRecordsItsSubmission() {
		UUID person = UUID.randomUUID();
		Inquiry inquiry = Inquiry.submit("HD-2026-1003",
				new Inquiry.Concern(Topic.OTHER, "zwickau", "Wir brauchen Unterstützung.", ContactChannel.EMAIL, null),
				new Inquiry.Submitter(person, "Firma Muster", "firma@example.org", null, "en"), null, FRIDAY);
		assertThat(inquiry.isNew()).isTrue();
		assertThat(inquiry.confirmed()).isTrue();
		assertThat(inquiry.status()).isEqualTo(CaseStatus.NEW);
		assertThat(inquiry.submittedBy(person)).isTrue();
		assertThat(inquiry.columns()).containsEntry("confirm_token", null).containsEntry("locale", "en");
		assertThat(inquiry.recorded()).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(CaseEvent.Kind.SUBMITTED);
			assertThat(entry.detail()).isEqualTo("OTHER");
			assertThat(entry.actor()).isEqualTo(new Inquiry.Actor(person, "Firma Muster"));
			assertThat(entry.visibleToSubmitter()).isTrue();
		});
	}

	@Test
	void aVisitorsInquiryWaitsForTheLinkForSevenDaysAndIsRoutedOnlyOnceConfirmed() {
		Inquiry inquiry = visitorInquiry(FRIDAY);
		assertThat(inquiry.confirmed()).isFalse();
		assertThat(inquiry.columns()).containsEntry("confirm_token", "hash-of-token");
		assertThatThrownBy(() -> inquiry.route(new Route("aa", "aa-vogtlandkreis", null), FRIDAY))
			.isInstanceOf(IllegalStateException.class);

		assertThat(inquiry.confirmable(FRIDAY.plus(Inquiry.CONFIRMATION_VALIDITY))).isTrue();
		assertThat(inquiry.confirmable(FRIDAY.plus(Inquiry.CONFIRMATION_VALIDITY).plusSeconds(1))).isFalse();
		assertThatThrownBy(() -> inquiry.confirm(FRIDAY.plus(Duration.ofDays(8))))
			.isInstanceOf(IllegalStateException.class);

		Instant confirmedAt = FRIDAY.plus(Duration.ofDays(2));
		inquiry.confirm(confirmedAt);
		assertThat(inquiry.confirmed()).isTrue();
		assertThat(inquiry.submittedAt()).as("counts from the confirmation").isEqualTo(confirmedAt);
		assertThat(inquiry.columns()).containsEntry("confirm_token", null);
		assertThat(inquiry.confirmable(confirmedAt)).as("a link works once").isFalse();
		assertThat(inquiry.recorded()).last().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(CaseEvent.Kind.CONFIRMED);
			assertThat(entry.actor()).isEqualTo(new Inquiry.Actor(null, "Vera Besucherin"));
		});
	}

	@Test
	void routingSetsTheTeamAndTheFirstResponseDeadlineAndIsInternal() {
		Inquiry inquiry = visitorInquiry(FRIDAY);
		inquiry.confirm(FRIDAY);
		inquiry.route(new Route("aa", "aa-vogtlandkreis", 7L), FRIDAY);
		assertThat(inquiry.partnerCode()).isEqualTo("aa");
		assertThat(inquiry.teamCode()).isEqualTo("aa-vogtlandkreis");
		assertThat(inquiry.firstResponseDue())
			.isEqualTo(Instant.parse("2026-03-10T22:59:59Z"));
		assertThat(inquiry.recorded()).last().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(CaseEvent.Kind.ROUTED);
			assertThat(entry.detail()).isEqualTo("aa-vogtlandkreis");
			assertThat(entry.actor()).isEqualTo(Inquiry.Actor.SYSTEM);
			assertThat(entry.visibleToSubmitter()).isFalse();
		});

		Inquiry unrouted = visitorInquiry(FRIDAY);
		unrouted.confirm(FRIDAY);
		unrouted.route(new Route(null, null, null), FRIDAY);
		assertThat(unrouted.teamCode()).isNull();
		assertThat(unrouted.recorded()).last().extracting(Inquiry.Entry::detail).isEqualTo("coordination");
	}

	@Test
	void anOpenCaseWithoutAnswerIsOverdueAfterItsDeadlineUntilAnsweredOrClosed() {
		Inquiry inquiry = visitorInquiry(FRIDAY);
		inquiry.confirm(FRIDAY);
		inquiry.route(new Route("aa", "aa-vogtlandkreis", null), FRIDAY);
		Instant due = inquiry.firstResponseDue();
		assertThat(inquiry.overdue(due)).isFalse();
		assertThat(inquiry.overdue(due.plusSeconds(1))).isTrue();
		assertThat(inquiry.toSummary(due.plusSeconds(1)).overdue()).isTrue();

		Inquiry closed = visitorInquiry(FRIDAY);
		closed.confirm(FRIDAY);
		closed.route(new Route("aa", "aa-vogtlandkreis", null), FRIDAY);
		closed.close(Outcome.NO_RESPONSE, WorkflowUnitTests.ADVISOR, FRIDAY);
		assertThat(closed.overdue(due.plusSeconds(1))).isFalse();

		inquiry.message("Guten Tag.", WorkflowUnitTests.ADVISOR, due.plusSeconds(2));
		assertThat(inquiry.overdue(due.plusSeconds(3))).isFalse();
	}

	@Test
	void anonymisingKeepsWhatTheFiguresNeedAndNothingAboutThePerson() {
		Inquiry inquiry = visitorInquiry(FRIDAY);
		inquiry.confirm(FRIDAY);
		inquiry.route(new Route("aa", "aa-vogtlandkreis", null), FRIDAY);
		inquiry.saved(5, 1);
		inquiry.anonymise();
		assertThat(inquiry.changed()).isTrue();
		assertThat(inquiry.anonymised()).isTrue();
		assertThat(inquiry.submitterId()).isNull();
		assertThat(inquiry.submitterName()).isEqualTo("-");
		assertThat(inquiry.submitterEmail()).isNull();
		assertThat(inquiry.submitterPhone()).isNull();
		assertThat(inquiry.description()).isEmpty();
		assertThat(inquiry.contactTimes()).isNull();
		assertThat(inquiry.topic()).isEqualTo(Topic.REORIENTATION);
		assertThat(inquiry.districtCode()).isEqualTo("vogtlandkreis");
		assertThat(inquiry.partnerCode()).isEqualTo("aa");
		assertThat(inquiry.submittedAt()).isEqualTo(FRIDAY);
	}

}
