package de.itas.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.itas.platform.events.CapacityRules.Admission;
import de.itas.platform.events.CapacityRules.Waiting;

class CapacityRulesUnitTests {

	private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

	@Test
	void aSingleGetsAFreePlaceOnlyWhenNobodyWaits() {
		assertThat(CapacityRules.admit(5, 4, 0, 1)).isEqualTo(Admission.CONFIRMED);
		assertThat(CapacityRules.admit(5, 5, 0, 1)).isEqualTo(Admission.WAITING);
		// a free place that is kept for the waiting list's head is not given to a newcomer
		assertThat(CapacityRules.admit(5, 4, 1, 1)).isEqualTo(Admission.WAITING);
	}

	@Test
	void aGroupGetsPlacesForAllOrWaitsTogether() {
		assertThat(CapacityRules.admit(5, 2, 0, 3)).isEqualTo(Admission.CONFIRMED);
		assertThat(CapacityRules.admit(5, 3, 0, 3)).isEqualTo(Admission.WAITING);
		assertThat(CapacityRules.admit(5, 0, 2, 2)).isEqualTo(Admission.WAITING);
	}

	@Test
	void heldPlacesBeyondTheCapacityLeaveNothingFree() {
		assertThat(CapacityRules.free(3, 5)).isZero();
		assertThat(CapacityRules.admit(3, 5, 0, 1)).isEqualTo(Admission.WAITING);
	}

	@Test
	void theWaitingListMovesUpInOrderWhileTheHeadFits() {
		Waiting first = new Waiting("a", 1, NOW);
		Waiting second = new Waiting("b", 1, NOW.plusSeconds(1));
		Waiting third = new Waiting("c", 1, NOW.plusSeconds(2));
		assertThat(CapacityRules.movingUp(5, 3, List.of(first, second, third))).containsExactly(first, second);
		assertThat(CapacityRules.movingUp(5, 5, List.of(first, second))).isEmpty();
	}

	@Test
	void aLaterSmallerEntryDoesNotOvertakeAGroupThatDoesNotFitYet() {
		Waiting group = new Waiting("group", 3, NOW);
		Waiting single = new Waiting("single", 1, NOW.plusSeconds(60));
		assertThat(CapacityRules.movingUp(5, 3, List.of(group, single))).isEmpty();
		assertThat(CapacityRules.movingUp(5, 2, List.of(group, single))).containsExactly(group);
		assertThat(CapacityRules.movingUp(5, 1, List.of(group, single))).containsExactly(group, single);
	}

	@Test
	void anOfferLastsItsDurationButNeverBeyondTheRegistration() {
		Instant deadline = NOW.plus(Duration.ofDays(10));
		assertThat(CapacityRules.offerUntil(NOW, Duration.ofHours(48), deadline)).isEqualTo(NOW.plus(Duration.ofHours(48)));
		Instant soon = NOW.plus(Duration.ofHours(5));
		assertThat(CapacityRules.offerUntil(NOW, Duration.ofHours(48), soon)).isEqualTo(soon);
		assertThat(CapacityRules.offerUntil(deadline, Duration.ofHours(48), deadline)).isNull();
	}

	@Test
	void anOfferExpiresAtItsEnd() {
		Instant until = NOW.plus(Duration.ofHours(48));
		assertThat(CapacityRules.offerOpen(until, NOW)).isTrue();
		assertThat(CapacityRules.offerOpen(until, until)).isFalse();
		// an expired offer frees its places: the next entry moves up
		Waiting next = new Waiting("next", 2, NOW);
		assertThat(CapacityRules.movingUp(4, 2, List.of(next))).containsExactly(next);
	}

}
