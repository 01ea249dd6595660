package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a user sees comes from the message bundles: German and English bundles have the same keys,
 * every key a template names exists, and templates carry no hard-coded visible text.
 */
class MessagesTests {

	private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-z0-9][a-z0-9.\\-]*)[(}]");

	private static final Set<String> REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:errors");

	private static final List<String> VISIBLE_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label",
			"value");

	@Test
	void germanAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Resource[] german = RESOURCES.getResources("classpath*:i18n/*/messages.properties");
		assertThat(german).hasSizeGreaterThanOrEqualTo(3);
		for (Resource bundle : german) {
			Resource english = bundle.createRelative("messages_en.properties");
			assertThat(english.exists()).as("English bundle beside %s", bundle).isTrue();
			Set<String> germanKeys = load(bundle).stringPropertyNames();
			Set<String> englishKeys = load(english).stringPropertyNames();
			assertThat(englishKeys).as("English keys of %s", bundle).isEqualTo(germanKeys);
		}
	}

	@Test
	void everyKeyNamedInATemplateExists() throws IOException {
		Set<String> keys = allKeys();
		Set<String> missing = new TreeSet<>();
		for (Resource template : templates()) {
			Matcher matcher = LITERAL_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFilename() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesCarryNoHardCodedVisibleText() throws IOException {
		List<String> findings = new ArrayList<>();
		for (Resource template : templates()) {
			Document document = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8), "",
					Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (isReplaced(element) || isInvisible(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (hasLetters(text.text())) {
						findings.add(template.getFilename() + ": text \"" + text.text().strip() + "\"");
					}
				}
				for (String attribute : VISIBLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && hasLetters(element.attr(attribute))
							&& !"hidden".equals(element.attr("type"))) {
						findings.add(template.getFilename() + ": attribute " + attribute + "=\"" + element.attr(attribute)
								+ "\"");
					}
				}
			}
		}
		assertThat(findings).isEmpty();
	}

	/** The element's content is replaced at rendering time, or an ancestor's is. */
	private static boolean isReplaced(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			for (String attribute : REPLACING_ATTRIBUTES) {
				if (current.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isInvisible(Element element) {
		String name = element.tagName();
		return name.equals("script") || name.equals("style") || name.equals("#root");
	}

	private static boolean hasLetters(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static Resource[] templates() throws IOException {
		Resource[] templates = RESOURCES.getResources("classpath*:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		return templates;
	}

	static Set<String> allKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Resource bundle : RESOURCES.getResources("classpath*:i18n/*/messages.properties")) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		return keys;
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
