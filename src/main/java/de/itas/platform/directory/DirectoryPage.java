package de.itas.platform.directory;

import java.util.List;

/**
 * One page of the company directory with the counts for every filter value.
 *
 * @param page 0-based page number
 * @param total companies that match the query
 */
public record DirectoryPage(List<CompanyView> companies, long total, int page, int size, Facets facets) {

	public DirectoryPage {
		companies = List.copyOf(companies);
	}

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

}
