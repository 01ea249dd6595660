package de.itas.platform.helpdesk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.AccountSummary;
import de.itas.platform.accounts.Accounts;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.HelpDeskSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/** The routing rules (data, edited by admins) and the teams they route to, with their members. */
@Service
@Transactional(readOnly = true)
public class RoutingRules {

	private final TeamRepository teams;
	private final Region region;
	private final Accounts accounts;
	private final UserDetailsService users;
	private final TopicFields topicFields;

	RoutingRules(TeamRepository teams, Region region, Accounts accounts, UserDetailsService users,
			TopicFields topicFields) {
		this.topicFields = topicFields;
		this.teams = teams;
		this.region = region;
		this.accounts = accounts;
		this.users = users;
	}

	/** The members of every team, by team code. */
	@PreAuthorize("hasRole('ADMIN')")
	public Map<String, List<AccountSummary>> members() {
		Map<String, List<AccountSummary>> members = new LinkedHashMap<>();
		for (TeamSummary team : teams.teams()) {
			members.put(team.code(), teams.members(team.code())
				.stream()
				.flatMap(id -> accounts.account(id).stream())
				.sorted(Comparator.comparing(AccountSummary::displayName))
				.toList());
		}
		return members;
	}

	/** Adds an advisor (by e-mail address) to a team. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void addMember(String teamCode, String email) {
		if (teams.team(teamCode).isEmpty()) {
			throw FieldProblems.of("teamCode", "helpdesk.rules.unknown-team");
		}
		PlatformUser advisor;
		try {
			advisor = (PlatformUser) users.loadUserByUsername(email.strip());
		}
		catch (UsernameNotFoundException ex) {
			throw FieldProblems.of("email", "helpdesk.teams.not-advisor");
		}
		if (!advisor.hasRole(Role.ADVISOR)) {
			throw FieldProblems.of("email", "helpdesk.teams.not-advisor");
		}
		teams.addMember(teamCode, advisor.id());
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void removeMember(String teamCode, UUID advisor) {
		teams.removeMember(teamCode, advisor);
	}

	public List<RoutingRule> rules() {
		return teams.rules();
	}

	public List<TeamSummary> teams() {
		return teams.teams();
	}

	/** Where an inquiry of this topic from this district goes now. */
	public Route route(Topic topic, String districtCode) {
		return router().route(topic, districtCode);
	}

	/** Where inquiries go now: for every topic, by district code of the region, in the region's order. */
	public Map<Topic, Map<String, Route>> matrix() {
		Router router = router();
		Map<Topic, Map<String, Route>> matrix = new LinkedHashMap<>();
		for (Topic topic : Topic.values()) {
			Map<String, Route> row = new LinkedHashMap<>();
			for (DistrictSummary district : region.districts()) {
				row.put(district.code(), router.route(topic, district.code()));
			}
			matrix.put(topic, row);
		}
		return matrix;
	}

	private interface Router {

		Route route(Topic topic, String districtCode);

	}

	/** Routes with the rules, teams and region as they are now, read once. */
	private Router router() {
		Map<String, String> fieldLeads = region.actionFields()
			.stream()
			.collect(Collectors.toMap(ActionFieldSummary::code, field -> field.details().leadPartnerCode()));
		Map<Topic, String> leads = new EnumMap<>(Topic.class);
		topicFields.fields().forEach((each, field) -> {
			if (fieldLeads.containsKey(field)) {
				leads.put(each, fieldLeads.get(field));
			}
		});
		Map<String, String> deskDistricts = region.helpDesks(null, null)
			.stream()
			.collect(Collectors.toMap(HelpDeskSummary::code, desk -> desk.district().code()));
		List<RoutingRule> rules = teams.rules();
		List<TeamSummary> allTeams = teams.teams();
		return (topic, districtCode) -> Routing.route(topic, districtCode, rules, leads, allTeams, deskDistricts);
	}

	/** Adds a rule, or replaces the rule for the same topic and district. */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void save(@Nullable Topic topic, @Nullable String districtCode, String teamCode) {
		List<FieldProblem> problems = new ArrayList<>();
		if (districtCode != null && region.district(districtCode).isEmpty()) {
			problems.add(FieldProblem.of("districtCode", "helpdesk.rules.unknown-district"));
		}
		var team = teams.team(teamCode);
		if (team.isEmpty()) {
			problems.add(FieldProblem.of("teamCode", "helpdesk.rules.unknown-team"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		teams.saveRule(topic, districtCode, team.get().partnerCode(), teamCode);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(long id) {
		teams.deleteRule(id);
	}

}
