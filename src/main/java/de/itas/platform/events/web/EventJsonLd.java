package de.itas.platform.events.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import de.itas.platform.events.AttendanceMode;
import de.itas.platform.events.EventStatus;
import de.itas.platform.events.EventView;
import de.itas.platform.events.Events;
import de.itas.platform.events.ShownStatus;

/**
 * schema.org {@code Event} of an event page as a JSON-LD data block: attendance mode, status, the place
 * ({@code Place} with its address) and/or a {@code VirtualLocation} (never the join link), the organiser, and
 * the remaining capacity. „&lt;“ is escaped so that no text of the event can close the script element.
 */
final class EventJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EventJsonLd() {
	}

	static String of(EventView event, String baseUrl, Map<String, String> place, Instant now) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", "Event");
		json.put("name", event.title());
		if (!event.summary().isBlank()) {
			json.put("description", event.summary());
		}
		String url = baseUrl + Events.path(event);
		json.put("url", url);
		json.put("startDate", event.startsAt().toString());
		json.put("endDate", event.endsAt().toString());
		json.put("inLanguage", event.language());
		json.put("eventAttendanceMode", "https://schema.org/" + (event.hybrid() ? "MixedEventAttendanceMode"
				: event.onsite() ? "OfflineEventAttendanceMode" : "OnlineEventAttendanceMode"));
		json.put("eventStatus", "https://schema.org/"
				+ (event.status() == EventStatus.CANCELLED ? "EventCancelled" : "EventScheduled"));
		List<Object> locations = new ArrayList<>();
		if (event.onsite()) {
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			place.forEach((key, value) -> {
				if (!key.equals("name") && value != null && !value.isBlank()) {
					address.put(key, value);
				}
			});
			address.put("addressCountry", "DE");
			Map<String, Object> venue = new LinkedHashMap<>();
			venue.put("@type", "Place");
			venue.put("name", place.getOrDefault("name", ""));
			venue.put("address", address);
			locations.add(venue);
		}
		if (event.online()) {
			// the join link is for registered participants only: the virtual location points to the event page
			locations.add(Map.of("@type", "VirtualLocation", "url", url));
		}
		json.put("location", locations.size() == 1 ? locations.get(0) : locations);
		json.put("organizer", Map.of("@type", "Organization", "name", event.organiserName()));
		int capacity = event.modes().stream().mapToInt(event::capacity).sum();
		int remaining = event.modes().stream().mapToInt(mode -> event.places().free(event, mode)).sum();
		json.put("maximumAttendeeCapacity", capacity);
		json.put("remainingAttendeeCapacity", remaining);
		if (event.onsite() && event.online()) {
			json.put("maximumPhysicalAttendeeCapacity", event.capacity(AttendanceMode.ONSITE));
			json.put("maximumVirtualAttendeeCapacity", event.capacity(AttendanceMode.ONLINE));
		}
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("@type", "Offer");
		offer.put("url", url);
		offer.put("price", event.costCents() / 100 + "." + String.format("%02d", event.costCents() % 100));
		offer.put("priceCurrency", "EUR");
		ShownStatus shown = event.shownStatus(now);
		offer.put("availability", "https://schema.org/" + switch (shown) {
			case OPEN -> "InStock";
			case FULL -> "SoldOut";
			case PLANNED -> "PreOrder";
			default -> "Discontinued";
		});
		json.put("offers", offer);
		return JSON.writeValueAsString(json).replace("<", "\\u003c");
	}

}
