package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.trainings.search.DurationClass;
import de.itas.platform.trainings.search.Places;

/** The rules for offers and runs, without Spring. */
class OfferRulesUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private static OfferDraft offer(BigDecimal hours, BigDecimal price, List<String> skills) {
		return new OfferDraft("CNC-Kurs", "Kurz", "", Format.PRESENCE, "", "de", hours, price, false, false, skills,
				List.of(), null, "", "", "");
	}

	private static List<String> fields(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::field).toList();
	}

	private static List<FieldProblem> check(OfferDraft offer) {
		return OfferRules.check(offer, uri -> uri.endsWith("/plc"), uri -> true, code -> code.equals("qualifizierung"));
	}

	private static RunDraft run(LocalDate start, LocalDate end, String district, Integer capacity) {
		return new RunDraft(start, end, "", false, "", "", "", "Zwickau", district, capacity);
	}

	@Test
	void aCompleteOfferPasses() {
		assertThat(check(offer(BigDecimal.valueOf(40), BigDecimal.ZERO, List.of("x/plc")))).isEmpty();
	}

	@Test
	void hoursMustBePositiveAndPricesNotNegative() {
		assertThat(fields(check(offer(BigDecimal.ZERO, BigDecimal.ONE, List.of())))).containsExactly("durationHours");
		assertThat(fields(check(offer(BigDecimal.valueOf(-1), BigDecimal.ONE, List.of())))).containsExactly("durationHours");
		assertThat(fields(check(offer(BigDecimal.ONE, BigDecimal.valueOf(-0.01), List.of())))).containsExactly("price");
		assertThat(fields(check(offer(BigDecimal.ONE, new BigDecimal("1.001"), List.of())))).containsExactly("price");
		assertThat(fields(check(offer(OfferRules.MAX_HOURS.add(BigDecimal.ONE), BigDecimal.ONE, List.of()))))
			.containsExactly("durationHours");
	}

	@Test
	void requiredFieldsAndUnknownTaxonomyEntriesAreNamed() {
		OfferDraft empty = new OfferDraft(" ", "", "", null, "", "xx", null, null, false, false, List.of("x/unknown"),
				List.of(), "nowhere", "", "no-mail", "");
		assertThat(fields(check(empty))).containsExactlyInAnyOrder("title", "summary", "format", "language",
				"durationHours", "price", "contactEmail", "skillUris", "actionFieldCode");
		assertThat(check(empty)).filteredOn(problem -> problem.field().equals("skillUris"))
			.extracting(FieldProblem::messageKey)
			.containsExactly("trainings.error.unknown-skill");
	}

	@Test
	void aRunEndsOnOrAfterItsStartAndDoesNotStartInThePast() {
		assertThat(OfferRules.check(run(TODAY, TODAY, "zwickau", 1), TODAY, code -> true)).isEmpty();
		assertThat(fields(OfferRules.check(run(TODAY.minusDays(1), TODAY, "zwickau", 1), TODAY, code -> true)))
			.containsExactly("startDate");
		assertThat(OfferRules.check(run(TODAY.plusDays(5), TODAY.plusDays(4), "zwickau", 1), TODAY, code -> true))
			.extracting(FieldProblem::messageKey)
			.containsExactly("trainings.error.end-before-start");
	}

	@Test
	void aRunInAPlaceNeedsAKnownDistrictAndAtLeastOnePlace() {
		assertThat(fields(OfferRules.check(run(TODAY, TODAY, "atlantis", 0), TODAY, code -> code.equals("zwickau"))))
			.containsExactlyInAnyOrder("districtCode", "capacity");
		RunDraft online = new RunDraft(TODAY, TODAY, "", true, "", "", "", "", null, 20);
		assertThat(OfferRules.check(online, TODAY, code -> false)).isEmpty();
	}

	@Test
	void durationClassesBorderAt40And120Hours() {
		assertThat(DurationClass.of(BigDecimal.valueOf(40))).isEqualTo(DurationClass.SHORT);
		assertThat(DurationClass.of(BigDecimal.valueOf(41))).isEqualTo(DurationClass.MEDIUM);
		assertThat(DurationClass.of(BigDecimal.valueOf(120))).isEqualTo(DurationClass.MEDIUM);
		assertThat(DurationClass.of(new BigDecimal("120.5"))).isEqualTo(DurationClass.LONG);
	}

	@Test
	void markdownIsRenderedAndScriptIsRemoved() {
		String html = Markdown.toSafeHtml("## Inhalt\n\n- **CNC**\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2)) "
				+ "[ok](https://example.org)\n\n<img src=x onerror=alert(3)>");
		assertThat(html).contains("<h2>Inhalt</h2>", "<strong>CNC</strong>", "href=\"https://example.org\"")
			.doesNotContain("<script", "href=\"javascript", "onerror");
	}

	@Test
	void distancesAreGreatCircleKilometres() {
		Places.Point zwickau = new Places.Point(50.718, 12.496);
		Places.Point chemnitz = new Places.Point(50.833, 12.919);
		assertThat(zwickau.kmTo(chemnitz)).isBetween(31.0, 34.0);
	}

	@Test
	void aRunMustFitTheOffersFormatAndHours() {
		RunDraft online = new RunDraft(TODAY, TODAY.plusDays(41), "", true, "", "", "", "", null, 12);
		RunDraft onSite = run(TODAY, TODAY.plusDays(41), "zwickau", 12);
		assertThat(OfferRules.fit(Format.PRESENCE, null, online)).extracting(FieldProblem::messageKey)
			.containsExactly("trainings.error.online-for-presence");
		assertThat(OfferRules.fit(Format.ONLINE, null, onSite)).extracting(FieldProblem::messageKey)
			.containsExactly("trainings.error.onsite-for-online");
		for (Format either : List.of(Format.HYBRID, Format.BLENDED)) {
			assertThat(OfferRules.fit(either, null, online)).isEmpty();
			assertThat(OfferRules.fit(either, null, onSite)).isEmpty();
		}
		// 42 days hold at most 420 hours; 421 cannot be taught in them
		assertThat(OfferRules.fit(Format.PRESENCE, BigDecimal.valueOf(420), onSite)).isEmpty();
		assertThat(OfferRules.fit(Format.PRESENCE, BigDecimal.valueOf(421), onSite)).extracting(FieldProblem::field)
			.containsExactly("endDate");
	}

	@Test
	void moreHoursThanFullTimeOnTheWorkingDaysIsAWarningAndAnOfferWithoutARunCannotBePublished() {
		// 21.11.2026 is a Saturday: six weeks hold 30 working days, 240 full-time hours
		RunDetails sixWeeks = new RunDetails(1, 1, TODAY, TODAY.plusDays(41), "Di und Do abends", false, null, null, null,
				"Zwickau", "zwickau", "Zwickau", 12, false, 0, 0, 0);
		assertThat(OfferRules.warnings(details(BigDecimal.valueOf(240), List.of(sixWeeks)), TODAY)).isEmpty();
		assertThat(OfferRules.warnings(details(BigDecimal.valueOf(360), List.of(sixWeeks)), TODAY))
			.singleElement()
			.satisfies(warning -> assertThat(warning.arguments()).containsExactly("21.11.2026", "360", 30L, 8));
		assertThat(OfferRules.publishable(details(BigDecimal.TEN, List.of()), TODAY)).extracting(FieldProblem::messageKey)
			.containsExactly("trainings.error.publish-without-run");
		RunDetails cancelled = new RunDetails(2, 1, TODAY, TODAY.plusDays(1), "", false, null, null, null, "Zwickau",
				"zwickau", "Zwickau", 12, true, 0, 0, 0);
		RunDetails ended = new RunDetails(3, 1, TODAY.minusDays(9), TODAY.minusDays(1), "", false, null, null, null,
				"Zwickau", "zwickau", "Zwickau", 12, false, 0, 0, 0);
		assertThat(OfferRules.publishable(details(BigDecimal.TEN, List.of(cancelled, ended)), TODAY)).hasSize(1);
		assertThat(OfferRules.publishable(details(BigDecimal.TEN, List.of(cancelled, sixWeeks)), TODAY)).isEmpty();
	}

	private static OfferDetails details(BigDecimal hours, List<RunDetails> runs) {
		return new OfferDetails(1, java.util.UUID.randomUUID(), "Anbieter", "Kurs", "Kurz", "", "", Format.PRESENCE, "",
				"de", hours, BigDecimal.ZERO, false, false, false, null, "", "", "", OfferStatus.DRAFT, 0, List.of(),
				List.of(), runs);
	}

}
