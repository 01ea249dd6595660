package de.itas.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an organiser enters for an event (everything but programme, questions and documentation). Checked by
 * {@link EventRules} before it is stored.
 *
 * @param onsiteCapacity places on site; {@code null} when the event is not held on site
 * @param onlineCapacity places online; {@code null} when the event is not online
 * @param registrationUntil the last moment to register; {@code null}: until the start
 * @param costCents 0 for a free event
 */
public record EventDraft(EventType type, String title, String summary, String description, UUID organiserId,
		@Nullable UUID seriesId, Instant startsAt, Instant endsAt, @Nullable Instant registrationUntil,
		@Nullable String districtCode, String venue, String street, String postcode, String city,
		@Nullable Integer onsiteCapacity, @Nullable Integer onlineCapacity, String onlineUrl, String language,
		List<String> actionFields, List<TargetGroup> targetGroups, boolean stepFree, boolean hearingLoop,
		boolean signLanguage, String accessibilityNote, int costCents, String costNote, @Nullable UUID forumId) {

	public EventDraft {
		actionFields = List.copyOf(actionFields);
		targetGroups = List.copyOf(targetGroups);
	}

	public boolean onsite() {
		return onsiteCapacity != null;
	}

	public boolean online() {
		return onlineCapacity != null;
	}

}
