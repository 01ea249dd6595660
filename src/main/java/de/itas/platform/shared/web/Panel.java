package de.itas.platform.shared.web;

/**
 * A section of a signed-in person's start page ("Mein Bereich") whose content a module supplies. The shell
 * renders a placeholder holding a plain link, so the page works without JavaScript, and htmx replaces it
 * with the module's fragment once the page has loaded; the shell needs no dependency on the module.
 *
 * @param fragmentPath where htmx fetches the section: answers an htmx request with an HTML fragment whose
 *        headings start at level 2
 * @param linkKey message key of the placeholder's link
 * @param path the page the placeholder's link leads to
 * @param order position, lower first
 * @param audience who sees it
 */
public record Panel(String fragmentPath, String linkKey, String path, int order, Audience audience) {
}
