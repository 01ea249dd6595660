package de.itas.platform.skills.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.skills.OccupationGroup;
import de.itas.platform.skills.Occupations;

/**
 * Browsing the occupations by ISCO-08 group (major group → … → unit group → occupations), for people whose
 * job title the finder does not match well; an occupation leads to "Mein Weg".
 */
@Controller
class OccupationGroupController {

	private final Occupations occupations;

	OccupationGroupController(Occupations occupations) {
		this.occupations = occupations;
	}

	@GetMapping("/berufe/gruppen")
	String groups(Model model) {
		model.addAttribute("children", occupations.topGroups());
		return "skills/groups";
	}

	@GetMapping("/berufe/gruppen/{code}")
	String group(@PathVariable String code, Model model) {
		OccupationGroup group = occupations.group(code).orElseThrow(NotFoundException::new);
		model.addAttribute("group", group);
		model.addAttribute("children", group.children());
		return "skills/groups";
	}

}
