package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.CaseStatus.ASSIGNED;
import static de.itas.platform.helpdesk.CaseStatus.CLOSED;
import static de.itas.platform.helpdesk.CaseStatus.IN_PROGRESS;
import static de.itas.platform.helpdesk.CaseStatus.NEW;
import static de.itas.platform.helpdesk.CaseStatus.RECOMMENDATION_SENT;
import static de.itas.platform.helpdesk.CaseStatus.WAITING_FOR_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The case workflow: which status may follow which. */
class WorkflowUnitTests {

	@Test
	void theMainPathIsAllowedStepByStep() {
		assertThat(NEW.allows(ASSIGNED)).isTrue();
		assertThat(ASSIGNED.allows(IN_PROGRESS)).isTrue();
		assertThat(IN_PROGRESS.allows(WAITING_FOR_FEEDBACK)).isTrue();
		assertThat(WAITING_FOR_FEEDBACK.allows(RECOMMENDATION_SENT)).isTrue();
		assertThat(RECOMMENDATION_SENT.allows(CLOSED)).isTrue();
	}

	@Test
	void skippingAheadIsNotAllowed() {
		assertThat(NEW.allows(IN_PROGRESS)).isFalse();
		assertThat(NEW.allows(RECOMMENDATION_SENT)).isFalse();
		assertThat(ASSIGNED.allows(RECOMMENDATION_SENT)).isFalse();
		assertThat(ASSIGNED.allows(WAITING_FOR_FEEDBACK)).isFalse();
	}

	@Test
	void noStatusFollowsItselfAndNothingGoesBackToNew() {
		for (CaseStatus status : CaseStatus.values()) {
			assertThat(status.allows(status)).as("%s -> itself", status).isFalse();
			assertThat(status.allows(NEW)).as("%s -> NEW", status).isFalse();
		}
	}

	@Test
	void everyOpenStatusCanBeClosedAndAClosedCaseOnlyReopens() {
		for (CaseStatus status : CaseStatus.values()) {
			if (status.open()) {
				assertThat(status.allows(CLOSED)).as("%s -> CLOSED", status).isTrue();
			}
		}
		assertThat(CLOSED.next()).containsExactly(IN_PROGRESS);
	}

	@Test
	void waitingAndRecommendationCanGoBackToWork() {
		assertThat(WAITING_FOR_FEEDBACK.allows(IN_PROGRESS)).isTrue();
		assertThat(RECOMMENDATION_SENT.allows(IN_PROGRESS)).isTrue();
		assertThat(RECOMMENDATION_SENT.allows(WAITING_FOR_FEEDBACK)).isTrue();
	}

}
