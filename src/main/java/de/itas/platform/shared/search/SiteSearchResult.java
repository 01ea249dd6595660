package de.itas.platform.shared.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the site-wide search.
 *
 * @param text the search text as it was used (stripped and shortened)
 * @param state whether there was something to search for and whether anything was found
 * @param types every kind of item with its number of hits (the filter), in the contributions' order
 * @param type the kind the page is filtered to, {@code null} for all
 * @param items the page's items, best first
 * @param total the number of items of the filtered kind (all kinds without a filter)
 * @param page the 0-based page
 * @param unavailable message keys of the kinds whose search failed this time
 */
public record SiteSearchResult(String text, State state, List<TypeCount> types, @Nullable String type, List<Item> items,
		int total, int page, int pageSize, List<String> unavailable) {

	public SiteSearchResult {
		types = List.copyOf(types);
		items = List.copyOf(items);
		unavailable = List.copyOf(unavailable);
	}

	/** Why a search shows what it shows. */
	public enum State {

		/** Nothing was typed. */
		EMPTY,
		/** Only special characters: no word to search for. */
		NO_WORDS,
		/** Only words too common to search for ("und", "der"). */
		STOP_WORDS_ONLY,
		/** No area found anything. */
		NOTHING_FOUND,
		/** At least one area found something. */
		FOUND

	}

	/**
	 * A kind of item and how many of them match.
	 *
	 * @param capped whether the area had more hits than the search takes from one area (the count is a lower bound)
	 */
	public record TypeCount(String type, String labelKey, int count, boolean capped) {
	}

	/**
	 * A found item.
	 *
	 * @param score its place on the joint scale (higher is better); see {@link SiteSearch}
	 * @param snippet the part of the item's snippet around the matched words
	 * @param titleParts the title split into matched and unmatched parts, for highlighting
	 * @param snippetParts the snippet split likewise
	 */
	public record Item(String type, String labelKey, String title, String snippet, String url, double score,
			List<Part> titleParts, List<Part> snippetParts) {

		public Item {
			titleParts = List.copyOf(titleParts);
			snippetParts = List.copyOf(snippetParts);
		}

	}

	/** A piece of text, marked when it matched a word of the search. */
	public record Part(String text, boolean match) {
	}

	/** Whether the search ran (there were words to look for). */
	public boolean searched() {
		return state == State.FOUND || state == State.NOTHING_FOUND;
	}

	/** The number of hits of all kinds together. */
	public int totalOfAllTypes() {
		return types.stream().mapToInt(TypeCount::count).sum();
	}

	/** Whether some kind had more hits than were taken, so that the counts are lower bounds. */
	public boolean capped() {
		return types.stream().anyMatch(TypeCount::capped);
	}

	/** Kinds with hits, and the filtered one even without. */
	public List<TypeCount> filterTypes() {
		return types.stream().filter(count -> count.count() > 0 || count.type().equals(type)).toList();
	}

	public int totalPages() {
		return Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

}
