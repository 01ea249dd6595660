package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.PlatformTest;
import de.itas.platform.assessment.NeedDetails;
import de.itas.platform.assessment.QualificationNeeds;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.PersonProfileDetails;
import de.itas.platform.accounts.PersonProfiles;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.skills.CurrentOccupations;
import de.itas.platform.skills.PersonalGoals;

/** Recommendations for a person's saved goal and for a company, each with its reasons. */
@PlatformTest
class RecommendationIntegrationTests {

	private static final String OCCUPATION = TrainingsFixtures.OCCUPATION;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	Recommendations recommendations;

	@Autowired
	PersonalGoals goals;

	@Autowired
	PersonProfiles profiles;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	QualificationNeeds needs;

	@Autowired
	CurrentOccupations currentOccupations;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void offersTeachingMoreMissingSkillsComeFirstThenNearbyOnesAndEachSaysWhy() throws Exception {
		String token = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Empfehlung " + token);
		long both = fixtures.offer(provider, TrainingsFixtures.draft(token + " Batteriemontage mit HV", 200, 3000, true,
				List.of("battery-assembly", "hv-safety")));
		fixtures.run(both, TrainingsFixtures.run(40, "Plauen", "vogtlandkreis", 10));
		long near = fixtures.offer(provider, TrainingsFixtures.draft(token + " HV nah", 16, 400, false, List.of("hv-safety")));
		fixtures.run(near, TrainingsFixtures.run(40, "Zwickau", "zwickau", 10));
		long far = fixtures.offer(provider, TrainingsFixtures.draft(token + " HV fern", 16, 400, false, List.of("hv-safety")));
		fixtures.run(far, TrainingsFixtures.run(20, "Marienberg", "erzgebirgskreis", 10));
		long noRun = fixtures.offer(provider, TrainingsFixtures.draft(token + " HV ohne Termin", 16, 400, false,
				List.of("hv-safety")));

		OrganisationSummary company = organisations.ensure("Empfehlungsbetrieb " + token, OrganisationKind.COMPANY, "zwickau",
				null);
		PlatformUser person = memberships.member(token + "@test.itas.local", company.id(), Role.COMPANY_MEMBER);
		profiles.change(person.id(), -1, new PersonProfileDetails("zwickau", "Montierer", null, null, null, 30, null, null));
		goals.save(person.id(), OCCUPATION + "montierer", OCCUPATION + "batteriemonteur", List.of());

		Recommendations.Result result = recommendations.forPerson(person.id(), Locale.GERMAN, 50);
		assertThat(result.basis().kind()).isEqualTo(Recommendations.Basis.Kind.GOAL);
		// the battery fitter's essential skills a fitter lacks, in the demo taxonomy
		assertThat(result.basis().missingSkills()).containsExactlyInAnyOrder("Batteriemodule und -packs montieren",
				"Arbeiten an Hochvoltsystemen sicher durchführen", "Batteriezellen sicher handhaben",
				"Qualifizierungsstufen für Arbeiten an Hochvoltsystemen");
		List<Long> ids = result.recommendations().stream().map(recommendation -> recommendation.offer().id()).toList();
		assertThat(ids).containsSubsequence(both, near, far).doesNotContain(noRun);
		Recommendation first = result.recommendations().stream().filter(r -> r.offer().id() == both).findFirst().orElseThrow();
		assertThat(first.reasons()).hasSize(3);
		assertThat(first.reasons().get(0)).startsWith("lehrt 2 von 4 fehlenden Kompetenzen: ")
			.contains("Batteriemodule und -packs montieren", "Arbeiten an Hochvoltsystemen sicher durchführen");
		assertThat(first.reasons().subList(1, 3)).containsExactly("in 35 km (Plauen)", "förderfähig nach § 82 SGB III");
		assertThat(first.offer().fundable()).isTrue();
		Recommendation nearby = result.recommendations().stream().filter(r -> r.offer().id() == near).findFirst().orElseThrow();
		// a run in the person's own town is "in Zwickau", not "in 0 km"
		assertThat(nearby.reasons()).contains("in Zwickau").noneMatch(reason -> reason.contains("0 km"))
			.noneMatch(reason -> reason.startsWith("förderfähig"));

		String page = mvc.get().uri("/meine-weiterbildungen/empfehlungen").with(user(person)).exchange().getResponse()
			.getContentAsString();
		assertThat(page).contains(token + " Batteriemontage mit HV", "lehrt 2 von 4 fehlenden Kompetenzen")
			// the count is the one the pathway card calls "wesentliche"
			.contains("fehlen Ihnen 4 wesentliche Kompetenzen");
		org.jsoup.nodes.Element card = org.jsoup.Jsoup.parse(page)
			.selectFirst("li.card:has(a:containsOwn(" + token + " Batteriemontage mit HV))");
		assertThat(card).isNotNull();
		// fundability is said once, as a reason with its legal basis, not also as a badge
		assertThat(card.text().split("förderfähig", -1)).as("mentions of förderfähig in %s", card.text()).hasSize(2);
		assertThat(mvc.get().uri("/api/v1/recommendations/trainings").with(user(person)).exchange()).hasStatusOk()
			.bodyJson().extractingPath("$.personal.basis.kind").isEqualTo("GOAL");
		assertThat(mvc.get().uri("/api/v1/recommendations/trainings").exchange()).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
	}

	@Test
	void withoutAGoalTheCurrentOccupationCountsAndWithoutEitherNothingIsGuessed() {
		String token = TrainingsFixtures.token();
		OrganisationSummary company = organisations.ensure("Berufsbetrieb " + token, OrganisationKind.COMPANY, "zwickau", null);
		PlatformUser welder = memberships.member(token + "-w@test.itas.local", company.id(), Role.COMPANY_MEMBER);
		profiles.change(welder.id(), -1, new PersonProfileDetails("vogtlandkreis", "Schweißer", null, null, null, null, null,
				null));
		Recommendations.Result result = recommendations.forPerson(welder.id(), Locale.GERMAN, 10);
		assertThat(result.basis().kind()).isEqualTo(Recommendations.Basis.Kind.OCCUPATION);
		assertThat(result.recommendations()).isNotEmpty()
			.allSatisfy(r -> assertThat(r.reasons().get(0)).contains("Kompetenzen Ihres Berufs"));

		// the occupation remembered on „Mein Weg“ wins over the free-text job title
		currentOccupations.remember(welder.id(), OCCUPATION + "kfz-mechatroniker");
		Recommendations.Result remembered = recommendations.forPerson(welder.id(), Locale.GERMAN, 10);
		assertThat(remembered.basis().kind()).isEqualTo(Recommendations.Basis.Kind.OCCUPATION);
		assertThat(remembered.basis().label()).isNotEqualTo(result.basis().label()).containsIgnoringCase("mechatroniker");

		PlatformUser nobody = memberships.member(token + "-n@test.itas.local", company.id(), Role.COMPANY_MEMBER);
		Recommendations.Result none = recommendations.forPerson(nobody.id(), Locale.GERMAN, 10);
		assertThat(none.basis().kind()).isEqualTo(Recommendations.Basis.Kind.NONE);
		assertThat(none.recommendations()).isEmpty();
	}

	@Test
	void aCompanyGetsOffersForTheQualificationNeedsItReported() {
		OrganisationSummary demoCompany = organisations.ensure("Muldental Antriebstechnik GmbH (fiktiv)",
				OrganisationKind.COMPANY, "zwickau", null);
		PlatformUser admin = memberships.member("unternehmen@demo.itas.local", demoCompany.id(), Role.COMPANY_ADMIN);
		Set<String> reported = needs.skillsNeededBy(demoCompany.id());
		assertThat(reported).as("the demo company has reported needs").isNotEmpty();
		String token = TrainingsFixtures.token();
		String needed = reported.iterator().next();
		assertThat(needed).startsWith(TrainingsFixtures.SKILL);
		long offer = fixtures.offer(fixtures.provider("Bedarf " + token), TrainingsFixtures.draft(token + " Kurs zum Bedarf", 24,
				500, true, List.of(needed.substring(TrainingsFixtures.SKILL.length()))));
		fixtures.run(offer, TrainingsFixtures.run(30, "Zwickau", "zwickau", 10));

		Recommendations.Result result = TrainingRegistrationIntegrationTests.as(admin,
				() -> recommendations.forCompany(demoCompany.id(), Locale.GERMAN, 50));
		assertThat(result.basis().kind()).isEqualTo(Recommendations.Basis.Kind.NEEDS);
		assertThat(result.basis().missingSkills()).hasSize(reported.size());
		Recommendation mine = result.recommendations()
			.stream()
			.filter(r -> r.offer().id() == offer)
			.findFirst()
			.orElseThrow();
		assertThat(mine.reasons().get(0)).startsWith("lehrt 1 von " + reported.size())
			.contains("gemeldeten Qualifizierungsbedarfen");
		assertThat(mvc.get().uri("/meine-weiterbildungen/empfehlungen").with(user(admin)).exchange()).bodyText()
			.contains("Qualifizierungsbedarfen, die Ihr Unternehmen gemeldet hat");
	}

	@Test
	void withoutReportedNeedsACompanyGetsOffersFittingTheCapabilitiesOfItsProfile() {
		OrganisationSummary demoCompany = organisations.ensure("Muldental Antriebstechnik GmbH (fiktiv)",
				OrganisationKind.COMPANY, "zwickau", null);
		PlatformUser admin = memberships.member("unternehmen@demo.itas.local", demoCompany.id(), Role.COMPANY_ADMIN);
		// the demo needs are closed only inside this transaction, which is rolled back
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			Recommendations.Result result = TrainingRegistrationIntegrationTests.as(admin, () -> {
				needs.needsOf(demoCompany.id()).stream().filter(NeedDetails::open).forEach(need -> needs.close(need.id()));
				return recommendations.forCompany(demoCompany.id(), Locale.GERMAN, 10);
			});
			assertThat(result.basis().kind()).isEqualTo(Recommendations.Basis.Kind.COMPANY);
			assertThat(result.basis().missingSkills()).contains("Werkstücke drehen", "CNC-Programme erstellen und anpassen");
			assertThat(result.recommendations()).isNotEmpty();
			assertThat(result.recommendations().get(0).reasons().get(0)).startsWith("passt zu ");
			assertThat(result.recommendations()).extracting(r -> r.offer().title())
				.contains("CNC-Programmierung für E-Motor-Komponenten");
		});
		assertThat(needs.skillsNeededBy(demoCompany.id())).isNotEmpty();
	}

}
