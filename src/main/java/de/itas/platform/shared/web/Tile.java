package de.itas.platform.shared.web;

/**
 * A tile on a start page ("Mein Bereich" for signed-in people, the home page for visitors).
 *
 * @param titleKey message key of the title
 * @param textKey message key of the one-sentence description
 * @param path the page it leads to
 * @param order position, lower first
 * @param audience who sees it
 */
public record Tile(String titleKey, String textKey, String path, int order, Audience audience) {
}
