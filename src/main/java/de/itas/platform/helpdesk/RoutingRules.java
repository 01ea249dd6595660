package de.itas.platform.helpdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.HelpDeskSummary;
import de.itas.platform.region.Region;

/** The routing rules (data, edited by admins) and the teams they route to. */
@Service
@Transactional(readOnly = true)
public class RoutingRules {

	private final TeamRepository teams;
	private final Region region;

	RoutingRules(TeamRepository teams, Region region) {
		this.teams = teams;
		this.region = region;
	}

	public List<RoutingRule> rules() {
		return teams.rules();
	}

	public List<TeamSummary> teams() {
		return teams.teams();
	}

	/** Where an inquiry of this topic from this district goes now. */
	public Route route(Topic topic, String districtCode) {
		Map<String, String> leads = region.actionFields()
			.stream()
			.collect(Collectors.toMap(ActionFieldSummary::code, field -> field.details().leadPartnerCode()));
		Map<String, String> deskDistricts = region.helpDesks(null, null)
			.stream()
			.collect(Collectors.toMap(HelpDeskSummary::code, desk -> desk.district().code()));
		return Routing.route(topic, districtCode, teams.rules(), leads, teams.teams(), deskDistricts);
	}

	/** Adds a rule, or replaces the rule for the same topic and district. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void save(@Nullable Topic topic, @Nullable String districtCode, String teamCode) {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (districtCode != null && region.district(districtCode).isEmpty()) {
			problems.add(new InvalidInputException.Problem("districtCode", "helpdesk.rules.unknown-district"));
		}
		var team = teams.team(teamCode);
		if (team.isEmpty()) {
			problems.add(new InvalidInputException.Problem("teamCode", "helpdesk.rules.unknown-team"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		teams.saveRule(topic, districtCode, team.get().partnerCode(), teamCode);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(long id) {
		teams.deleteRule(id);
	}

}
