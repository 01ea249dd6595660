package de.itas.platform.shared.web;

/**
 * An entry of the main navigation.
 *
 * @param labelKey message key of the label
 * @param path the page it leads to
 * @param order position, lower first
 * @param audience who sees it
 */
public record NavigationEntry(String labelKey, String path, int order, Audience audience) {
}
