package de.itas.platform.helpdesk.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.itas.platform.helpdesk.SeriesRequest;

/**
 * An advisor's weekly series as typed: weekdays, a start time, the first and last day (as the browser's date
 * and time fields send them) and days to skip, one per line or separated by commas ({@code 2026-12-24} or
 * {@code 24.12.2026}).
 */
class SeriesForm extends SlotOfferForm {

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	private List<DayOfWeek> weekdays = new ArrayList<>();
	private String startTime = "";
	private String firstDay = "";
	private String lastDay = "";
	private String skipped = "";

	static SeriesForm fresh() {
		SeriesForm form = new SeriesForm();
		form.offerAllTopics();
		return form;
	}

	SeriesRequest request() {
		Set<LocalDate> skippedDays = new LinkedHashSet<>();
		String invalid = null;
		for (String part : skipped.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			LocalDate day = date(part);
			if (day == null) {
				invalid = invalid == null ? part : invalid;
			}
			else {
				skippedDays.add(day);
			}
		}
		Set<DayOfWeek> days = weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays);
		return new SeriesRequest(getTeamCode(), getKind(), desk(), days, time(startTime), minutesValue(), date(firstDay),
				date(lastDay), skippedDays, invalid, topicSet());
	}

	private static @Nullable LocalTime time(String value) {
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable LocalDate date(String value) {
		String text = value.strip();
		try {
			return text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public List<DayOfWeek> getWeekdays() {
		return weekdays;
	}

	public void setWeekdays(@Nullable List<DayOfWeek> weekdays) {
		this.weekdays = weekdays == null ? new ArrayList<>() : weekdays;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(@Nullable String startTime) {
		this.startTime = startTime == null ? "" : startTime;
	}

	public String getFirstDay() {
		return firstDay;
	}

	public void setFirstDay(@Nullable String firstDay) {
		this.firstDay = firstDay == null ? "" : firstDay;
	}

	public String getLastDay() {
		return lastDay;
	}

	public void setLastDay(@Nullable String lastDay) {
		this.lastDay = lastDay == null ? "" : lastDay;
	}

	public String getSkipped() {
		return skipped;
	}

	public void setSkipped(@Nullable String skipped) {
		this.skipped = skipped == null ? "" : skipped;
	}

}
