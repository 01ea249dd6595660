package de.itas.platform.helpdesk.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.itas.platform.helpdesk.SlotKind;
import de.itas.platform.helpdesk.Topic;

/**
 * What a single slot and a weekly series have in common as typed: team, kind, help desk, duration and
 * topics. A new form offers an hour for every topic.
 */
abstract class SlotOfferForm {

	private static final int DEFAULT_MINUTES = 60;

	private String teamCode = "";
	private SlotKind kind = SlotKind.VIDEO;
	private String deskCode = "";
	private String minutes = String.valueOf(DEFAULT_MINUTES);
	private List<Topic> topics = new ArrayList<>();

	/** Every topic ticked, as on an empty form. */
	void offerAllTopics() {
		topics = new ArrayList<>(EnumSet.allOf(Topic.class));
	}

	@Nullable String desk() {
		return deskCode.isBlank() ? null : deskCode;
	}

	Set<Topic> topicSet() {
		return topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
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

	/** The duration as typed, so that a refused form shows it as it was. */
	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(@Nullable String minutes) {
		this.minutes = minutes == null ? "" : minutes;
	}

	public List<Topic> getTopics() {
		return topics;
	}

	public void setTopics(@Nullable List<Topic> topics) {
		this.topics = topics == null ? new ArrayList<>() : topics;
	}

}
