package de.itas.platform.learning;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import de.itas.platform.shared.web.Markdown;

/**
 * A lesson's Markdown as safe HTML with the course's uploaded images. The kernel's sanitiser allows no images at all
 * (users' Markdown must not load foreign images); a lesson refers to its course's uploaded images as
 * {@code ![…](bild:12)}. Such a reference becomes a placeholder word before rendering, and after the kernel rendered
 * and sanitised the text the placeholder is replaced by an image tag built here, pointing at the course's own image
 * with the alt text stored with the upload (escaped), not the one written in the Markdown. Any other image reference
 * is dropped by the sanitiser.
 */
public final class LessonImages {

	private static final Pattern REFERENCE = Pattern.compile("!\\[[^\\]]*\\]\\(bild:(\\d+)\\)");
	private static final Pattern PLACEHOLDER = Pattern.compile("LESSONIMAGEX(\\d+)X");

	private LessonImages() {
	}

	public static String toSafeHtml(String markdown, String coursePath, Map<Long, String> altTexts) {
		String marked = REFERENCE.matcher(markdown).replaceAll(match -> "LESSONIMAGEX" + match.group(1) + "X");
		String html = Markdown.toSafeHtml(marked);
		Matcher placeholders = PLACEHOLDER.matcher(html);
		StringBuilder out = new StringBuilder();
		while (placeholders.find()) {
			long id = Long.parseLong(placeholders.group(1));
			String alt = altTexts.get(id);
			String image = alt == null ? ""
					: "<img class=\"lesson-image\" src=\"" + coursePath + "/bilder/" + id + "\" alt=\""
							+ HtmlUtils.htmlEscape(alt) + "\">";
			placeholders.appendReplacement(out, Matcher.quoteReplacement(image));
		}
		placeholders.appendTail(out);
		return out.toString();
	}

}
