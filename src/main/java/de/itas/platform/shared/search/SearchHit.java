package de.itas.platform.shared.search;

/**
 * One item a contribution found. Title and snippet are plain text (never HTML); they are what the joint
 * ranking reads and what the result list shows, so the snippet should hold the words a person would search
 * the item by (a description, the provider, the town) and nothing the viewer may not see.
 *
 * @param title the item's name, weighted highest by the ranking
 * @param snippet a short description; the result list shows the part around the matched words
 * @param url the item's page, a path within the platform (e.g. {@code /weiterbildung/12})
 */
public record SearchHit(String title, String snippet, String url) {

	public SearchHit {
		if (title.isBlank() || url.isBlank()) {
			throw new IllegalArgumentException("A search hit needs a title and a URL");
		}
	}

}
