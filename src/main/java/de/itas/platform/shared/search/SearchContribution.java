package de.itas.platform.shared.search;

import java.util.List;

/**
 * A module's part of the site-wide search. Every module with items worth finding registers one bean per kind
 * of item; the kernel asks all of them for every query and ranks their answers together, so a contribution
 * only decides <em>which</em> items match, never where they appear among the others'.
 * <p>
 * A contribution answers for the person in {@link SearchRequest#viewer()} (who is also the signed-in person of
 * the current thread): visitors get public items only, signed-in people additionally what they may see. It is
 * called on the request's thread, one contribution after the other. An exception does not break the search:
 * the page names the area that could not be searched and shows the others.
 * <p>
 * The order in which the kernel lists the types (in the filter, and among equally ranked items) is the beans'
 * order ({@link org.springframework.core.annotation.Order}).
 */
public interface SearchContribution {

	/** A short, stable key of the kind of item, used in URLs ({@code ?typ=}) and the JSON API, e.g. {@code training}. */
	String type();

	/** Message key of the kind's name as a filter shows it, in plural, e.g. "Weiterbildungen". */
	String labelKey();

	/**
	 * Items that match the request's words, at most {@link SearchRequest#limit()}, the contribution's best first
	 * (its order only breaks ties of the joint ranking). The kernel only calls this with a text that has words.
	 */
	List<SearchHit> search(SearchRequest request);

}
