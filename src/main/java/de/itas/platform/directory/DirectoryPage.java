package de.itas.platform.directory;

import java.util.List;

import de.itas.platform.shared.web.PageOf;

/**
 * One page of the company directory with the counts for every filter value.
 *
 * @param page the page of companies, with the number of all companies that match the query
 */
public record DirectoryPage(PageOf<CompanyView> page, Facets facets) {

	/** The companies of this page. */
	public List<CompanyView> companies() {
		return page.items();
	}

	/** Companies that match the query, on all pages. */
	public long total() {
		return page.total();
	}

}
