package de.itas.platform.surveys.web;

import org.jspecify.annotations.Nullable;

import de.itas.platform.surveys.ResultsFilter;

/**
 * The filter of a results page as one request parameter {@code filter=<question code>:<value>}, chosen in one
 * select grouped by question, so that the form works without JavaScript.
 */
final class ResultsFilterParameter {

	private ResultsFilterParameter() {
	}

	/** The question code and the value, both {@code null} without a usable filter. */
	static @Nullable String[] split(@Nullable String filter) {
		if (filter == null || filter.indexOf(':') <= 0) {
			return new @Nullable String[] { null, null };
		}
		int colon = filter.indexOf(':');
		return new @Nullable String[] { filter.substring(0, colon), filter.substring(colon + 1) };
	}

	static String join(ResultsFilter filter) {
		return filter.questionCode() + ":" + filter.value();
	}

}
