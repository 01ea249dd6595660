package de.itas.platform.shared.search;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.security.PlatformUser;

/**
 * What a contribution is asked for.
 *
 * @param text the words as the person typed them (stripped, never blank, at most {@link SiteSearch#MAX_TEXT}
 *        characters)
 * @param viewer the signed-in person, {@code null} for a visitor
 * @param locale the language of the page, for texts that exist in several languages
 * @param limit at most this many hits are used; more are cut off
 */
public record SearchRequest(String text, @Nullable PlatformUser viewer, Locale locale, int limit) {

	/** The words of the text: letters and digits only, lower case, at most {@link SearchTerms#MAX_WORDS}. */
	public List<String> words() {
		return SearchTerms.words(text);
	}

	/**
	 * A PostgreSQL {@code tsquery} text in which every word must occur, each as a prefix ({@code cnc:* & fräs:*}),
	 * for {@code to_tsquery('german', :query)} in a contribution's own SQL. It holds letters, digits and operators
	 * only, so what a person types can never carry query syntax. Stop words drop out when PostgreSQL parses it.
	 */
	public String allWordsQuery() {
		return SearchTerms.allOf(words());
	}

}
