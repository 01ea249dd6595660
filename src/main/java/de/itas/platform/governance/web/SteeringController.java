package de.itas.platform.governance.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.itas.platform.governance.IndicatorStore;
import de.itas.platform.governance.IndicatorView;
import de.itas.platform.governance.Measures;
import de.itas.platform.governance.SteeringAccess;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The home of the people who steer: the action fields they edit with their measures, how many indicator values
 * wait for a sign-off, and the ways to the indicator register, the sign-off queue and the funder report.
 */
@Controller
class SteeringController {

	private final Measures measures;
	private final IndicatorStore indicators;
	private final SteeringAccess access;
	private final Region region;

	SteeringController(Measures measures, IndicatorStore indicators, SteeringAccess access, Region region) {
		this.measures = measures;
		this.indicators = indicators;
		this.access = access;
		this.region = region;
	}

	@GetMapping("/steuerung")
	String home(Model model) {
		PlatformUser me = CurrentUser.get().orElseThrow(NotFoundException::new);
		Set<String> fields = access.fields(me);
		if (fields.isEmpty() && !me.hasRole(Role.ADVISOR)) {
			throw new NotFoundException();
		}
		model.addAttribute("fieldTrees", region.actionFields()
			.stream()
			.filter(field -> fields.contains(field.code()))
			.map(field -> new MeasuresController.FieldTree(field, measures.tree(field.code(), false)))
			.toList());
		List<String> keys = indicators.all()
			.stream()
			.filter(indicator -> fields.contains(indicator.actionFieldCode()))
			.map(IndicatorView::key)
			.toList();
		model.addAttribute("waiting", keys.isEmpty() ? 0 : indicators.provisional(keys).size());
		model.addAttribute("coordination", SteeringAccess.coordination(me));
		model.addAttribute("steersNothing", fields.isEmpty());
		MeasuresController.names(region, model);
		return "governance/steering/home";
	}

}
