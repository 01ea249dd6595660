package de.itas.platform.shared.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.shared.search.SiteSearch;
import de.itas.platform.shared.search.SiteSearchResult;
import de.itas.platform.shared.search.SiteSearchResult.TypeCount;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.Htmx;

/**
 * The search page of the shell ({@code /suche?q=…&typ=…&seite=…}; one URL for the page and its htmx fragment,
 * every choice in the URL) and the suggestions under the header's search box while typing.
 */
@Controller
class SiteSearchController {

	static final String PATH = "/suche";

	private final SiteSearch search;

	SiteSearchController(SiteSearch search) {
		this.search = search;
	}

	/** An unknown kind or an unusable page number (an outdated bookmark) is ignored rather than refused. */
	@GetMapping(PATH)
	String search(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "typ", required = false) @Nullable String type,
			@RequestParam(name = "seite", defaultValue = "1") String page, Locale locale, HttpServletRequest request,
			Model model) {
		SiteSearchResult result = search.search(text, type, pageIndex(page), SiteSearch.PAGE_SIZE,
				CurrentUser.get().orElse(null), locale);
		Map<String, String> typeLinks = new LinkedHashMap<>();
		typeLinks.put("", link(result.text(), null, 1));
		for (TypeCount count : result.types()) {
			typeLinks.put(count.type(), link(result.text(), count.type(), 1));
		}
		model.addAttribute("result", result);
		model.addAttribute("typeKeys", result.types().stream().map(TypeCount::labelKey).toList());
		model.addAttribute("typeLinks", typeLinks);
		model.addAttribute("filterLabelKey", result.types()
			.stream()
			.filter(count -> count.type().equals(result.type()))
			.map(TypeCount::labelKey)
			.findFirst()
			.orElse(null));
		model.addAttribute("previousLink", result.hasPrevious() ? link(result.text(), result.type(), result.page()) : null);
		model.addAttribute("nextLink", result.hasNext() ? link(result.text(), result.type(), result.page() + 2) : null);
		model.addAttribute("htmx", Htmx.isHtmxRequest(request));
		return Htmx.view(request, "shell/search", "results");
	}

	/**
	 * The best few items while the person types (htmx). Opened without htmx (no JavaScript), it leads to the
	 * search page for the text.
	 */
	@GetMapping(PATH + "/vorschlaege")
	String suggestions(@RequestParam(name = "q", required = false) @Nullable String text, Locale locale,
			HttpServletRequest request, Model model) {
		if (!Htmx.isHtmxRequest(request)) {
			return "redirect:" + link(text == null ? "" : text, null, 1);
		}
		SiteSearchResult result = search.search(text, null, 0, SiteSearch.SUGGESTIONS, CurrentUser.get().orElse(null),
				locale);
		List<SiteSearchResult.Item> items = result.items();
		model.addAttribute("result", result);
		model.addAttribute("items", items);
		model.addAttribute("allLink", link(result.text(), null, 1));
		return "shell/search-suggestions :: suggestions";
	}

	static String link(String text, @Nullable String type, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH).queryParam("q", "{q}");
		if (type != null) {
			link.queryParam("typ", "{typ}");
		}
		if (page > 1) {
			link.queryParam("seite", page);
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("q", text);
		if (type != null) {
			values.put("typ", type);
		}
		return link.encode().buildAndExpand(values).toUriString();
	}

	private static int pageIndex(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
