package de.itas.platform.learning.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/wissen");
		if (words != null) {
			link.queryParam("q", words);
		}
		if (shownKind != null) {
			link.queryParam("art", shownKind.urlName());
		}
		if (fieldCode != null) {
			link.queryParam("handlungsfeld", fieldCode);
		}
		if (partnerCode != null) {
			link.queryParam("partner", partnerCode);
		}
		if (languageCode != null) {
			link.queryParam("sprache", languageCode);
		}
		String base = link.encode().toUriString();
		String pageBase = base + (base.contains("?") ? "&" : "?") + "seite=";
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
	ResponseEntity<byte[]> file(@PathVariable String slug) {
		LibraryItem item = visible(slug);
		LibraryService.StoredFile file = library.file(item.id()).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(item.published() ? CacheControl.noCache() : CacheControl.noStore())
			.body(file.content());
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
