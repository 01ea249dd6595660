package de.itas.platform.networking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.itas.platform.directory.ProductGroup;

/** The matching's rules and the reasons it gives, without a database. */
class MatchingUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	/** Two districts 40 km apart, a third 120 km away. */
	private final Matching matching = new Matching((a, b) -> {
		if (a.equals(b)) {
			return OptionalInt.of(0);
		}
		if (Set.of(a, b).equals(Set.of("nord", "sued"))) {
			return OptionalInt.of(40);
		}
		return OptionalInt.of(120);
	}, TODAY);

	private static Matching.Candidate post(PostKind kind, PostDirection direction, List<String> capabilities,
			Set<ProductGroup> groups, List<String> codes, String district) {
		return new Matching.Candidate(UUID.randomUUID(), UUID.randomUUID(), kind, direction, capabilities, groups, codes,
				List.of(district), TODAY.plusMonths(2), true);
	}

	@Test
	void freeCapacityOfferedMatchesCapacityWantedBothWaysWithNamedReasons() {
		Matching.Candidate offer = post(PostKind.FREE_CAPACITY, PostDirection.OFFER, List.of("CNC-Fräsen", "Härten"),
				Set.of(ProductGroup.DRIVETRAIN_CHASSIS), List.of("25.62.0"), "nord");
		Matching.Candidate request = post(PostKind.FREE_CAPACITY, PostDirection.REQUEST, List.of("cnc-fräsen", "Gießen"),
				Set.of(ProductGroup.DRIVETRAIN_CHASSIS, ProductGroup.BODY), List.of("25.62.0"), "sued");

		List<Matching.Match> forRequest = matching.matches(request, List.of(offer, request), List.of());
		assertThat(forRequest).singleElement().satisfies(match -> {
			assertThat(match.id()).isEqualTo(offer.id());
			assertThat(match.reasons()).extracting(Matching.Reason::key)
				.containsExactly("networking.exchange.reason.complementary-offer", "networking.exchange.reason.capabilities",
						"networking.exchange.reason.industry-class", "networking.exchange.reason.product-groups",
						"networking.exchange.reason.distance");
			assertThat(match.reasons().get(1).args()).containsExactly("cnc-fräsen");
			assertThat(match.reasons().get(2).args()).containsExactly("25.62");
			assertThat(match.reasons().get(3).args()).containsExactly(List.of(ProductGroup.DRIVETRAIN_CHASSIS));
			assertThat(match.reasons().get(4).args().get(0)).isEqualTo(40);
			assertThat(match.km()).isEqualTo(40);
		});
		assertThat(matching.matches(offer, List.of(offer, request), List.of())).singleElement()
			.satisfies(match -> assertThat(match.reasons().get(0).key())
				.isEqualTo("networking.exchange.reason.complementary-request"));
	}

	@Test
	void successionOfferedMatchesATakeoverWanted() {
		Matching.Candidate offer = post(PostKind.SUCCESSION, PostDirection.OFFER, List.of(), Set.of(), List.of(), "nord");
		Matching.Candidate request = post(PostKind.SUCCESSION, PostDirection.REQUEST, List.of(), Set.of(), List.of(), "nord");
		assertThat(matching.matches(offer, List.of(request), List.of())).singleElement().satisfies(match -> assertThat(
				match.reasons()).extracting(Matching.Reason::key).contains("networking.exchange.reason.same-district"));
	}

	@Test
	void otherKindsAndTheSameDirectionAreNotMatched() {
		Matching.Candidate offer = post(PostKind.FREE_CAPACITY, PostDirection.OFFER, List.of("CNC-Fräsen"), Set.of(),
				List.of(), "nord");
		Matching.Candidate otherKind = post(PostKind.TECHNOLOGY, PostDirection.REQUEST, List.of("CNC-Fräsen"), Set.of(),
				List.of(), "nord");
		Matching.Candidate sameDirection = post(PostKind.FREE_CAPACITY, PostDirection.OFFER, List.of("CNC-Fräsen"),
				Set.of(), List.of(), "nord");
		assertThat(matching.matches(offer, List.of(otherKind, sameDirection), List.of())).isEmpty();
	}

	@Test
	void ownOrganisationExpiredAndHiddenPostsAreExcluded() {
		Matching.Candidate offer = post(PostKind.FREE_CAPACITY, PostDirection.OFFER, List.of(), Set.of(), List.of(), "nord");
		Matching.Candidate own = new Matching.Candidate(UUID.randomUUID(), offer.organisationId(), PostKind.FREE_CAPACITY,
				PostDirection.REQUEST, List.of(), Set.of(), List.of(), List.of("nord"), TODAY.plusDays(5), true);
		Matching.Candidate expired = new Matching.Candidate(UUID.randomUUID(), UUID.randomUUID(), PostKind.FREE_CAPACITY,
				PostDirection.REQUEST, List.of(), Set.of(), List.of(), List.of("nord"), TODAY.minusDays(1), true);
		Matching.Candidate hidden = new Matching.Candidate(UUID.randomUUID(), UUID.randomUUID(), PostKind.FREE_CAPACITY,
				PostDirection.REQUEST, List.of(), Set.of(), List.of(), List.of("nord"), TODAY.plusDays(5), false);
		Matching.CompanyCandidate ownCompany = new Matching.CompanyCandidate(offer.organisationId(), List.of("X"), Set.of(),
				null, "nord");
		assertThat(matching.matches(offer, List.of(own, expired, hidden), List.of(ownCompany))).isEmpty();
	}

	@Test
	void companiesFitByCapabilitiesOrIndustryAndTheBestFitComesFirst() {
		Matching.Candidate request = post(PostKind.FREE_CAPACITY, PostDirection.REQUEST, List.of("Druckguss", "CNC-Fräsen"),
				Set.of(), List.of("24.53.0"), "nord");
		Matching.CompanyCandidate near = new Matching.CompanyCandidate(UUID.randomUUID(), List.of("Druckguss"), Set.of(),
				null, "nord");
		Matching.CompanyCandidate both = new Matching.CompanyCandidate(UUID.randomUUID(),
				List.of("Druckguss", "CNC-Fräsen"), Set.of(), "24.53.0", "weit");
		Matching.CompanyCandidate unrelated = new Matching.CompanyCandidate(UUID.randomUUID(), List.of("Lackieren"),
				Set.of(), "62.01.9", "nord");
		Matching.Candidate weakPost = post(PostKind.FREE_CAPACITY, PostDirection.OFFER, List.of(), Set.of(), List.of(),
				"weit");

		List<Matching.Match> matches = matching.matches(request, List.of(weakPost), List.of(near, both, unrelated));
		assertThat(matches).extracting(Matching.Match::id).containsExactly(both.organisationId(), near.organisationId(),
				weakPost.id());
		// near and the complementary post far away score the same; the nearer one comes first
		assertThat(matches.get(1).score()).isEqualTo(matches.get(2).score());
		assertThat(matches.get(0).reasons()).extracting(Matching.Reason::key)
			.containsExactly("networking.exchange.reason.company", "networking.exchange.reason.capabilities",
					"networking.exchange.reason.industry-class", "networking.exchange.reason.distance");
		assertThat(matches.get(0).reasons().get(1).args()).containsExactly("Druckguss, CNC-Fräsen");
	}

}
