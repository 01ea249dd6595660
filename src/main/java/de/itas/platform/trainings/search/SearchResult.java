package de.itas.platform.trainings.search;

import java.util.List;

/** One page of matching offers with their total and the facet counts. */
public record SearchResult(long total, int page, int size, List<OfferHit> results, SearchFacets facets) {

	public SearchResult {
		results = List.copyOf(results);
	}

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
