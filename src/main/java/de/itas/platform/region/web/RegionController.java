package de.itas.platform.region.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.HelpDeskSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.Htmx;

/** Public pages of the region: districts, partners, action fields and help desks. */
@Controller
class RegionController {

	private final Region region;

	RegionController(Region region) {
		this.region = region;
	}

	@GetMapping("/region")
	String districts(Model model) {
		List<DistrictSummary> districts = region.districts();
		List<HelpDeskSummary> desks = region.helpDesks(null, null);
		Map<String, Long> desksPerDistrict = new LinkedHashMap<>();
		for (DistrictSummary district : districts) {
			desksPerDistrict.put(district.name(),
					desks.stream().filter(desk -> desk.district().code().equals(district.code())).count());
		}
		model.addAttribute("districts", districts);
		model.addAttribute("desksPerDistrict", desksPerDistrict);
		return "region/districts";
	}

	@GetMapping("/partner")
	String partners(Model model) {
		model.addAttribute("partners", region.partners());
		model.addAttribute("fieldsByPartner", region.actionFields()
			.stream()
			.collect(Collectors.groupingBy(field -> field.details().leadPartnerCode())));
		return "region/partners";
	}

	@GetMapping("/handlungsfelder")
	String actionFields(Model model) {
		model.addAttribute("actionFields", region.actionFields());
		return "region/action-fields";
	}

	/** The help-desk list, filtered by district and partner; htmx asks for the list fragment only. */
	@GetMapping("/anlaufstellen")
	String helpDesks(@RequestParam(name = "landkreis", required = false) @Nullable String district,
			@RequestParam(name = "partner", required = false) @Nullable String partner, HttpServletRequest request,
			Model model) {
		String districtFilter = blankToNull(district);
		String partnerFilter = blankToNull(partner);
		model.addAttribute("helpDesks", region.helpDesks(districtFilter, partnerFilter));
		model.addAttribute("districts", region.districts());
		model.addAttribute("partners", region.partners());
		model.addAttribute("selectedDistrict", districtFilter);
		model.addAttribute("selectedPartner", partnerFilter);
		return Htmx.view(request, "region/help-desks", "list");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
