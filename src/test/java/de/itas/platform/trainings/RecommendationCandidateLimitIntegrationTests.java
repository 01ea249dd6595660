package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.PersonProfileDetails;
import de.itas.platform.accounts.PersonProfiles;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.skills.PersonalGoals;

/**
 * The database hands over only the best {@link Recommendations#CANDIDATES} offers for the ranking in Java: with
 * more matching offers than that, the best ones by the Java order (skills taught, reachable, fundable, soonest)
 * still come first, even when they are the newest (highest ids) of them.
 */
@PlatformTest
class RecommendationCandidateLimitIntegrationTests {

	private static final String OCCUPATION = TrainingsFixtures.OCCUPATION;

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
	JdbcTemplate jdbc;

	@Test
	void withMoreMatchingOffersThanCandidatesTheBestStillComeFirst() {
		String token = TrainingsFixtures.token();
		OrganisationSummary provider = fixtures.provider("Kandidatengrenze " + token);
		try {
			// more offers than candidates, each teaching one missing skill, out of reach, not fundable, in 60 days
			List<Long> fillers = new ArrayList<>();
			for (int i = 0; i < Recommendations.CANDIDATES + 20; i++) {
				long filler = fixtures.offer(provider, TrainingsFixtures.draft(token + " Füllkurs " + i, 16, 400, false,
						List.of("hv-safety")));
				fixtures.run(filler, TrainingsFixtures.run(60, "Plauen", "vogtlandkreis", 10));
				fillers.add(filler);
			}
			// the best ones are created last, so that a cut by id would lose them
			long three = offer(provider, token + " drei", false, 90, "Plauen", "vogtlandkreis", "battery-assembly",
					"hv-safety", "cell-handling");
			long twoNear = offer(provider, token + " zwei nah", false, 90, "Zwickau", "zwickau", "battery-assembly",
					"hv-levels");
			long twoFundable = offer(provider, token + " zwei förderfähig", true, 90, "Plauen", "vogtlandkreis",
					"battery-assembly", "hv-levels");
			long twoSoon = offer(provider, token + " zwei bald", false, 30, "Plauen", "vogtlandkreis", "battery-assembly",
					"hv-levels");
			long oneNearFundableSoon = offer(provider, token + " eins nah", true, 5, "Zwickau", "zwickau", "hv-safety");

			OrganisationSummary company = organisations.ensure("Kandidatenbetrieb " + token, OrganisationKind.COMPANY,
					"zwickau", null);
			PlatformUser person = memberships.member(token + "@test.itas.local", company.id(), Role.COMPANY_MEMBER);
			profiles.change(person.id(), -1,
					new PersonProfileDetails("zwickau", "Montierer", null, null, null, 30, null, null));
			goals.save(person.id(), OCCUPATION + "montierer", OCCUPATION + "batteriemonteur", List.of());

			List<Long> shown = recommendations.forPerson(person.id(), Locale.GERMAN, 50)
				.recommendations()
				.stream()
				.map(recommendation -> recommendation.offer().id())
				.toList();
			assertThat(shown).hasSize(50)
				.containsSubsequence(three, twoNear, twoFundable, twoSoon, oneNearFundableSoon);
			List<Long> shownFillers = shown.stream().filter(fillers::contains).toList();
			if (!shownFillers.isEmpty()) {
				assertThat(shown.indexOf(oneNearFundableSoon)).isLessThan(shown.indexOf(shownFillers.get(0)));
				// among equals the lower id comes first, as in the Java ranking
				assertThat(shownFillers).isSorted();
			}
		}
		finally {
			jdbc.update("DELETE FROM trainings.offer WHERE provider_id = ?", provider.id());
		}
	}

	private long offer(OrganisationSummary provider, String title, boolean fundable, int startInDays, String city,
			String district, String... skills) {
		// fundable needs AZAV and a course long enough (as the fundable offer of RecommendationIntegrationTests)
		long offer = fixtures.offer(provider, TrainingsFixtures.draft(title, fundable ? 200 : 16, fundable ? 3000 : 400,
				fundable, List.of(skills)));
		fixtures.run(offer, TrainingsFixtures.run(startInDays, city, district, 10));
		return offer;
	}

}
