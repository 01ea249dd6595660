package de.itas.platform.networking;

import java.util.Map;

/** How many active posts each filter value would find, with all other filters applied. */
record ExchangeFacets(Map<String, Long> kinds, Map<String, Long> directions, Map<String, Long> districts,
		Map<String, Long> productGroups, Map<String, Long> actionFields) {

	long kind(Object value) {
		return kinds.getOrDefault(value.toString(), 0L);
	}

	long direction(Object value) {
		return directions.getOrDefault(value.toString(), 0L);
	}

	long district(String value) {
		return districts.getOrDefault(value, 0L);
	}

	long productGroup(Object value) {
		return productGroups.getOrDefault(value.toString(), 0L);
	}

	long actionField(String value) {
		return actionFields.getOrDefault(value, 0L);
	}

}
