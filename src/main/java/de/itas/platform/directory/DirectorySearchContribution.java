package de.itas.platform.directory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.search.SearchContribution;
import de.itas.platform.shared.search.SearchHit;
import de.itas.platform.shared.search.SearchRequest;

/**
 * Company profiles in the site-wide search, found by the directory's own search for the current person: only
 * companies and field groups their visibility lets the viewer see are searched and shown (a capability visible
 * to the network only neither finds a company for a visitor nor appears in its snippet).
 */
@Component
@Order(20)
class DirectorySearchContribution implements SearchContribution {

	private final CompanyProfiles profiles;

	DirectorySearchContribution(CompanyProfiles profiles) {
		this.profiles = profiles;
	}

	@Override
	public String type() {
		return "company";
	}

	@Override
	public String labelKey() {
		return "directory.search.type";
	}

	@Override
	public List<SearchHit> search(SearchRequest request) {
		return profiles.find(new DirectoryQuery(request.text(), null, null, null, null, 0,
				Math.min(request.limit(), DirectoryQuery.MAX_SIZE)))
			.stream()
			.map(DirectorySearchContribution::hit)
			.toList();
	}

	/** Name as title; description, industry, town and capabilities, as far as the view holds them, as snippet. */
	private static SearchHit hit(CompanyView company) {
		List<String> parts = new ArrayList<>();
		if (company.description() != null && !company.description().isBlank()) {
			parts.add(company.description().strip());
		}
		if (company.industry() != null) {
			parts.add(company.industry().title());
		}
		List<String> places = new ArrayList<>();
		if (company.address() != null && company.address().city() != null) {
			places.add(company.address().city());
		}
		if (company.districtName() != null && !places.contains(company.districtName())) {
			places.add(company.districtName());
		}
		if (!places.isEmpty()) {
			parts.add(String.join(", ", places));
		}
		if (company.capabilities() != null && !company.capabilities().isEmpty()) {
			parts.add(String.join(", ", company.capabilities()));
		}
		return new SearchHit(company.name(), String.join(" · ", parts), "/unternehmen/" + company.id());
	}

}
