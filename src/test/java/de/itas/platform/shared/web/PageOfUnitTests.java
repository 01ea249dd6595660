package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Paging as every list shows it. */
class PageOfUnitTests {

	@Test
	void anEmptyListIsOnePageTheEmptyOne() {
		PageOf<String> empty = new PageOf<>(List.of(), 0, 10, 0);
		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.number()).isEqualTo(1);
		assertThat(empty.isEmpty()).isTrue();
		assertThat(empty.hasPrevious()).isFalse();
		assertThat(empty.hasNext()).isFalse();
		assertThat(empty.paged()).isFalse();
		assertThat(empty.beyondEnd()).isFalse();
	}

	@Test
	void pagesCountTheItemsRoundedUp() {
		assertThat(new PageOf<>(List.of("a"), 0, 10, 1).pages()).isEqualTo(1);
		assertThat(new PageOf<>(List.of("a"), 0, 10, 10).pages()).isEqualTo(1);
		assertThat(new PageOf<>(List.of("a"), 0, 10, 11).pages()).isEqualTo(2);
		assertThat(new PageOf<>(List.of("a"), 0, 12, 60).pages()).isEqualTo(5);
		assertThat(new PageOf<>(List.of("a"), 0, 1, 3_000_000_000L).pages()).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void previousAndNextAtTheEdgesAndInTheMiddle() {
		PageOf<String> first = new PageOf<>(List.of("a", "b"), 0, 2, 5);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(first.paged()).isTrue();
		PageOf<String> middle = new PageOf<>(List.of("c", "d"), 1, 2, 5);
		assertThat(middle.hasPrevious()).isTrue();
		assertThat(middle.hasNext()).isTrue();
		PageOf<String> last = new PageOf<>(List.of("e"), 2, 2, 5);
		assertThat(last.number()).isEqualTo(3);
		assertThat(last.hasPrevious()).isTrue();
		assertThat(last.hasNext()).isFalse();
		assertThat(last.last()).isEqualTo(2);
		assertThat(last.beyondEnd()).isFalse();
	}

	@Test
	void aPageBeyondTheEndIsClampedToTheLastPage() {
		// page 999 of 6 (0-based 998 of 0..5)
		assertThat(PageOf.clamp(998, 10, 60)).isEqualTo(5);
		assertThat(PageOf.clamp(5, 10, 60)).isEqualTo(5);
		assertThat(PageOf.clamp(3, 10, 60)).isEqualTo(3);
		assertThat(PageOf.clamp(-4, 10, 60)).isZero();
		assertThat(PageOf.clamp(7, 10, 0)).as("an empty list has its one page").isZero();
		PageOf<String> beyond = new PageOf<>(List.of(), 998, 10, 60);
		assertThat(beyond.beyondEnd()).isTrue();
		assertThat(beyond.last()).isEqualTo(5);
		assertThat(beyond.hasNext()).isFalse();
	}

	@Test
	void mappingKeepsThePlaceInTheList() {
		PageOf<Integer> lengths = new PageOf<>(List.of("ab", "c"), 1, 2, 4).map(String::length);
		assertThat(lengths).isEqualTo(new PageOf<>(List.of(2, 1), 1, 2, 4));
	}

	@Test
	void impossiblePagesAreRefused() {
		assertThatThrownBy(() -> new PageOf<>(List.of(), -1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PageOf<>(List.of(), 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PageOf<>(List.of(), 0, 10, -1)).isInstanceOf(IllegalArgumentException.class);
	}

}
