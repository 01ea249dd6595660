package de.itas.platform.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a form's error summary ({@code fragments/fields :: errors}) in a rendered page, for tests. */
public final class ErrorSummary {

	private ErrorSummary() {
	}

	/** The ids the summary links to, in order. */
	public static List<String> linkedFields(String html) {
		List<String> ids = new ArrayList<>();
		for (Element link : Jsoup.parse(html).select("#form-errors a[href^=#]")) {
			ids.add(link.attr("href").substring(1));
		}
		return ids;
	}

	/** The summary's links whose target is not on the page (a link that goes nowhere). */
	public static List<String> brokenLinks(String html) {
		Document page = Jsoup.parse(html);
		List<String> broken = new ArrayList<>();
		for (Element link : page.select("#form-errors a[href^=#]")) {
			String id = link.attr("href").substring(1);
			if (page.getElementById(id) == null) {
				broken.add(id);
			}
		}
		return broken;
	}

}
