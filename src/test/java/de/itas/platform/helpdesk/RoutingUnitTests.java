package de.itas.platform.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.region.RegionFolder;

/** Routing: the most specific rule wins; without a rule the action field's lead partner; else coordination. */
class RoutingUnitTests {

	/** The lead partners of the topics' action fields (Südwestsachsen: qualification by the agency, …). */
	private static final Map<Topic, String> LEADS = Map.of(Topic.QUALIFICATION_FUNDING, "aa", Topic.REORIENTATION, "aa",
			Topic.TECHNOLOGY_INNOVATION, "amz", Topic.WORK_EMPLOYMENT, "igm", Topic.STRATEGY_BUSINESS, "ihk",
			Topic.LOCATION_POLICY, "ihk");

	private static final Map<String, String> DESKS = Map.of("aa-zwickau", "zwickau", "aa-chemnitz", "chemnitz",
			"ihk-zwickau", "zwickau");

	private static final List<TeamSummary> TEAMS = List.of(new TeamSummary("aa-chemnitz", "aa", "AA Chemnitz", "aa-chemnitz"),
			new TeamSummary("aa-zwickau", "aa", "AA Zwickau", "aa-zwickau"),
			new TeamSummary("ihk-zwickau", "ihk", "IHK Zwickau", "ihk-zwickau"),
			new TeamSummary("amz-team", "amz", "AMZ", null), new TeamSummary("cwe-team", "cwe", "CWE", null));

	private static Route route(Topic topic, String district, RoutingRule... rules) {
		return Routing.route(topic, district, List.of(rules), LEADS, TEAMS, DESKS);
	}

	@Test
	void withoutRulesTheLeadPartnersDeskInTheDistrictAnswers() {
		Route route = route(Topic.QUALIFICATION_FUNDING, "zwickau");
		assertThat(route.partnerCode()).isEqualTo("aa");
		assertThat(route.teamCode()).isEqualTo("aa-zwickau");
		assertThat(route.rule()).isNull();
	}

	@Test
	void withoutADeskInTheDistrictThePartnersFirstTeamAnswers() {
		assertThat(route(Topic.REORIENTATION, "vogtlandkreis").teamCode()).isEqualTo("aa-chemnitz");
		assertThat(route(Topic.TECHNOLOGY_INNOVATION, "zwickau").teamCode()).isEqualTo("amz-team");
	}

	@Test
	void aLeadPartnerWithoutTeamAndTopicOtherGoToCoordination() {
		assertThat(route(Topic.WORK_EMPLOYMENT, "zwickau").toCoordination()).isTrue();
		assertThat(route(Topic.OTHER, "zwickau").toCoordination()).isTrue();
		assertThat(route(Topic.OTHER, "zwickau").partnerCode()).isNull();
	}

	@Test
	void aMatchingRuleOverridesTheDefault() {
		Route route = route(Topic.LOCATION_POLICY, "chemnitz", new RoutingRule(7, Topic.LOCATION_POLICY, "chemnitz", "cwe", "cwe-team"));
		assertThat(route.teamCode()).isEqualTo("cwe-team");
		assertThat(route.rule()).isEqualTo(7L);
		assertThat(route(Topic.LOCATION_POLICY, "zwickau", new RoutingRule(7, Topic.LOCATION_POLICY, "chemnitz", "cwe", "cwe-team"))
			.teamCode()).isEqualTo("ihk-zwickau");
	}

	@Test
	void theMostSpecificRuleWinsAndTopicWeighsMoreThanDistrict() {
		RoutingRule catchAll = new RoutingRule(1, null, null, "cwe", "cwe-team");
		RoutingRule district = new RoutingRule(2, null, "zwickau", "ihk", "ihk-zwickau");
		RoutingRule topic = new RoutingRule(3, Topic.OTHER, null, "amz", "amz-team");
		RoutingRule both = new RoutingRule(4, Topic.OTHER, "zwickau", "aa", "aa-zwickau");
		assertThat(route(Topic.OTHER, "zwickau", catchAll, district, topic, both).rule()).isEqualTo(4L);
		assertThat(route(Topic.OTHER, "zwickau", catchAll, district, topic).rule()).isEqualTo(3L);
		assertThat(route(Topic.STRATEGY_BUSINESS, "zwickau", catchAll, district, topic).rule()).isEqualTo(2L);
		assertThat(route(Topic.STRATEGY_BUSINESS, "chemnitz", catchAll, district, topic).rule()).isEqualTo(1L);
		// an unmatched topic falls back to coordination only without any catch-all
		assertThat(route(Topic.OTHER, "chemnitz", district).toCoordination()).isTrue();
	}

	@Test
	void whichActionFieldATopicBelongsToIsRegionData() {
		assertThat(TopicFields.read(new RegionFolder("suedwestsachsen"))).containsEntry(Topic.QUALIFICATION_FUNDING,
				"qualifizierung").containsEntry(Topic.LOCATION_POLICY, "industriepolitik").doesNotContainKey(Topic.OTHER);
		assertThat(TopicFields.read(new RegionFolder("leipzig"))).containsEntry(Topic.QUALIFICATION_FUNDING, "fachkraefte")
			.containsEntry(Topic.WORK_EMPLOYMENT, "transformationsmanagement")
			.containsEntry(Topic.LOCATION_POLICY, "standort")
			.doesNotContainKey(Topic.OTHER);
	}

	@Test
	void topicKeysAreStableForLinksFromOtherModules() {
		assertThat(Topic.values()).extracting(Topic::name)
			.containsExactly("QUALIFICATION_FUNDING", "TECHNOLOGY_INNOVATION", "STRATEGY_BUSINESS", "WORK_EMPLOYMENT",
					"LOCATION_POLICY", "REORIENTATION", "OTHER");
		assertThat(Topic.fromKey("reorientation")).contains(Topic.REORIENTATION);
		assertThat(Topic.fromKey("nonsense")).isEmpty();
	}

}
