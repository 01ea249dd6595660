package de.itas.platform.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** The site search's JSON API ({@code /api/v1/search}) as the integration tests of the kernel and the modules read it. */
public final class SearchApiAnswers {

	/** One hit of the JSON answer. */
	public record Hit(String type, String title, String snippet, String url, double score) {

		public boolean titleHas(String word) {
			return title.toLowerCase(Locale.GERMAN).contains(word);
		}

		public boolean snippetHas(String word) {
			return snippet.toLowerCase(Locale.GERMAN).contains(word);
		}

	}

	private SearchApiAnswers() {
	}

	/** The answer to {@code /api/v1/search?size=50&<query>}, as whoever the post-processors make the request for. */
	public static String json(MockMvcTester mvc, String query, RequestPostProcessor... as) {
		var request = mvc.get().uri("/api/v1/search?size=50&" + query);
		for (RequestPostProcessor processor : as) {
			request = request.with(processor);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static List<Hit> hits(String json) {
		List<Map<String, Object>> results = JsonPath.read(json, "$.results");
		return results.stream()
			.map(result -> new Hit((String) result.get("type"), (String) result.get("title"), (String) result.get("snippet"),
					(String) result.get("url"), ((Number) result.get("score")).doubleValue()))
			.toList();
	}

	/** The number of hits per kind, as the answer counts them. */
	public static Map<String, Integer> counts(String json) {
		List<Map<String, Object>> types = JsonPath.read(json, "$.types");
		Map<String, Integer> counts = new LinkedHashMap<>();
		types.forEach(type -> counts.put((String) type.get("type"), ((Number) type.get("count")).intValue()));
		return counts;
	}

}
