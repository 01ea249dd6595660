package de.itas.platform.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.itas.platform.portal.NewsArticle;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code NewsArticle} of an article page as a JSON-LD data block: headline, description, dates,
 * image, the speaking partner as author and the network as publisher. „&lt;“ is escaped so that no text of
 * the article can close the script element.
 */
final class NewsJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NewsJsonLd() {
	}

	static String of(NewsArticle article, String baseUrl, String partnerName, String publisherName,
			@Nullable String imageUrl, List<String> sections) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", "NewsArticle");
		json.put("headline", article.title().length() > 110 ? article.title().substring(0, 110) : article.title());
		if (!article.teaser().isBlank()) {
			json.put("description", article.teaser());
		}
		String url = baseUrl + article.path();
		json.put("url", url);
		json.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
		json.put("datePublished", String.valueOf(article.publishAt()));
		json.put("dateModified", article.updatedAt().isAfter(article.publishAt()) ? article.updatedAt().toString()
				: String.valueOf(article.publishAt()));
		json.put("inLanguage", "de");
		if (imageUrl != null) {
			json.put("image", List.of(imageUrl));
		}
		if (!sections.isEmpty()) {
			json.put("articleSection", sections);
		}
		json.put("author", Map.of("@type", "Organization", "name", partnerName));
		json.put("publisher", Map.of("@type", "Organization", "name", publisherName));
		return JSON.writeValueAsString(json).replace("<", "\\u003c");
	}

}
