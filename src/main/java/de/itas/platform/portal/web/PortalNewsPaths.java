package de.itas.platform.portal.web;

/** The news' addresses that several controllers share. */
final class PortalNewsPaths {

	/** An article's public address; the editors' pages, the images and the feed are not articles. */
	static final String SLUG = "/aktuelles/{slug:(?!verwaltung$|bilder$|feed\\.atom$)[a-z0-9-]+}";

	static final String EDITOR = "/aktuelles/verwaltung";

	private PortalNewsPaths() {
	}

}
