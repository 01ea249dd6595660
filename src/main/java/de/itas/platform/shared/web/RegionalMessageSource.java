package de.itas.platform.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;

import de.itas.platform.shared.region.RegionFolder;

/**
 * The platform's message source: every module's bundle plus the region's texts
 * ({@code region/<name>/messages*.properties}, keys {@code regional.*}). A message may name a text of the
 * region as <code>${regional.key}</code>; it is filled in when the bundle is loaded, so that "Die Region
 * ${regional.name}" names whichever region the platform serves.
 */
class RegionalMessageSource extends ReloadableResourceBundleMessageSource {

	static final Pattern TEXT = Pattern.compile("\\$\\{(regional\\.[a-z0-9.\\-]+)}");

	/** A MessageFormat argument such as {0}: a message that has one treats an apostrophe as a quote. */
	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private final String regionBundle;
	private final Map<String, Properties> texts;

	RegionalMessageSource(RegionFolder region) throws IOException {
		this.regionBundle = "classpath:" + region.path("messages");
		Properties german = load(region.file("messages.properties"));
		Properties english = new Properties(german);
		Resource englishFile = region.file("messages_en.properties");
		if (englishFile.exists()) {
			english.putAll(load(englishFile));
		}
		this.texts = Map.of("de", german, "en", english);
	}

	/** The base name of the region's texts, to add to the module bundles. */
	String regionBundle() {
		return regionBundle;
	}

	@Override
	protected Properties loadProperties(Resource resource, String filename) throws IOException {
		Properties properties = super.loadProperties(resource, filename);
		Properties region = texts.get(filename.endsWith("_en") ? "en" : "de");
		for (String key : properties.stringPropertyNames()) {
			properties.setProperty(key, fill(properties.getProperty(key), region, filename + ": " + key));
		}
		return properties;
	}

	/**
	 * The value with every <code>${regional.…}</code> replaced by the region's text.
	 *
	 * @throws IllegalStateException when the region has no such text
	 */
	static String fill(String value, Properties region, String where) {
		if (!value.contains("${")) {
			return value;
		}
		boolean formatted = ARGUMENT.matcher(value).find();
		Matcher matcher = TEXT.matcher(value);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String text = region.getProperty(matcher.group(1));
			if (text == null) {
				throw new IllegalStateException(where + " names " + matcher.group() + ", a text the region does not have");
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(formatted ? text.replace("'", "''") : text));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
