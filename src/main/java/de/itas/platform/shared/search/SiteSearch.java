package de.itas.platform.shared.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import de.itas.platform.shared.search.SiteSearchResult.Item;
import de.itas.platform.shared.search.SiteSearchResult.State;
import de.itas.platform.shared.search.SiteSearchResult.TypeCount;
import de.itas.platform.shared.security.PlatformUser;

/**
 * The site-wide search: asks every {@link SearchContribution} for its matching items (at most
 * {@link #CANDIDATES} from each), ranks all of them together on one scale (see {@link PostgresScorer}), counts
 * them per kind and cuts out the requested page. Items with the same score keep the contributions' own order:
 * first the best of every kind, in the kinds' order, then the second best, and so on.
 * <p>
 * A contribution that fails is logged and named in {@link SiteSearchResult#unavailable()}; the others still
 * answer. Should the ranking itself fail, the items keep their contributions' order.
 */
@Service
public class SiteSearch {

	/** Longer texts are cut to this many characters. */
	public static final int MAX_TEXT = 200;

	/** At most this many items are taken from each contribution. */
	public static final int CANDIDATES = 50;

	public static final int PAGE_SIZE = 10;

	public static final int SUGGESTIONS = 6;

	/** Titles and snippets are cut to these lengths before ranking (a snippet is a short description). */
	static final int MAX_TITLE = 300;
	static final int MAX_SNIPPET = 2_000;

	private static final Logger LOG = LoggerFactory.getLogger(SiteSearch.class);

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cs}]+");

	private final List<SearchContribution> contributions;
	private final Scorer scorer;

	SiteSearch(List<SearchContribution> contributions, Scorer scorer) {
		this.contributions = List.copyOf(contributions);
		this.scorer = scorer;
	}

	/** The kinds of item that can be searched, in their order. */
	public List<TypeCount> types() {
		return contributions.stream().map(c -> new TypeCount(c.type(), c.labelKey(), 0, false)).toList();
	}

	/**
	 * One page of the search for the viewer, who must be the signed-in person of the current thread (or
	 * {@code null} for a visitor): contributions may read it from the security context.
	 *
	 * @param type the kind to show, {@code null} (or an unknown kind) for all
	 * @param page 0-based; a page past the end shows the last one
	 */
	public SiteSearchResult search(@Nullable String text, @Nullable String type, int page, int pageSize,
			@Nullable PlatformUser viewer, Locale locale) {
		String cleaned = clean(text);
		String filter = contributions.stream().anyMatch(c -> c.type().equals(type)) ? type : null;
		int size = Math.max(1, pageSize);
		if (cleaned.isEmpty()) {
			return empty(cleaned, State.EMPTY, filter, size);
		}
		List<String> words = SearchTerms.words(cleaned);
		if (words.isEmpty()) {
			return empty(cleaned, State.NO_WORDS, filter, size);
		}
		if (!hasLexemes(words)) {
			return empty(cleaned, State.STOP_WORDS_ONLY, filter, size);
		}
		SearchRequest request = new SearchRequest(cleaned, viewer, locale, CANDIDATES);
		List<Candidate> candidates = new ArrayList<>();
		Map<SearchContribution, Integer> found = new LinkedHashMap<>();
		List<String> unavailable = new ArrayList<>();
		for (int index = 0; index < contributions.size(); index++) {
			SearchContribution contribution = contributions.get(index);
			List<SearchHit> hits;
			int count;
			try {
				List<SearchHit> answer = contribution.search(request);
				count = answer.size();
				hits = answer.stream().limit(CANDIDATES).map(SiteSearch::cleanHit).toList();
			}
			catch (RuntimeException ex) {
				LOG.warn("Search contribution '{}' failed; the search answers without it", contribution.type(), ex);
				unavailable.add(contribution.labelKey());
				continue;
			}
			found.put(contribution, count);
			for (int position = 0; position < hits.size(); position++) {
				candidates.add(new Candidate(contribution, index, position, hits.get(position)));
			}
		}
		List<Item> ranked = rank(candidates, words);
		List<TypeCount> counts = contributions.stream()
			.map(c -> new TypeCount(c.type(), c.labelKey(), Math.min(found.getOrDefault(c, 0), CANDIDATES),
					found.getOrDefault(c, 0) >= CANDIDATES))
			.toList();
		List<Item> shown = filter == null ? ranked : ranked.stream().filter(item -> item.type().equals(filter)).toList();
		int lastPage = Math.max(0, (shown.size() - 1) / size);
		int current = Math.min(Math.max(0, page), lastPage);
		List<Item> pageItems = shown.subList(Math.min(shown.size(), current * size),
				Math.min(shown.size(), (current + 1) * size));
		State state = ranked.isEmpty() ? State.NOTHING_FOUND : State.FOUND;
		return new SiteSearchResult(cleaned, state, counts, filter, pageItems, shown.size(), current, size, unavailable);
	}

	private boolean hasLexemes(List<String> words) {
		try {
			return scorer.hasLexemes(words);
		}
		catch (RuntimeException ex) {
			LOG.warn("Checking the site search's words for stop words failed; searching anyway", ex);
			return true;
		}
	}

	/** The best few items of all kinds, for suggestions while typing. */
	public List<Item> suggestions(@Nullable String text, @Nullable PlatformUser viewer, Locale locale) {
		return search(text, null, 0, SUGGESTIONS, viewer, locale).items();
	}

	/** All candidates on the joint scale, best first; equal scores keep the contributions' order. */
	List<Item> rank(List<Candidate> candidates, List<String> words) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		List<Scorer.Score> scores;
		try {
			scores = scorer.score(candidates.stream().map(Candidate::hit).toList(), words);
		}
		catch (RuntimeException ex) {
			LOG.warn("Ranking the site search failed; the items keep their areas' order", ex);
			scores = candidates.stream().map(c -> new Scorer.Score(0, c.hit().title(), c.hit().snippet())).toList();
		}
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			ranked.add(new Ranked(candidates.get(i), scores.get(i)));
		}
		ranked.sort(Comparator.comparingDouble((Ranked r) -> r.score().value())
			.reversed()
			.thenComparingInt(r -> r.candidate().position())
			.thenComparingInt(r -> r.candidate().contribution()));
		return ranked.stream().map(SiteSearch::item).toList();
	}

	private static Item item(Ranked ranked) {
		Candidate candidate = ranked.candidate();
		SearchHit hit = candidate.hit();
		String markedSnippet = withEllipses(ranked.score().markedSnippet(), hit.snippet());
		return new Item(candidate.source().type(), candidate.source().labelKey(), hit.title(), Marks.plain(markedSnippet),
				hit.url(), ranked.score().value(), Marks.parts(ranked.score().markedTitle()), Marks.parts(markedSnippet));
	}

	/** "… " before a part that does not start the snippet, " …" after one that does not end it. */
	static String withEllipses(String marked, String snippet) {
		String part = Marks.plain(marked).strip();
		String whole = snippet.strip();
		if (part.isEmpty() || part.equals(whole)) {
			return marked.strip();
		}
		String result = marked.strip();
		if (!whole.startsWith(part)) {
			result = "… " + result;
		}
		if (!whole.endsWith(part)) {
			result = result + " …";
		}
		return result;
	}

	private SiteSearchResult empty(String text, State state, @Nullable String filter, int size) {
		return new SiteSearchResult(text, state, types(), filter, List.of(), 0, 0, size, List.of());
	}

	static String clean(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String cleaned = CONTROL.matcher(text).replaceAll(" ").strip();
		return cleaned.length() <= MAX_TEXT ? cleaned : cleaned.substring(0, MAX_TEXT).strip();
	}

	private static SearchHit cleanHit(SearchHit hit) {
		return new SearchHit(cut(hit.title(), MAX_TITLE), cut(hit.snippet(), MAX_SNIPPET), hit.url());
	}

	private static String cut(String text, int max) {
		String cleaned = CONTROL.matcher(text).replaceAll(" ").strip();
		return cleaned.length() <= max ? cleaned : cleaned.substring(0, max);
	}

	/**
	 * A hit with where it came from.
	 *
	 * @param contribution the position of its contribution among all
	 * @param position its position in the contribution's answer
	 */
	record Candidate(SearchContribution source, int contribution, int position, SearchHit hit) {
	}

	private record Ranked(Candidate candidate, Scorer.Score score) {
	}

}
