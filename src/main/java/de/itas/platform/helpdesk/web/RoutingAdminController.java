package de.itas.platform.helpdesk.web;

import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.helpdesk.RoutingRules;
import de.itas.platform.helpdesk.TeamSummary;
import de.itas.platform.helpdesk.Topic;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.FieldProblems;

/** Admins edit the routing rules and see where each topic and district goes now. */
@Controller
@RequestMapping("/admin/beratung/regeln")
class RoutingAdminController {

	private final RoutingRules rules;
	private final Region region;

	RoutingAdminController(RoutingRules rules, Region region) {
		this.rules = rules;
		this.region = region;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("rules", rules.rules());
		model.addAttribute("teams", rules.teams());
		model.addAttribute("teamNames", rules.teams().stream().collect(Collectors.toMap(TeamSummary::code, TeamSummary::name)));
		model.addAttribute("topics", Topic.values());
		model.addAttribute("districts", region.districts());
		model.addAttribute("districtNames", region.districts().stream().collect(Collectors.toMap(DistrictSummary::code, DistrictSummary::name)));
		model.addAttribute("matrix", rules.matrix());
		model.addAttribute("members", rules.members());
		return "helpdesk/rules";
	}

	@PostMapping
	String save(RuleForm form, RedirectAttributes redirect) {
		try {
			rules.save(form.chosenTopic(), form.district(), form.team());
			redirect.addFlashAttribute("message", "helpdesk.rules.saved");
		}
		catch (FieldProblems ex) {
			redirect.addFlashAttribute("ruleError", ex.problems().get(0).messageKey());
		}
		return "redirect:/admin/beratung/regeln";
	}

	@PostMapping("/teams/mitglied")
	String addMember(@RequestParam(defaultValue = "") String teamCode, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect) {
		try {
			rules.addMember(teamCode, email);
			redirect.addFlashAttribute("message", "helpdesk.teams.added");
		}
		catch (FieldProblems ex) {
			redirect.addFlashAttribute("ruleError", ex.problems().get(0).messageKey());
		}
		return "redirect:/admin/beratung/regeln#teams-title";
	}

	@PostMapping("/teams/mitglied/entfernen")
	String removeMember(@RequestParam String teamCode, @RequestParam UUID advisor, RedirectAttributes redirect) {
		rules.removeMember(teamCode, advisor);
		redirect.addFlashAttribute("message", "helpdesk.teams.removed");
		return "redirect:/admin/beratung/regeln#teams-title";
	}

	@PostMapping("/{id:[0-9]+}/loeschen")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		rules.delete(id);
		redirect.addFlashAttribute("message", "helpdesk.rules.deleted");
		return "redirect:/admin/beratung/regeln";
	}

}
