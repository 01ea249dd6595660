package de.itas.platform.directory;

import java.util.List;
import java.util.Map;

/**
 * How many companies each filter value would find, given the other filters and the text: counted only
 * over the groups the reader may see, so counts reveal nothing hidden.
 *
 * @param districts companies per district code
 * @param capabilities the most frequent capability tags
 */
public record Facets(Map<String, Long> districts, Map<ValueChainPosition, Long> positions,
		Map<ProductGroup, Long> productGroups, List<TagCount> capabilities) {

	public Facets {
		districts = Map.copyOf(districts);
		positions = Map.copyOf(positions);
		productGroups = Map.copyOf(productGroups);
		capabilities = List.copyOf(capabilities);
	}

	/**
	 * A tag with the number of companies that carry it.
	 *
	 * @param key the tag as compared (lower case), the value for a filter
	 * @param label the tag as companies wrote it
	 */
	public record TagCount(String key, String label, long count) {
	}

	public long district(String code) {
		return districts.getOrDefault(code, 0L);
	}

	public long position(ValueChainPosition position) {
		return positions.getOrDefault(position, 0L);
	}

	public long productGroup(ProductGroup group) {
		return productGroups.getOrDefault(group, 0L);
	}

}
