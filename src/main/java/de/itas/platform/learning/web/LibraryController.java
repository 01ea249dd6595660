package de.itas.platform.learning.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.learning.ContentKind;
import de.itas.platform.learning.LibraryAccess;
import de.itas.platform.learning.LibraryFacets;
import de.itas.platform.learning.LibraryFilter;
import de.itas.platform.learning.LibraryItem;
import de.itas.platform.learning.LibraryService;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;
import de.itas.platform.skills.Occupations;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public library: the list with German full-text search, facets with counts (kind, action field, partner,
 * language) and paging; the item page with its JSON-LD; a study's PDF. Items not published answer 404 to
 * everyone but their editors, who see a preview.
 */
@Controller
class LibraryController {

	static final int PAGE_SIZE = 10;

	private final LibraryService library;
	private final LibraryAccess access;
	private final Region region;
	private final Occupations occupations;
	private final Mailer mailer;
	private final MessageSource messages;

	LibraryController(LibraryService library, LibraryAccess access, Region region, Occupations occupations,
			Mailer mailer, MessageSource messages) {
		this.library = library;
		this.access = access;
		this.region = region;
		this.occupations = occupations;
		this.mailer = mailer;
		this.messages = messages;
	}

	@GetMapping("/wissen")
	String list(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "art", required = false) @Nullable String kind,
			@RequestParam(name = "handlungsfeld", required = false) @Nullable String field,
			@RequestParam(name = "partner", required = false) @Nullable String partner,
			@RequestParam(name = "sprache", required = false) @Nullable String language,
			@RequestParam(name = "seite", defaultValue = "1") String page, Locale locale, HttpServletRequest request,
			Model model) {
		String words = query == null || query.isBlank() ? null : query.strip();
		if (words != null && words.length() > 200) {
			words = words.substring(0, 200);
		}
		ContentKind shownKind = kind == null ? null : ContentKind.ofUrlName(kind).orElse(null);
		String fieldCode = field != null && region.actionField(field).isPresent() ? field : null;
		String partnerCode = partner != null && region.partner(partner).isPresent() ? partner : null;
		String languageCode = "de".equals(language) || "en".equals(language) ? language : null;
		LibraryFilter filter = new LibraryFilter(words, shownKind, fieldCode, partnerCode, languageCode);
		PageOf<LibraryItem> items = library.publicPage(filter, pageIndex(page), PAGE_SIZE);
		LibraryFacets facets = library.facets(filter);

		Map<String, String> current = new LinkedHashMap<>();
		current.put("q", words);
		current.put("art", shownKind == null ? null : shownKind.urlName());
		current.put("handlungsfeld", fieldCode);
		current.put("partner", partnerCode);
		current.put("sprache", languageCode);
		String base = link(current, null, null);
		String pageBase = base + (base.contains("?") ? "&" : "?") + "seite=";
		List<FacetGroup> groups = List.of(
				group("art", "learning.library.facet.kind", current,
						java.util.Arrays.stream(ContentKind.values())
							.map(k -> new FacetValue(k.urlName(), messages.getMessage(k.messageKey(), null, locale),
									facets.kind(k.name())))
							.toList()),
				group("handlungsfeld", "learning.library.facet.action-field", current,
						region.actionFields().stream()
							.map(f -> new FacetValue(f.code(), f.name().in(locale), facets.actionField(f.code())))
							.toList()),
				group("partner", "learning.library.facet.partner", current,
						region.partners().stream()
							.map(p -> new FacetValue(p.code(), p.shortName(), facets.partner(p.code())))
							.toList()),
				group("sprache", "learning.library.facet.language", current,
						List.of(new FacetValue("de", messages.getMessage("learning.library.language.de", null, locale),
								facets.language("de")),
								new FacetValue("en", messages.getMessage("learning.library.language.en", null, locale),
										facets.language("en")))));
		model.addAttribute("facetGroups", groups);
		model.addAttribute("items", items);
		model.addAttribute("facets", facets);
		model.addAttribute("query", words == null ? "" : words);
		model.addAttribute("kind", shownKind == null ? null : shownKind.urlName());
		model.addAttribute("field", fieldCode);
		model.addAttribute("partner", partnerCode);
		model.addAttribute("language", languageCode);
		model.addAttribute("filtered", filter.narrowed());
		model.addAttribute("kinds", ContentKind.values());
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("partners", region.partners());
		model.addAttribute("partnerNames", partnerNames());
		model.addAttribute("previousLink", items.hasPrevious() ? pageBase + (items.number() - 1) : null);
		model.addAttribute("nextLink", items.hasNext() ? pageBase + (items.number() + 1) : null);
		model.addAttribute("ogDescription", messages.getMessage("learning.library.list.lead", null, locale));
		return Htmx.view(request, "learning/library/list", "results");
	}

	@GetMapping(LibraryPaths.SLUG)
	String item(@PathVariable String slug, Locale locale, Model model) {
		LibraryItem item = visible(slug);
		String partnerName = partnerNames().getOrDefault(item.partnerCode(), item.partnerCode());
		List<String> fieldNames = item.actionFields()
			.stream()
			.map(region::actionField)
			.flatMap(Optional::stream)
			.map(summary -> summary.name().in(locale))
			.toList();
		List<ContentJsonLd.Skill> skills = item.skills()
			.stream()
			.map(occupations::skill)
			.flatMap(Optional::stream)
			.map(skill -> new ContentJsonLd.Skill(skill.uri(), skill.label(locale)))
			.toList();
		List<String> districts = item.districts()
			.stream()
			.map(region::district)
			.flatMap(Optional::stream)
			.map(DistrictSummary::name)
			.toList();
		model.addAttribute("item", item);
		model.addAttribute("preview", !item.published());
		model.addAttribute("bodyHtml", Markdown.toSafeHtml(item.body()));
		model.addAttribute("partnerName", partnerName);
		model.addAttribute("fieldNames", fieldNames);
		model.addAttribute("skills", skills);
		model.addAttribute("districts", districts);
		if (item.published()) {
			model.addAttribute("jsonLd", ContentJsonLd.of(item, mailer.baseUrl(), partnerName,
					messages.getMessage("regional.network", null, locale), fieldNames, skills));
		}
		model.addAttribute("ogTitle", item.title());
		model.addAttribute("ogDescription", item.summary());
		return "learning/library/item";
	}

	@GetMapping(LibraryPaths.SLUG + "/datei")
	ResponseEntity<Resource> file(@PathVariable String slug) {
		LibraryItem item = visible(slug);
		LibraryService.StoredFile file = library.file(item.id()).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(item.published() ? CacheControl.noCache() : CacheControl.noStore())
			.body(new InputStreamResource(file.content()));
	}

	/** One value of a facet as the list shows it: its name, how many items it would show, where it leads. */
	record FacetValue(String value, String label, long count) {
	}

	/** An option of a facet with the link that chooses it (or, when chosen, the link that drops it). */
	record FacetOption(String label, long count, String link, boolean chosen) {
	}

	/** One facet with its options; values with no items are left out unless chosen. */
	record FacetGroup(String name, String labelKey, List<FacetOption> options, @Nullable String resetLink) {
	}

	private static FacetGroup group(String name, String labelKey, Map<String, String> current,
			List<FacetValue> values) {
		String chosen = current.get(name);
		List<FacetOption> options = values.stream()
			.filter(v -> v.count() > 0 || v.value().equals(chosen))
			.map(v -> new FacetOption(v.label(), v.count(),
					link(current, name, v.value().equals(chosen) ? null : v.value()), v.value().equals(chosen)))
			.toList();
		return new FacetGroup(name, labelKey, options, chosen == null ? null : link(current, name, null));
	}

	/** The list's address with the current filters, one of them replaced ({@code null} drops it); page 1. */
	private static String link(Map<String, String> current, @Nullable String name, @Nullable String value) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/wissen");
		current.forEach((key, shown) -> {
			String v = key.equals(name) ? value : shown;
			if (v != null) {
				link.queryParam(key, v);
			}
		});
		return link.build().encode().toUriString();
	}

	private LibraryItem visible(String slug) {
		return library.publicItem(slug)
			.or(() -> library.bySlug(slug)
				.filter(found -> CurrentUser.get().map(user -> access.mayEdit(user, found)).orElse(false)))
			.orElseThrow(NotFoundException::new);
	}

	private Map<String, String> partnerNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (PartnerSummary partner : region.partners()) {
			names.put(partner.code(), partner.name());
		}
		return names;
	}

	static Map<String, String> fieldNames(Region region, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (ActionFieldSummary field : region.actionFields()) {
			names.put(field.code(), field.name().in(locale));
		}
		return names;
	}

	static Map<String, String> skillNames(Occupations occupations, List<String> uris, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String uri : uris) {
			names.put(uri, occupations.skill(uri).map(skill -> skill.label(locale)).orElse(uri));
		}
		return names;
	}

	static int pageIndex(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
