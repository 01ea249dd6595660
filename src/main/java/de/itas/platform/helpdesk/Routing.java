package de.itas.platform.helpdesk;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides where an inquiry goes. First the most specific matching rule; without one, the lead partner of
 * the topic's action field, at its team for the district's help desk or else its first team; without such a
 * partner or team, the coordination queue.
 */
final class Routing {

	private Routing() {
	}

	/**
	 * @param leadPartners lead partner code per topic (the lead partner of the topic's action field); a topic
	 *     without one goes to coordination
	 * @param deskDistricts district code per help-desk code
	 */
	static Route route(Topic topic, String districtCode, List<RoutingRule> rules, Map<Topic, String> leadPartners,
			List<TeamSummary> teams, Map<String, String> deskDistricts) {
		Optional<RoutingRule> rule = rules.stream()
			.filter(candidate -> candidate.matches(topic, districtCode))
			.max(Comparator.comparingInt(RoutingRule::specificity));
		if (rule.isPresent()) {
			return new Route(rule.get().partnerCode(), rule.get().teamCode(), rule.get().id());
		}
		Optional<String> partner = Optional.ofNullable(leadPartners.get(topic));
		if (partner.isEmpty()) {
			return Route.coordination();
		}
		List<TeamSummary> partnerTeams = teams.stream()
			.filter(team -> team.partnerCode().equals(partner.get()))
			.sorted(Comparator.comparing(TeamSummary::code))
			.toList();
		return partnerTeams.stream()
			.filter(team -> team.deskCode() != null && districtCode.equals(deskDistricts.get(team.deskCode())))
			.findFirst()
			.or(() -> partnerTeams.stream().findFirst())
			.map(team -> new Route(team.partnerCode(), team.code(), null))
			.orElseGet(Route::coordination);
	}

}
