package de.itas.platform.helpdesk.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.itas.platform.helpdesk.SlotKind;
import de.itas.platform.helpdesk.Topic;

/** An advisor's new slot as typed; the start is local time in Saxony, as the browser's date-time field sends it. */
class SlotForm {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
	private static final int DEFAULT_MINUTES = 60;

	private String teamCode = "";
	private SlotKind kind = SlotKind.VIDEO;
	private String deskCode = "";
	private String start = "";
	private String minutes = String.valueOf(DEFAULT_MINUTES);
	private List<Topic> topics = new ArrayList<>();

	/** An empty form: an hour, for every topic. */
	static SlotForm fresh() {
		SlotForm form = new SlotForm();
		form.topics = new ArrayList<>(EnumSet.allOf(Topic.class));
		return form;
	}

	/** The start as an instant; absent when empty or not a date and time, which the service reports. */
	@Nullable Instant startsAt() {
		try {
			return LocalDateTime.parse(start).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	@Nullable String desk() {
		return deskCode.isBlank() ? null : deskCode;
	}

	Set<Topic> topicSet() {
		return topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
	}

	public String getTeamCode() {
		return teamCode;
	}

	public void setTeamCode(@Nullable String teamCode) {
		this.teamCode = teamCode == null ? "" : teamCode;
	}

	public SlotKind getKind() {
		return kind;
	}

	public void setKind(@Nullable SlotKind kind) {
		this.kind = kind == null ? SlotKind.VIDEO : kind;
	}

	public String getDeskCode() {
		return deskCode;
	}

	public void setDeskCode(@Nullable String deskCode) {
		this.deskCode = deskCode == null ? "" : deskCode;
	}

	public String getStart() {
		return start;
	}

	public void setStart(@Nullable String start) {
		this.start = start == null ? "" : start;
	}

	/** The duration as typed, so that a refused form shows it as it was. */
	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(@Nullable String minutes) {
		this.minutes = minutes == null ? "" : minutes;
	}

	/**
	 * The duration in minutes: an emptied field means the usual hour; one that is no whole number is 0, which
	 * the service refuses with its range message, together with every other problem of the form.
	 */
	int minutesValue() {
		if (minutes.isBlank()) {
			return DEFAULT_MINUTES;
		}
		try {
			return Integer.parseInt(minutes.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	public List<Topic> getTopics() {
		return topics;
	}

	public void setTopics(@Nullable List<Topic> topics) {
		this.topics = topics == null ? new ArrayList<>() : topics;
	}

}
