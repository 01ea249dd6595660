package de.itas.platform.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.portal.NewsAccess;
import de.itas.platform.portal.NewsArticle;
import de.itas.platform.portal.NewsFilter;
import de.itas.platform.portal.NewsService;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * The public news: the list with paging and filters (action field, partner, year), the article page with its
 * correction notes, JSON-LD and Open Graph values, the Atom feed and the images. Drafts, articles under review
 * and scheduled ones answer 404 to everyone but their editors.
 */
@Controller
class NewsController {

	static final int PAGE_SIZE = 10;

	static final int FEED_SIZE = 20;

	private final NewsService news;
	private final NewsAccess access;
	private final Region region;
	private final Mailer mailer;
	private final MessageSource messages;
	private final Clock clock;

	NewsController(NewsService news, NewsAccess access, Region region, Mailer mailer, MessageSource messages,
			Clock clock) {
		this.news = news;
		this.access = access;
		this.region = region;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/aktuelles")
	String list(@RequestParam(name = "handlungsfeld", required = false) @Nullable String field,
			@RequestParam(name = "partner", required = false) @Nullable String partner,
			@RequestParam(name = "jahr", required = false) @Nullable String year,
			@RequestParam(name = "seite", defaultValue = "1") String page, Locale locale, HttpServletRequest request,
			Model model) {
		String fieldCode = field != null && region.actionField(field).isPresent() ? field : null;
		String partnerCode = partner != null && region.partner(partner).isPresent() ? partner : null;
		Integer shownYear = year(year);
		PageOf<NewsArticle> articles = news.publicPage(new NewsFilter(fieldCode, partnerCode, shownYear),
				pageIndex(page), PAGE_SIZE);
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/aktuelles");
		if (fieldCode != null) {
			link.queryParam("handlungsfeld", fieldCode);
		}
		if (partnerCode != null) {
			link.queryParam("partner", partnerCode);
		}
		if (shownYear != null) {
			link.queryParam("jahr", shownYear);
		}
		String base = link.toUriString() + (link.build().getQuery() == null ? "?" : "&") + "seite=";
		model.addAttribute("articles", articles);
		model.addAttribute("field", fieldCode);
		model.addAttribute("partner", partnerCode);
		model.addAttribute("year", shownYear);
		model.addAttribute("filtered", fieldCode != null || partnerCode != null || shownYear != null);
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("partners", region.partners());
		model.addAttribute("years", news.years());
		model.addAttribute("partnerNames", partnerNames());
		model.addAttribute("previousLink", articles.hasPrevious() ? base + (articles.number() - 1) : null);
		model.addAttribute("nextLink", articles.hasNext() ? base + (articles.number() + 1) : null);
		model.addAttribute("ogDescription", messages.getMessage("portal.news.list.lead", null, locale));
		return Htmx.view(request, "portal/news/list", "results");
	}

	@GetMapping(PortalNewsPaths.SLUG)
	String article(@PathVariable String slug, Locale locale, Model model) {
		NewsArticle article = news.publicArticle(slug)
			.or(() -> news.bySlug(slug)
				.filter(found -> CurrentUser.get().map(user -> access.mayEdit(user, found)).orElse(false)))
			.orElseThrow(NotFoundException::new);
		String baseUrl = mailer.baseUrl();
		String partnerName = partnerNames().getOrDefault(article.partnerCode(), article.partnerCode());
		String imageUrl = article.imageId() == null ? null : baseUrl + "/aktuelles/bilder/" + article.imageId();
		List<String> sections = article.actionFields()
			.stream()
			.map(region::actionField)
			.flatMap(java.util.Optional::stream)
			.map(summary -> summary.name().in(locale))
			.toList();
		model.addAttribute("article", article);
		model.addAttribute("preview", !article.visibleAt(clock.instant()));
		model.addAttribute("bodyHtml", Markdown.toSafeHtml(article.body()));
		model.addAttribute("corrections", news.corrections(article.id()));
		model.addAttribute("partnerName", partnerName);
		model.addAttribute("sections", sections);
		if (article.visibleAt(clock.instant())) {
			model.addAttribute("jsonLd", NewsJsonLd.of(article, baseUrl, partnerName,
					messages.getMessage("regional.network", null, locale), imageUrl, sections));
		}
		model.addAttribute("ogTitle", article.title());
		model.addAttribute("ogDescription", article.teaser());
		if (imageUrl != null) {
			model.addAttribute("ogImage", imageUrl);
		}
		return "portal/news/article";
	}

	@GetMapping("/aktuelles/feed.atom")
	ResponseEntity<byte[]> feed(Locale locale) {
		String network = messages.getMessage("regional.network", null, locale);
		String title = messages.getMessage("portal.news.feed.title", new Object[] { network }, locale);
		String xml = NewsFeed.of(news.latest(FEED_SIZE), mailer.baseUrl(), title,
				code -> partnerNames().getOrDefault(code, code), clock.instant());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(NewsFeed.MEDIA_TYPE))
			.body(xml.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/aktuelles/bilder/{id}")
	ResponseEntity<Resource> image(@PathVariable java.util.UUID id) {
		NewsService.Image image = news.image(id).orElseThrow(NotFoundException::new);
		NewsArticle article = news.find(image.articleId()).orElseThrow(NotFoundException::new);
		boolean visible = article.visibleAt(clock.instant());
		if (!visible && !CurrentUser.get().map(user -> access.mayEdit(user, article)).orElse(false)) {
			throw new NotFoundException();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.contentLength(image.sizeBytes())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(visible ? CacheControl.noCache() : CacheControl.noStore())
			.body(new InputStreamResource(image.content()));
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

	private static @Nullable Integer year(@Nullable String year) {
		if (year == null || !year.strip().matches("\\d{4}")) {
			return null;
		}
		return Integer.valueOf(year.strip());
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
