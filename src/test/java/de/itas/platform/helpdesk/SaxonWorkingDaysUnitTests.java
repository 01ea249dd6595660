package de.itas.platform.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** Saxony's public holidays and the first-response deadline of two working days, with concrete dates. */
class SaxonWorkingDaysUnitTests {

	private static ZonedDateTime at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SaxonWorkingDays.ZONE);
	}

	@Test
	void easterSundayOfSeveralYears() {
		assertThat(SaxonWorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(SaxonWorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
		assertThat(SaxonWorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(SaxonWorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(SaxonWorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
	}

	@Test
	void repentanceDayIsTheWednesdayBeforeThe23rdOfNovember() {
		assertThat(SaxonWorkingDays.repentanceDay(2023)).isEqualTo(LocalDate.of(2023, 11, 22));
		assertThat(SaxonWorkingDays.repentanceDay(2024)).isEqualTo(LocalDate.of(2024, 11, 20));
		assertThat(SaxonWorkingDays.repentanceDay(2025)).isEqualTo(LocalDate.of(2025, 11, 19));
		assertThat(SaxonWorkingDays.repentanceDay(2026)).isEqualTo(LocalDate.of(2026, 11, 18));
		assertThat(SaxonWorkingDays.repentanceDay(2027)).isEqualTo(LocalDate.of(2027, 11, 17));
	}

	@Test
	void theElevenStatewideHolidaysOf2026() {
		assertThat(SaxonWorkingDays.holidays(2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
				LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
				LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 18),
				LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
		// Fronleichnam (4 June 2026) is a holiday only in some municipalities, Christmas Eve not at all
		assertThat(SaxonWorkingDays.isWorkingDay(LocalDate.of(2026, 6, 4))).isTrue();
		assertThat(SaxonWorkingDays.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
	}

	@Test
	void deadlineOnAnOrdinaryWeekIsTheEndOfTheSecondWorkingDayAfter() {
		assertThat(SaxonWorkingDays.firstResponseDue(at("2026-11-09T10:00")))
			.isEqualTo(at("2026-11-11T23:59:59"));
	}

	@Test
	void deadlineSkipsTheWeekend() {
		assertThat(SaxonWorkingDays.firstResponseDue(at("2026-11-13T16:30")))
			.isEqualTo(at("2026-11-17T23:59:59"));
		assertThat(SaxonWorkingDays.firstResponseDue(at("2026-11-21T09:00")))
			.isEqualTo(at("2026-11-24T23:59:59"));
	}

	@Test
	void deadlineSkipsBussUndBettag() {
		assertThat(SaxonWorkingDays.firstResponseDue(at("2026-11-17T10:00")))
			.isEqualTo(at("2026-11-20T23:59:59"));
	}

	@Test
	void deadlineSkipsGoodFridayAndEasterMonday() {
		assertThat(SaxonWorkingDays.firstResponseDue(at("2026-04-02T08:00")))
			.isEqualTo(at("2026-04-08T23:59:59"));
	}

	@Test
	void deadlineSkipsReformationDay() {
		assertThat(SaxonWorkingDays.firstResponseDue(at("2025-10-30T12:00")))
			.isEqualTo(at("2025-11-04T23:59:59"));
	}

	@Test
	void deadlineSkipsChristmasAndAscensionAndWhitMonday() {
		assertThat(SaxonWorkingDays.firstResponseDue(at("2026-12-23T12:00")))
			.isEqualTo(at("2026-12-28T23:59:59"));
		assertThat(SaxonWorkingDays.firstResponseDue(at("2026-05-13T12:00")))
			.isEqualTo(at("2026-05-18T23:59:59"));
		assertThat(SaxonWorkingDays.firstResponseDue(at("2026-05-22T12:00")))
			.isEqualTo(at("2026-05-27T23:59:59"));
	}

	@Test
	void aLateEveningSubmissionInUtcCountsByTheSaxonDate() {
		// 23:30 UTC on 12 November is already Friday 13 November in Saxony
		ZonedDateTime utc = LocalDateTime.parse("2026-11-12T23:30").atZone(java.time.ZoneOffset.UTC);
		assertThat(SaxonWorkingDays.firstResponseDue(utc)).isEqualTo(at("2026-11-17T23:59:59"));
	}

}
