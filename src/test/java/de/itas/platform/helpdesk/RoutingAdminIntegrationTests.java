package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** Admins edit routing rules and team members; nobody else can. */
@PlatformTest
class RoutingAdminIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	RoutingRules rules;

	@Test
	void anAdminsRuleChangesWhereInquiriesGoAndOthersCannotTouchTheRules() {
		PlatformUser admin = accounts.user(Role.ADMIN);
		String team = fixtures.team("admin-rule");
		assertThat(rules.route(Topic.STRATEGY_BUSINESS, "mittelsachsen").teamCode()).isEqualTo("ihk-mittelsachsen");

		assertThat(mvc.post().uri("/admin/beratung/regeln").param("topic", "STRATEGY_BUSINESS")
			.param("districtCode", "mittelsachsen").param("teamCode", team).with(user(accounts.user(Role.ADVISOR))).with(csrf())
			.exchange()).hasStatus(403);
		assertThat(rules.route(Topic.STRATEGY_BUSINESS, "mittelsachsen").teamCode()).isEqualTo("ihk-mittelsachsen");

		assertThat(mvc.post().uri("/admin/beratung/regeln").param("topic", "STRATEGY_BUSINESS")
			.param("districtCode", "mittelsachsen").param("teamCode", team).with(user(admin)).with(csrf()).exchange())
			.flash().containsEntry("message", "helpdesk.rules.saved");
		Route route = rules.route(Topic.STRATEGY_BUSINESS, "mittelsachsen");
		assertThat(route.teamCode()).isEqualTo(team);
		assertThat(route.rule()).isNotNull();
		assertThat(mvc.get().uri("/admin/beratung/regeln").with(user(admin)).exchange()).bodyText().contains("Testteam admin-rule");

		assertThat(mvc.post().uri("/admin/beratung/regeln").param("teamCode", "no-such-team").with(user(admin)).with(csrf())
			.exchange()).flash().containsEntry("ruleError", "helpdesk.rules.unknown-team");

		mvc.post().uri("/admin/beratung/regeln/" + route.rule() + "/loeschen").with(user(admin)).with(csrf()).exchange();
		assertThat(rules.route(Topic.STRATEGY_BUSINESS, "mittelsachsen").teamCode()).isEqualTo("ihk-mittelsachsen");
	}

	@Test
	void onlyAdvisorsCanBeAddedToTeams() {
		PlatformUser admin = accounts.user(Role.ADMIN);
		PlatformUser advisor = accounts.user(Role.ADVISOR, Role.COMPANY_ADMIN);
		String team = fixtures.team("members");
		assertThat(mvc.post().uri("/admin/beratung/regeln/teams/mitglied").param("teamCode", team)
			.param("email", accounts.user(Role.EMPLOYEE).email()).with(user(admin)).with(csrf()).exchange())
			.flash().containsEntry("ruleError", "helpdesk.teams.not-advisor");
		assertThat(mvc.post().uri("/admin/beratung/regeln/teams/mitglied").param("teamCode", team)
			.param("email", advisor.email()).with(user(admin)).with(csrf()).exchange())
			.flash().containsEntry("message", "helpdesk.teams.added");
		assertThat(fixtures.teams.isMember(team, advisor.id())).isTrue();
		assertThat(as(admin, () -> rules.members()).get(team)).extracting(member -> member.id()).containsExactly(advisor.id());
		mvc.post().uri("/admin/beratung/regeln/teams/mitglied/entfernen").param("teamCode", team)
			.param("advisor", advisor.id().toString()).with(user(admin)).with(csrf()).exchange();
		assertThat(fixtures.teams.isMember(team, advisor.id())).isFalse();
	}

}
