package de.itas.platform.governance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.itas.platform.governance.MeasureNode;
import de.itas.platform.governance.Measures;
import de.itas.platform.governance.SteeringAccess;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.NotFoundException;

/** The public measures: by action field as a tree with status and progress, and one measure with its timeline. */
@Controller
class MeasuresController {

	private final Measures measures;
	private final SteeringAccess access;
	private final Region region;

	MeasuresController(Measures measures, SteeringAccess access, Region region) {
		this.measures = measures;
		this.access = access;
		this.region = region;
	}

	/** An action field with its (shown) measures as trees. */
	record FieldTree(ActionFieldSummary field, List<MeasureNode> nodes) {
	}

	@GetMapping("/massnahmen")
	String list(Model model) {
		model.addAttribute("fieldTrees",
				region.actionFields().stream().map(field -> new FieldTree(field, measures.tree(field.code(), true))).toList());
		PlatformUser viewer = CurrentUser.get().orElse(null);
		model.addAttribute("steers", access.steers(viewer));
		names(region, model);
		return "governance/steering/measures";
	}

	@GetMapping("/massnahmen/{id:[0-9a-f-]{36}}")
	String measure(@PathVariable UUID id, Model model) {
		PlatformUser viewer = CurrentUser.get().orElse(null);
		Measures.Details details = measures.details(id, viewer).orElseThrow(NotFoundException::new);
		model.addAttribute("details", details);
		model.addAttribute("measure", details.measure());
		model.addAttribute("edits", access.edits(viewer, details.measure().actionFieldCode()));
		model.addAttribute("shownChildren", details.children()
			.stream()
			.filter(child -> child.isPublic() || access.edits(viewer, child.actionFieldCode()))
			.toList());
		model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
		names(region, model);
		return "governance/steering/measure";
	}

	/** The names pages show for codes: action fields, partners, districts. */
	static void names(Region region, Model model) {
		Map<String, ActionFieldSummary> fields = new LinkedHashMap<>();
		region.actionFields().forEach(field -> fields.put(field.code(), field));
		Map<String, String> partners = new LinkedHashMap<>();
		for (PartnerSummary partner : region.partners()) {
			partners.put(partner.code(), partner.shortName());
		}
		Map<String, String> districts = new LinkedHashMap<>();
		for (DistrictSummary district : region.districts()) {
			districts.put(district.code(), district.name());
		}
		model.addAttribute("actionFieldsByCode", fields);
		model.addAttribute("targetGroupOrder", de.itas.platform.governance.MeasureTargetGroup.values());
		model.addAttribute("partnerNames", partners);
		model.addAttribute("districtNames", districts);
	}

}
