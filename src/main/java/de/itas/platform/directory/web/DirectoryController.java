package de.itas.platform.directory.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.directory.CompanyContact;
import de.itas.platform.directory.CompanyProfiles;
import de.itas.platform.directory.CompanyView;
import de.itas.platform.directory.DirectoryPage;
import de.itas.platform.directory.DirectoryQuery;
import de.itas.platform.directory.FieldGroup;
import de.itas.platform.directory.IndustryCode;
import de.itas.platform.directory.IndustryCodes;
import de.itas.platform.directory.ProductGroup;
import de.itas.platform.directory.ValueChainPosition;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.Htmx;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * The public company directory: the list with search, filters, counts and pages (one URL for the page
 * and its htmx fragment, every filter in the URL), a company's profile page, and the industry-code
 * search behind the editor's picker.
 */
@Controller
class DirectoryController {

	static final int PICKER_SIZE = 15;

	private final CompanyProfiles profiles;
	private final IndustryCodes industryCodes;
	private final Region region;
	private final CompanyContact contact;

	DirectoryController(CompanyProfiles profiles, IndustryCodes industryCodes, Region region, CompanyContact contact) {
		this.profiles = profiles;
		this.contact = contact;
		this.industryCodes = industryCodes;
		this.region = region;
	}

	/** Unknown filter values (an outdated bookmark) are ignored rather than refused. */
	@GetMapping("/unternehmen")
	String companies(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "landkreis", required = false) @Nullable String district,
			@RequestParam(name = "position", required = false) @Nullable String position,
			@RequestParam(name = "produktgruppe", required = false) @Nullable String productGroup,
			@RequestParam(name = "kompetenz", required = false) @Nullable String capability,
			@RequestParam(name = "seite", defaultValue = "1") String page, HttpServletRequest request, Model model) {
		DirectoryQuery query = new DirectoryQuery(text, district, parse(ValueChainPosition.class, position),
				parse(ProductGroup.class, productGroup), capability, pageIndex(page), DirectoryQuery.DEFAULT_SIZE);
		DirectoryPage result = profiles.search(query);
		if (result.page().beyondEnd()) {
			// page 999 of 6 (an old bookmark, a typed URL) shows the last page rather than an empty one
			query = query.onPage(result.page().last());
			result = profiles.search(query);
		}
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("districts", region.districts());
		model.addAttribute("positions", ValueChainPosition.values());
		model.addAttribute("productGroups", ProductGroup.values());
		PageOf<CompanyView> shown = result.page();
		model.addAttribute("previousLink", shown.hasPrevious() ? link(query, shown.number() - 1) : null);
		model.addAttribute("nextLink", shown.hasNext() ? link(query, shown.number() + 1) : null);
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		model.addAttribute("htmx", Htmx.isHtmxRequest(request));
		return Htmx.view(request, "directory/companies", "list");
	}

	@GetMapping("/unternehmen/{id}")
	String company(@PathVariable String id, Model model) {
		UUID companyId = uuid(id);
		model.addAttribute("company", profiles.profile(companyId).orElseThrow(NotFoundException::new));
		model.addAttribute("groups", FieldGroup.values());
		model.addAttribute("signedIn", CurrentUser.get().isPresent());
		model.addAttribute("mayContact", contact.mayContact(companyId));
		return "directory/company";
	}

	/**
	 * Industry subclasses matching a code or words: the picker's listbox for htmx (which sends the input's
	 * own name), a page with a search form for everybody without JavaScript.
	 */
	@GetMapping("/unternehmen/branchen")
	String industryCodes(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "industryCode", required = false) @Nullable String typed, HttpServletRequest request,
			Model model) {
		String search = text != null ? text : typed != null ? typed : "";
		List<IndustryCode> codes = search.isBlank() ? List.of() : industryCodes.search(search, PICKER_SIZE);
		model.addAttribute("search", search);
		model.addAttribute("codes", codes);
		return Htmx.view(request, "directory/industry-codes", "options");
	}

	private static String link(DirectoryQuery query, int pageNumber) {
		return UriComponentsBuilder.fromPath("/unternehmen")
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.queryParamIfPresent("landkreis", Optional.ofNullable(query.districtCode()))
			.queryParamIfPresent("position", Optional.ofNullable(query.position()).map(Enum::name))
			.queryParamIfPresent("produktgruppe", Optional.ofNullable(query.productGroup()).map(Enum::name))
			.queryParamIfPresent("kompetenz", Optional.ofNullable(query.capability()))
			.queryParam("seite", pageNumber)
			.encode()
			.build()
			.toUriString();
	}

	private static int pageIndex(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
	}

}
