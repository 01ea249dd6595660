package de.itas.platform.networking;

import de.itas.platform.shared.web.PageOf;

/** One page of the exchange's list: the query as shown (a page beyond the end becomes the last), posts, facets. */
public record ExchangeResult(ExchangeQuery query, PageOf<PostView> page, ExchangeFacets facets) {
}
