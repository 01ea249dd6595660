package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import de.itas.platform.governance.ProgressRollup.Part;

/** The roll-up of progress from children: plain and weighted averages, rounding, and whole trees bottom-up. */
class ProgressRollupUnitTests {

	@Test
	void thePlainAverageIgnoresWeights() {
		assertThat(ProgressRollup.of(ProgressMode.AVERAGE, List.of(new Part(100, 1), new Part(20, 3)))).isEqualTo(60);
	}

	@Test
	void theWeightedAverageCountsEachChildByItsWeight() {
		// (100 * 1 + 20 * 3) / 4 = 40
		assertThat(ProgressRollup.of(ProgressMode.WEIGHTED, List.of(new Part(100, 1), new Part(20, 3)))).isEqualTo(40);
	}

	@Test
	void halvesAreRoundedUpAndOtherFractionsToTheNearest() {
		// 50.5 -> 51
		assertThat(ProgressRollup.of(ProgressMode.AVERAGE, List.of(new Part(50, 1), new Part(51, 1)))).isEqualTo(51);
		// 33.33 -> 33
		assertThat(ProgressRollup.of(ProgressMode.AVERAGE, List.of(new Part(100, 1), new Part(0, 1), new Part(0, 1))))
			.isEqualTo(33);
		// 66.67 -> 67
		assertThat(ProgressRollup.of(ProgressMode.AVERAGE, List.of(new Part(100, 1), new Part(100, 1), new Part(0, 1))))
			.isEqualTo(67);
	}

	@Test
	void noChildrenMeansNoProgress() {
		assertThat(ProgressRollup.of(ProgressMode.WEIGHTED, List.of())).isZero();
		assertThat(ProgressRollup.of(ProgressMode.AVERAGE, List.of())).isZero();
	}

	@Test
	void enteredProgressIsNotComputed() {
		assertThatThrownBy(() -> ProgressRollup.of(ProgressMode.ENTERED, List.of(new Part(10, 1))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void partsOutsideTheRangeAreRefused() {
		assertThatThrownBy(() -> new Part(101, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Part(-1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Part(50, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aTreeRollsUpFromTheDeepestLevelAndEnteredMeasuresKeepTheirs() {
		MeasureView project = measure(null, 1, ProgressMode.WEIGHTED, 0, 1);
		MeasureView computedChild = measure(project, 2, ProgressMode.AVERAGE, 99, 3);
		MeasureView enteredChild = measure(project, 2, ProgressMode.ENTERED, 100, 1);
		MeasureView leafA = measure(computedChild, 3, ProgressMode.ENTERED, 10, 1);
		MeasureView leafB = measure(computedChild, 3, ProgressMode.ENTERED, 30, 5);
		Map<UUID, Integer> progress = ProgressRollup.rollUp(List.of(project, computedChild, enteredChild, leafA, leafB));
		// the computed child is the plain average of 10 and 30 (its stale 99 is replaced)
		assertThat(progress.get(computedChild.id())).isEqualTo(20);
		assertThat(progress.get(enteredChild.id())).isEqualTo(100);
		assertThat(progress.get(leafA.id())).isEqualTo(10);
		// the project weighs 20 three times and 100 once: 160 / 4 = 40
		assertThat(progress.get(project.id())).isEqualTo(40);
	}

	@Test
	void aMeasureWhoseParentIsNotGivenCountsAsRoot() {
		MeasureView outside = measure(null, 1, ProgressMode.AVERAGE, 0, 1);
		MeasureView orphan = measure(outside, 2, ProgressMode.AVERAGE, 70, 1);
		assertThat(ProgressRollup.rollUp(List.of(orphan))).containsEntry(orphan.id(), 0);
	}

	private static MeasureView measure(@Nullable MeasureView parent, int level, ProgressMode mode, int progress,
			int weight) {
		return new MeasureView(UUID.randomUUID(), "field", parent == null ? null : parent.id(), level, 0, "Maßnahme",
				"", "partner", "", Set.of(), List.of(), null, null, null, MeasureStatus.RUNNING, mode, progress, weight,
				true, 0, Instant.EPOCH, Instant.EPOCH);
	}

}
