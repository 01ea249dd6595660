package de.itas.platform.helpdesk.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/** An advisor's new slot as typed; the start is local time in Saxony, as the browser's date-time field sends it. */
class SlotForm extends SlotOfferForm {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private String start = "";

	/** An empty form: an hour, for every topic. */
	static SlotForm fresh() {
		SlotForm form = new SlotForm();
		form.offerAllTopics();
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

	public String getStart() {
		return start;
	}

	public void setStart(@Nullable String start) {
		this.start = start == null ? "" : start;
	}

}
