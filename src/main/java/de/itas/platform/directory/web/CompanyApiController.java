package de.itas.platform.directory.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.itas.platform.directory.CompanyProfiles;
import de.itas.platform.directory.CompanyView;
import de.itas.platform.directory.DirectoryPage;
import de.itas.platform.directory.DirectoryQuery;
import de.itas.platform.directory.Facets;
import de.itas.platform.directory.ProductGroup;
import de.itas.platform.directory.ValueChainPosition;

/**
 * The company directory as JSON: the same search as the page and single profiles, each answering only
 * what the caller may see (groups hidden from them are left out; companies hidden from them do not
 * exist). {@code page} counts from 0; unknown enum values are refused with 400.
 */
@RestController
@RequestMapping("/api/v1/companies")
class CompanyApiController {

	private final CompanyProfiles profiles;

	CompanyApiController(CompanyProfiles profiles) {
		this.profiles = profiles;
	}

	/** The answer of a search; its fields are the API's and do not follow the Java types. */
	record Companies(List<CompanyView> companies, long total, int page, int size, Facets facets) {
	}

	@GetMapping
	Companies companies(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String district,
			@RequestParam(required = false) @Nullable ValueChainPosition position,
			@RequestParam(required = false) @Nullable ProductGroup productGroup,
			@RequestParam(required = false) @Nullable String capability, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		DirectoryPage found = profiles.search(new DirectoryQuery(q, district, position, productGroup, capability, page,
				size));
		return new Companies(found.companies(), found.total(), found.page().page(), found.page().size(), found.facets());
	}

	@GetMapping("/{id}")
	ResponseEntity<CompanyView> company(@PathVariable String id) {
		UUID companyId;
		try {
			companyId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.of(profiles.profile(companyId));
	}

}
