package de.itas.platform.learning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.itas.platform.learning.ContentKind;
import de.itas.platform.learning.LibraryItem;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD of an item page: {@code ScholarlyArticle} for a study, {@code CreativeWork} for the other
 * kinds, with the authoring partner, the network as publisher, the skills as {@code DefinedTerm}s of the
 * taxonomy and, for a study, its PDF. „&lt;“ is escaped so that no text can close the script element.
 */
final class ContentJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ContentJsonLd() {
	}

	record Skill(String uri, String label) {
	}

	static String of(LibraryItem item, String baseUrl, String partnerName, String publisherName,
			List<String> actionFieldNames, List<Skill> skills) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", item.kind() == ContentKind.STUDY ? "ScholarlyArticle" : "CreativeWork");
		json.put("name", item.title());
		json.put("headline", item.title().length() > 110 ? item.title().substring(0, 110) : item.title());
		json.put("abstract", item.summary());
		String url = baseUrl + item.path();
		json.put("url", url);
		json.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
		json.put("datePublished", item.date().toString());
		json.put("inLanguage", item.language());
		json.put("author", Map.of("@type", "Organization", "name", partnerName));
		json.put("publisher", Map.of("@type", "Organization", "name", publisherName));
		if (!actionFieldNames.isEmpty()) {
			json.put("keywords", String.join(", ", actionFieldNames));
		}
		if (!skills.isEmpty()) {
			List<Map<String, Object>> teaches = new ArrayList<>();
			for (Skill skill : skills) {
				teaches.add(Map.of("@type", "DefinedTerm", "name", skill.label(), "url", skill.uri()));
			}
			json.put("teaches", teaches);
		}
		if (item.kind() == ContentKind.STUDY && item.hasFile()) {
			json.put("encoding", Map.of("@type", "MediaObject", "contentUrl", url + "/datei", "encodingFormat",
					"application/pdf"));
		}
		if (item.kind() == ContentKind.VIDEO || item.kind() == ContentKind.LINK) {
			json.put("sameAs", item.url());
		}
		return JSON.writeValueAsString(json).replace("<", "\\u003c");
	}

}
