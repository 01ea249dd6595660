package de.itas.platform.trainings.search;

import java.util.List;

import de.itas.platform.shared.web.PageOf;

/**
 * One page of matching offers with the facet counts.
 *
 * @param page the page of offers, with the total of all matching offers
 */
public record SearchResult(PageOf<OfferHit> page, SearchFacets facets) {

	/** Offers that match the query, on all pages. */
	public long total() {
		return page.total();
	}

	/** The offers of this page. */
	public List<OfferHit> results() {
		return page.items();
	}

}
