package de.itas.platform.networking;

import java.util.Map;

/** How many active posts each filter value would find, with all other filters applied. */
public record ExchangeFacets(Map<String, Long> kinds, Map<String, Long> directions, Map<String, Long> districts,
		Map<String, Long> productGroups, Map<String, Long> actionFields) {

	public long kind(Object value) {
		return kinds.getOrDefault(value.toString(), 0L);
	}

	public long direction(Object value) {
		return directions.getOrDefault(value.toString(), 0L);
	}

	public long district(String value) {
		return districts.getOrDefault(value, 0L);
	}

	public long productGroup(Object value) {
		return productGroups.getOrDefault(value.toString(), 0L);
	}

	public long actionField(String value) {
		return actionFields.getOrDefault(value, 0L);
	}

}
