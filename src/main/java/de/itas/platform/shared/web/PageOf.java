package de.itas.platform.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, as every paged list of the platform shows it ({@code fragments/pager :: pages}).
 * <p>
 * An empty list has one page, the empty one: "Seite 1 von 1" with the list's empty state, never "Seite 1 von
 * 0". A page beyond the last one (an old bookmark, a typed URL: page 999 of 6) is not shown empty: lists ask
 * {@link #beyondEnd()} and show the {@link #last()} page instead ({@link #clamp(int, int, long)} gives its
 * index before the items are read).
 *
 * @param items the items of this page, at most {@code size}
 * @param page 0-based index of this page
 * @param size items per page (at least 1)
 * @param total items of the whole list
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public PageOf {
		items = List.copyOf(items);
		if (page < 0 || size < 1 || total < 0) {
			throw new IllegalArgumentException("No page " + page + " of size " + size + " with " + total + " items");
		}
	}

	/** The index of the page that shows the wanted one: itself, or the last page when it lies beyond the end. */
	public static int clamp(int page, int size, long total) {
		return Math.min(Math.max(0, page), pages(size, total) - 1);
	}

	private static int pages(int size, long total) {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + size - 1) / size));
	}

	/** The number of pages: at least 1, an empty list being one empty page. */
	public int pages() {
		return pages(size, total);
	}

	/** The 1-based number of this page, as people count. */
	public int number() {
		return page + 1;
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	/** Whether there is more than one page, i.e. whether the list needs a pager at all. */
	public boolean paged() {
		return pages() > 1;
	}

	/** Whether this page lies beyond the last one (so it holds nothing while the list may hold something). */
	public boolean beyondEnd() {
		return page >= pages();
	}

	/** The index of the last page. */
	public int last() {
		return pages() - 1;
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** The same page with each item converted. */
	public <R> PageOf<R> map(Function<? super T, ? extends R> conversion) {
		return new PageOf<R>(items.stream().<R>map(conversion).toList(), page, size, total);
	}

}
