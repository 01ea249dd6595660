package de.itas.platform.shared.web;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.security.PlatformUser;

/**
 * A section of the public start page that a module supplies: the shell renders the module's fragment in place,
 * on the server (the start page is the front door and must work without JavaScript and for search engines),
 * with the values the module hands over; the shell needs no dependency on the module. A section whose values
 * cannot be read is left out of the page and logged, so one failing module never breaks the start page.
 */
public interface StartPageSection {

	/** Position on the start page, lower first. Below 100: above the shell's tiles; from 100: below them. */
	int order();

	/** The template holding the fragment, e.g. {@code events/start}. */
	String template();

	/** The fragment's name in the template; its headings start at level 2. */
	String fragment();

	/**
	 * The values the fragment reads, as the variable {@code section}; an empty map leaves the section out (e.g.
	 * no news yet).
	 *
	 * @param viewer the signed-in person, {@code null} for a visitor
	 */
	Map<String, Object> model(@Nullable PlatformUser viewer, Locale locale);

}
