package de.itas.platform.shared.search.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.itas.platform.shared.search.SiteSearch;
import de.itas.platform.shared.search.SiteSearchResult;
import de.itas.platform.shared.security.CurrentUser;

/**
 * The site-wide search as JSON: the same items, ranking, counts and visibility as the search page. {@code page}
 * counts from 0, {@code size} is at most {@value #MAX_SIZE}; kinds' names come in the request's language.
 */
@RestController
class SiteSearchApiController {

	static final int MAX_SIZE = 50;

	private final SiteSearch search;
	private final MessageSource messages;

	SiteSearchApiController(SiteSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/api/v1/search")
	Answer search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "10") int size, Locale locale) {
		SiteSearchResult result = search.search(q, type, page, Math.min(MAX_SIZE, Math.max(1, size)),
				CurrentUser.get().orElse(null), locale);
		return new Answer(result.text(), result.state().name(), result.type(), result.total(), result.page(),
				result.pageSize(),
				result.types()
					.stream()
					.map(count -> new TypeAnswer(count.type(), label(count.labelKey(), locale), count.count(),
							count.capped()))
					.toList(),
				result.items()
					.stream()
					.map(item -> new HitAnswer(item.type(), label(item.labelKey(), locale), item.title(), item.snippet(),
							item.url(), item.score()))
					.toList(),
				result.unavailable().stream().map(key -> label(key, locale)).toList());
	}

	private String label(String key, Locale locale) {
		String label = messages.getMessage(key, null, key, locale);
		return label == null ? key : label;
	}

	/**
	 * @param state {@code EMPTY}, {@code NO_WORDS}, {@code STOP_WORDS_ONLY}, {@code NOTHING_FOUND} or {@code FOUND}
	 * @param total the number of items of the requested kind (of all kinds without one)
	 * @param unavailable names of the kinds that could not be searched this time
	 */
	record Answer(String query, String state, @Nullable String type, int total, int page, int size,
			List<TypeAnswer> types, List<HitAnswer> results, List<String> unavailable) {
	}

	record TypeAnswer(String type, String label, int count, boolean capped) {
	}

	record HitAnswer(String type, String label, String title, String snippet, String url, double score) {
	}

}
