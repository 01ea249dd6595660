package de.itas.platform.learning.web;

/** The library's addresses. */
final class LibraryPaths {

	/** An item's public address; the editors' pages are not items. */
	static final String SLUG = "/wissen/{slug:(?!verwaltung$)[a-z0-9-]+}";

	static final String EDITOR = "/wissen/verwaltung";

	private LibraryPaths() {
	}

}
