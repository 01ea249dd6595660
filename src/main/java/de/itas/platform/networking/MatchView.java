package de.itas.platform.networking;

import java.util.List;

/**
 * A suggestion as the poster sees it: a post of the exchange or a company profile, with the reasons.
 *
 * @param label the post's title or the company's name
 * @param organisation who posted it (as the reader may see it), for a company its district
 * @param path the page it leads to
 */
public record MatchView(Matching.MatchType type, String label, String organisation, String path, int score,
		List<Matching.Reason> reasons) {
}
