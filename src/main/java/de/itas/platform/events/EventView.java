package de.itas.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An event as stored, with its places. The join link {@link #onlineUrl()} must only be shown to registered
 * participants close to the start ({@link EventRules#joinLinkVisible}).
 */
@NamedInterface("api")
public record EventView(UUID id, String slug, @Nullable UUID seriesId, EventType type, String title, String summary,
		String description, UUID organiserId, String organiserName, Instant startsAt, Instant endsAt,
		@Nullable Instant registrationUntil, @Nullable String districtCode, String venue, String street,
		String postcode, String city, @Nullable Integer onsiteCapacity, @Nullable Integer onlineCapacity,
		String onlineUrl, String language, List<String> actionFields, List<TargetGroup> targetGroups,
		boolean stepFree, boolean hearingLoop, boolean signLanguage, String accessibilityNote, int costCents,
		String costNote, EventStatus status, @Nullable Instant cancelledAt, String cancelReason,
		@Nullable UUID forumId, String minutes, String recordingUrl, @Nullable Instant documentedAt,
		long version, Places places) {

	public EventView {
		actionFields = List.copyOf(actionFields);
		targetGroups = List.copyOf(targetGroups);
	}

	public boolean onsite() {
		return onsiteCapacity != null;
	}

	public boolean online() {
		return onlineCapacity != null;
	}

	/** Hybrid: on site and online. */
	public boolean hybrid() {
		return onsite() && online();
	}

	/** The modes this event is offered in, on site first. */
	public List<AttendanceMode> modes() {
		if (hybrid()) {
			return List.of(AttendanceMode.ONSITE, AttendanceMode.ONLINE);
		}
		return List.of(onsite() ? AttendanceMode.ONSITE : AttendanceMode.ONLINE);
	}

	/** The places of one mode; 0 when the event is not offered in it. */
	public int capacity(AttendanceMode mode) {
		Integer capacity = mode == AttendanceMode.ONSITE ? onsiteCapacity : onlineCapacity;
		return capacity == null ? 0 : capacity;
	}

	/** The last moment to register: the deadline, else the start. */
	public Instant registrationEnds() {
		return registrationUntil != null ? registrationUntil : startsAt;
	}

	public boolean documented() {
		return documentedAt != null;
	}

	public boolean free() {
		return costCents == 0;
	}

	/** The status visitors see at {@code now}. */
	public ShownStatus shownStatus(Instant now) {
		return switch (status) {
			case DRAFT -> ShownStatus.DRAFT;
			case CANCELLED -> ShownStatus.CANCELLED;
			case PLANNED -> now.isBefore(endsAt) ? ShownStatus.PLANNED : ShownStatus.TOOK_PLACE;
			case OPEN -> {
				if (!now.isBefore(endsAt)) {
					yield ShownStatus.TOOK_PLACE;
				}
				if (!now.isBefore(registrationEnds())) {
					yield ShownStatus.CLOSED;
				}
				yield places.full(this) ? ShownStatus.FULL : ShownStatus.OPEN;
			}
		};
	}

	/** Whether registrations are taken at {@code now}: open, not cancelled, before the deadline. */
	public boolean takesRegistrations(Instant now) {
		return status == EventStatus.OPEN && now.isBefore(registrationEnds()) && now.isBefore(endsAt);
	}

}
