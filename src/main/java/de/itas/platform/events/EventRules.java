package de.itas.platform.events;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The rules an event's entered data must keep, checked before anything is stored. Field names are those of
 * the editor's form.
 */
public final class EventRules {

	public static final int MAX_TITLE = 200;

	public static final int MAX_SUMMARY = 500;

	public static final int MAX_DESCRIPTION = 20_000;

	public static final int MAX_CAPACITY = 100_000;

	/** How long before the start the join link is shown to registered participants. */
	public static final Duration JOIN_LINK_BEFORE = Duration.ofMinutes(30);

	private EventRules() {
	}

	/**
	 * Checks a draft against the rules.
	 *
	 * @param districts the region's district codes
	 * @param actionFields the region's action field codes
	 * @throws FieldProblems naming every problem found
	 */
	public static void check(EventDraft draft, Set<String> districts, Set<String> actionFields) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.title().isBlank()) {
			problems.add(FieldProblem.of("title", "events.error.title.required"));
		}
		else if (draft.title().length() > MAX_TITLE) {
			problems.add(FieldProblem.of("title", "events.error.too-long", MAX_TITLE));
		}
		if (draft.summary().length() > MAX_SUMMARY) {
			problems.add(FieldProblem.of("summary", "events.error.too-long", MAX_SUMMARY));
		}
		if (draft.description().length() > MAX_DESCRIPTION) {
			problems.add(FieldProblem.of("description", "events.error.too-long", MAX_DESCRIPTION));
		}
		if (!draft.endsAt().isAfter(draft.startsAt())) {
			problems.add(FieldProblem.of("endsAt", "events.error.ends-before-start"));
		}
		if (draft.registrationUntil() != null && draft.registrationUntil().isAfter(draft.endsAt())) {
			problems.add(FieldProblem.of("registrationUntil", "events.error.deadline-after-end"));
		}
		if (!draft.onsite() && !draft.online()) {
			problems.add(FieldProblem.of("onsiteCapacity", "events.error.mode.required"));
		}
		capacity(draft.onsiteCapacity(), "onsiteCapacity", problems);
		capacity(draft.onlineCapacity(), "onlineCapacity", problems);
		if (draft.onsite()) {
			if (draft.districtCode() == null || !districts.contains(draft.districtCode())) {
				problems.add(FieldProblem.of("districtCode", "events.error.district.required"));
			}
			if (draft.venue().isBlank()) {
				problems.add(FieldProblem.of("venue", "events.error.venue.required"));
			}
		}
		else if (draft.districtCode() != null && !districts.contains(draft.districtCode())) {
			problems.add(FieldProblem.of("districtCode", "events.error.district.unknown"));
		}
		if (!draft.onlineUrl().isBlank() && !webAddress(draft.onlineUrl())) {
			problems.add(FieldProblem.of("onlineUrl", "events.error.url"));
		}
		for (String field : draft.actionFields()) {
			if (!actionFields.contains(field)) {
				problems.add(FieldProblem.of("actionFields", "events.error.action-field.unknown", field));
			}
		}
		if (draft.costCents() < 0) {
			problems.add(FieldProblem.of("cost", "events.error.cost"));
		}
		if (draft.accessibilityNote().length() > 1000) {
			problems.add(FieldProblem.of("accessibilityNote", "events.error.too-long", 1000));
		}
		FieldProblems.throwIfAny(problems);
	}

	private static void capacity(@Nullable Integer capacity, String field, List<FieldProblem> problems) {
		if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
			problems.add(FieldProblem.of(field, "events.error.capacity", 1, MAX_CAPACITY));
		}
	}

	/** An absolute http(s) address. */
	public static boolean webAddress(String value) {
		try {
			URI uri = new URI(value.strip());
			return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Whether a registered participant sees the join link at {@code now}: from {@link #JOIN_LINK_BEFORE} before
	 * the start until the end, when the event is online and not cancelled.
	 */
	public static boolean joinLinkVisible(EventView event, Instant now) {
		return event.online() && event.status() != EventStatus.CANCELLED && !event.onlineUrl().isBlank()
				&& !now.isBefore(event.startsAt().minus(JOIN_LINK_BEFORE)) && now.isBefore(event.endsAt());
	}

}
