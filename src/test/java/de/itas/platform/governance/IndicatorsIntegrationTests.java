package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.region.Region;
import de.itas.platform.shared.figures.Months;
import de.itas.platform.shared.region.RegionFolder;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The indicator register through its service and pages: the demo's computed indicators count what the other modules'
 * demo data holds, entered values need a second person, a signed-off snapshot never changes, a figure that cannot be
 * counted fails visibly, bad input is refused with nothing saved, and who may open what.
 */
@PlatformTest
class IndicatorsIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Counts made directly on the modules' tables, one per figure the demo's computed indicators use. */
	private static final Map<String, String> DIRECT = Map.of(
			"assessment.companies-checked", """
					SELECT coalesce(sum(n), 0) FROM (SELECT count(DISTINCT organisation_id) AS n FROM assessment.company_check
					WHERE status = 'COMPLETED' AND completed_at >= :start AND completed_at < :end
					GROUP BY date_trunc('month', completed_at AT TIME ZONE 'Europe/Berlin'), district_code) m""",
			"assessment.checks-completed", """
					SELECT count(*) FROM assessment.company_check
					WHERE status = 'COMPLETED' AND completed_at >= :start AND completed_at < :end""",
			"directory.profiles-published", """
					SELECT count(*) FROM directory.company_profile WHERE published_at >= :start AND published_at < :end""",
			"events.participants", """
					SELECT count(*) FROM events.registration r JOIN events.event e ON e.id = r.event_id
					WHERE e.starts_at >= :start AND e.starts_at < :end AND r.checked_in_at IS NOT NULL
					  AND e.status <> 'CANCELLED'""",
			"events.events-held", """
					SELECT count(*) FROM events.event e WHERE e.starts_at >= :start AND e.starts_at < :end
					  AND e.status IN ('OPEN', 'PLANNED') AND e.ends_at <= now()""",
			"governance.forum-inputs", """
					SELECT count(*) FROM governance.forum_input
					WHERE published AND created_at >= :start AND created_at < :end""");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorStore store;

	@Autowired
	IndicatorActuals actuals;

	@Autowired
	IndicatorsPersonalData personalData;

	@Autowired
	Region region;

	@Autowired
	RegionFolder regionFolder;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private PlatformUser demo(String login) {
		return (PlatformUser) users.loadUserByUsername(login + "@demo.itas.local");
	}

	private String field() {
		return region.actionFields().get(0).code();
	}

	private static int thisYear() {
		return LocalDate.now(BERLIN).getYear();
	}

	private IndicatorDraft draft(String key, IndicatorSource source, String figure, PeriodKind kind) {
		TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
		targets.put(2024, new BigDecimal("40"));
		targets.put(2025, new BigDecimal("50"));
		return new IndicatorDraft(key, "Testkennzahl " + key, "Zählt etwas zum Testen.", "Stück", 0, BigDecimal.ZERO,
				new BigDecimal("1000"), Direction.HIGHER, IndicatorCounted.ITEMS, null, null,
				region.actionFields().get(0).leadPartner().code(), field(), source, figure, kind, 2023, thisYear(), false,
				99, targets);
	}

	private IndicatorView entered(PlatformUser by) {
		String key = "test-" + System.nanoTime();
		return indicators.create(draft(key, IndicatorSource.ENTERED, null, PeriodKind.YEAR), by);
	}

	private static List<String> problems(Runnable action) {
		try {
			action.run();
		}
		catch (FieldProblems ex) {
			return ex.problems().stream().map(FieldProblem::messageKey).toList();
		}
		throw new AssertionError("Expected the input to be refused");
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ---- computed indicators

	@Test
	void eachComputedDemoIndicatorEqualsACountMadeDirectlyOnTheDemoData() {
		List<String> keys = IndicatorsDemoData.computedKeys(regionFolder);
		assertThat(keys).hasSizeGreaterThanOrEqualTo(5);
		for (String key : keys) {
			IndicatorView indicator = store.find(key).orElseThrow();
			assertThat(DIRECT).as("a direct count for " + indicator.figureKey()).containsKey(indicator.figureKey());
			long all = 0;
			for (int year = indicator.firstYear(); year <= Math.min(indicator.lastYear(), thisYear()); year++) {
				// the demo computed every year of its life at start and signed off the past ones
				List<SnapshotView> loaded = store.snapshots(key, year);
				assertThat(loaded).as(key + " " + year + " computed at start").isNotEmpty();
				if (year < thisYear()) {
					assertThat(loaded).as(key + " " + year + " signed off").anyMatch(SnapshotView::signedOff);
				}
				SnapshotView fresh = indicators.computeAs(indicator, year, null, "Test");
				long direct = jdbc.sql(DIRECT.get(indicator.figureKey()))
					.param("start", Months.startParameter(YearMonth.of(year, 1)))
					.param("end", Months.endParameter(YearMonth.of(year, 12)))
					.query(Long.class)
					.single();
				assertThat(fresh.total()).as(key + " in " + year).isEqualTo(direct);
				all += direct;
			}
			assertThat(all).as(key + " counts something in the demo data").isPositive();
		}
	}

	@Test
	void aSignedOffSnapshotNeverChangesAndRecomputingMakesANewOne() {
		PlatformUser coordination = accounts.user(Role.COORDINATOR);
		IndicatorView indicator = indicators.create(
				draft("test-snap-" + System.nanoTime(), IndicatorSource.COMPUTED, "governance.forum-inputs", PeriodKind.QUARTER),
				coordination);
		int year = thisYear() - 1;
		SnapshotView first = indicators.compute(indicator.key(), year, coordination);
		SnapshotView signed = indicators.signOffSnapshot(indicator.key(), first.id(), coordination);
		assertThat(signed.signedOff()).isTrue();
		assertThat(problems(() -> indicators.signOffSnapshot(indicator.key(), first.id(), coordination)))
			.containsExactly("governance.indicator.error.signed-already");

		SnapshotView second = indicators.compute(indicator.key(), year, coordination);
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.signedOff()).isFalse();
		SnapshotView again = store.snapshotById(first.id()).orElseThrow();
		assertThat(again.values()).isEqualTo(first.values());
		assertThat(again.computedAt()).isEqualTo(first.computedAt());
		assertThat(again.signedOffAt()).isEqualTo(signed.signedOffAt());
		// the signed-off snapshot stands for the year, not the newer one
		assertThat(indicators.current(indicator, year)).map(SnapshotView::id).contains(first.id());
		assertThat(store.snapshots(indicator.key(), year)).hasSize(2);
	}

	@Test
	void aFigureThatCannotBeCountedFailsVisiblyAndStoresNothing() {
		PlatformUser coordination = accounts.user(Role.COORDINATOR);
		String key = "test-broken-" + System.nanoTime();
		// the register refuses an unknown figure; a module that drops one leaves such an indicator behind
		assertThat(problems(() -> indicators.create(draft(key, IndicatorSource.COMPUTED, "nobody.nothing",
				PeriodKind.YEAR), coordination))).contains("governance.indicator.error.figure");
		IndicatorView valid = indicators.create(draft(key, IndicatorSource.COMPUTED, "governance.decisions", PeriodKind.YEAR),
				coordination);
		jdbc.sql("UPDATE governance.indicator SET figure_key = 'nobody.nothing' WHERE key = :key").param("key", key).update();

		MvcTestResult page = mvc.post()
			.uri("/steuerung/kennzahlen/{key}/berechnung", key)
			.param("jahr", Integer.toString(thisYear()))
			.with(user(coordination))
			.with(csrf())
			.exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("Berechnung fehlgeschlagen").contains("nobody.nothing");
		assertThat(store.snapshots(key, thisYear())).isEmpty();

		List<Indicators.Computation> all = indicators.computeAll(thisYear(), coordination);
		assertThat(all).filteredOn(c -> c.indicator().key().equals(key)).singleElement().satisfies(c -> {
			assertThat(c.failed()).isTrue();
			assertThat(c.failedFigure()).isEqualTo("nobody.nothing");
		});
		assertThat(all).as("the others are computed all the same").filteredOn(c -> !c.failed()).isNotEmpty();
		assertThat(valid.key()).isEqualTo(key);
		assertThat(store.snapshots(key, thisYear())).isEmpty();
		// the dashboard shows the year as not computed rather than as zero
		ActualTable table = actuals.table(store.find(key).orElseThrow(), thisYear(), thisYear());
		assertThat(table.missingYears()).containsExactly(thisYear());
		assertThat(actuals.year(store.find(key).orElseThrow(), thisYear()).value()).isNull();
		jdbc.sql("DELETE FROM governance.indicator WHERE key = :key").param("key", key).update();
	}

	// ---- entered values and four eyes

	@Test
	void signingOffAValueNeedsASecondPerson() {
		PlatformUser first = accounts.user(Role.COORDINATOR);
		PlatformUser second = accounts.user(Role.COORDINATOR, Role.ADMIN);
		IndicatorView indicator = entered(first);
		IndicatorValueView value = indicators.enter(indicator.key(), "2024", "", new BigDecimal("42"), "Liste", first);
		assertThat(value.provisional()).isTrue();

		assertThat(problems(() -> indicators.signOff(value.id(), value.version(), first)))
			.containsExactly("governance.indicator.error.own-value");
		assertThat(store.signOff(value.id(), value.version(), first.id(), "Test")).as("the store refuses as well").isFalse();
		assertThat(store.value(value.id()).orElseThrow().provisional()).isTrue();
		assertThat(indicators.queue(first)).filteredOn(q -> q.value().id().equals(value.id()))
			.singleElement()
			.satisfies(q -> assertThat(q.maySignOff()).isFalse());
		assertThat(indicators.queue(second)).filteredOn(q -> q.value().id().equals(value.id()))
			.singleElement()
			.satisfies(q -> assertThat(q.maySignOff()).isTrue());

		// through the page: the second person signs it off
		assertThat(mvc.post()
			.uri("/steuerung/freigaben/{id}", value.id())
			.param("version", Long.toString(value.version()))
			.with(user(second))
			.with(csrf())).hasStatus3xxRedirection();
		IndicatorValueView signed = store.value(value.id()).orElseThrow();
		assertThat(signed.provisional()).isFalse();
		assertThat(signed.signedOffBy()).isEqualTo(second.id());

		// a correction makes it provisional again, now entered by the one who corrected it
		IndicatorValueView corrected = indicators.correct(indicator.key(), value.id(), signed.version(),
				new BigDecimal("43"), "Liste, berichtigt", second);
		assertThat(corrected.provisional()).isTrue();
		assertThat(corrected.enteredBy()).isEqualTo(second.id());
		assertThat(problems(() -> indicators.signOff(value.id(), corrected.version(), second)))
			.containsExactly("governance.indicator.error.own-value");
		assertThat(indicators.signOff(value.id(), corrected.version(), first).provisional()).isFalse();
		// a stale correction is refused
		assertThat(problems(() -> indicators.correct(indicator.key(), value.id(), corrected.version(),
				new BigDecimal("44"), "alt", first))).containsExactly("governance.indicator.error.stale");
	}

	@Test
	void badValuesAreRefusedWithNothingSaved() {
		PlatformUser coordination = accounts.user(Role.COORDINATOR);
		IndicatorView indicator = entered(coordination);
		String key = indicator.key();
		assertThat(problems(() -> indicators.enter(key, "2024", "", new BigDecimal("1001"), "Liste", coordination)))
			.containsExactly("governance.indicator.error.out-of-range");
		assertThat(problems(() -> indicators.enter(key, "2024", "", new BigDecimal("-1"), "Liste", coordination)))
			.containsExactly("governance.indicator.error.out-of-range");
		assertThat(problems(() -> indicators.enter(key, "2024", "", new BigDecimal("1.5"), "Liste", coordination)))
			.containsExactly("governance.indicator.error.value-decimals");
		assertThat(problems(() -> indicators.enter(key, "2022", "", BigDecimal.TEN, "Liste", coordination)))
			.containsExactly("governance.indicator.error.period-life");
		assertThat(problems(() -> indicators.enter(key, "2024-Q1", "", BigDecimal.TEN, "Liste", coordination)))
			.containsExactly("governance.indicator.error.period-kind.year");
		assertThat(problems(() -> indicators.enter(key, "24", "", BigDecimal.TEN, "Liste", coordination)))
			.containsExactly("governance.indicator.error.period-form");
		assertThat(problems(() -> indicators.enter(key, "2024", "nowhere", BigDecimal.TEN, " ", coordination)))
			.containsExactlyInAnyOrder("governance.indicator.error.choose", "governance.indicator.error.required");
		assertThat(store.values(key, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).isEmpty();

		indicators.enter(key, "2024", "", BigDecimal.TEN, "Liste", coordination);
		assertThat(problems(() -> indicators.enter(key, "2024", "", BigDecimal.ONE, "Liste", coordination)))
			.containsExactly("governance.indicator.error.value-exists");
		assertThat(store.values(key, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).singleElement()
			.satisfies(v -> assertThat(v.value()).isEqualByComparingTo("10"));
	}

	@Test
	void aValueIsRefusedThroughTheFormWithTheMessageAtTheFieldAndTheInputKept() {
		PlatformUser coordination = accounts.user(Role.COORDINATOR);
		IndicatorView indicator = entered(coordination);
		MvcTestResult page = mvc.post()
			.uri("/steuerung/kennzahlen/{key}/werte", indicator.key())
			.param("period", "2024")
			.param("district", "")
			.param("value", "5000")
			.param("sourceNote", "Meine Quelle 4711")
			.with(user(coordination))
			.with(csrf())
			.exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("außerhalb des zulässigen Bereichs (0 bis 1000)")
			.contains("id=\"form-errors\"")
			.contains("value=\"5000\"")
			.contains("Meine Quelle 4711");
		assertThat(store.value(indicator.key(), Period.year(2024), null)).isEmpty();

		assertThat(mvc.post()
			.uri("/steuerung/kennzahlen/{key}/werte", indicator.key())
			.param("period", "2024")
			.param("district", region.districts().get(0).code())
			.param("value", "12")
			.param("sourceNote", "Liste")
			.with(user(coordination))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(store.value(indicator.key(), Period.year(2024), region.districts().get(0).code())).isPresent();
	}

	@Test
	void theRegisterRefusesAnIncompleteIndicatorAndKeepsWhatWasTyped() {
		PlatformUser coordination = accounts.user(Role.COORDINATOR);
		MvcTestResult page = mvc.post()
			.uri("/steuerung/kennzahlen/neu")
			.param("key", "Nicht Gültig")
			.param("title", "Mein Titel 815")
			.param("definition", "")
			.param("unit", "Stück")
			.param("decimals", "0")
			.param("counted", "ITEMS")
			.param("direction", "HIGHER")
			.param("source", "ENTERED")
			.param("periodKind", "YEAR")
			.param("firstYear", "2026")
			.param("lastYear", "2024")
			.param("actionFieldCode", field())
			.param("responsiblePartnerCode", region.actionFields().get(0).leadPartner().code())
			.param("targets", "2025: viel")
			.with(user(coordination))
			.with(csrf())
			.exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("Mein Titel 815").contains("Kleinbuchstaben, Ziffern und Bindestrichen");
		assertThat(body(page)).contains("kein Ziel");

		String key = "test-form-" + System.nanoTime();
		assertThat(mvc.post()
			.uri("/steuerung/kennzahlen/neu")
			.param("key", key)
			.param("title", "Mein Titel")
			.param("definition", "Was gezählt wird.")
			.param("unit", "%")
			.param("decimals", "1")
			.param("minValue", "0")
			.param("maxValue", "100")
			.param("counted", "QUANTITY")
			.param("direction", "LOWER")
			.param("source", "ENTERED")
			.param("periodKind", "QUARTER")
			.param("firstYear", "2024")
			.param("lastYear", "2026")
			.param("actionFieldCode", field())
			.param("responsiblePartnerCode", region.actionFields().get(0).leadPartner().code())
			.param("targets", "2025: 12,5\n2026 = 10")
			.param("publicIndicator", "true")
			.with(user(coordination))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/steuerung/kennzahlen/" + key);
		IndicatorView created = store.find(key).orElseThrow();
		assertThat(created.target(2025)).isEqualByComparingTo("12.5");
		assertThat(created.target(2026)).isEqualByComparingTo("10");
		assertThat(created.direction()).isEqualTo(Direction.LOWER);

		// a stale edit is refused
		IndicatorDraft change = draft(key, IndicatorSource.ENTERED, null, PeriodKind.QUARTER);
		indicators.update(key, created.version(), change, coordination);
		assertThat(problems(() -> indicators.update(key, created.version(), change, coordination)))
			.containsExactly("governance.indicator.error.stale");
	}

	// ---- access

	@Test
	void theDashboardIsPublicAndInternalIndicatorsAreNot() {
		IndicatorView internal = store.all().stream().filter(i -> !i.isPublic()).findFirst().orElseThrow();
		IndicatorView published = store.all().stream().filter(IndicatorView::isPublic).findFirst().orElseThrow();
		MvcTestResult dashboard = mvc.get().uri("/kennzahlen").exchange();
		assertThat(dashboard).hasStatusOk();
		assertThat(body(dashboard)).contains(published.title()).doesNotContain(internal.title())
			.contains("data-indicator-chart").contains("<caption");
		assertThat(mvc.get().uri("/kennzahlen/{key}", published.key())).hasStatusOk();
		assertThat(mvc.get().uri("/kennzahlen/{key}", internal.key())).hasStatus(404);
		assertThat(mvc.get().uri("/kennzahlen/{key}", "gibt-es-nicht")).hasStatus(404);
		assertThat(mvc.get().uri("/kennzahlen/{key}", internal.key()).with(user(accounts.user(Role.COORDINATOR))))
			.hasStatusOk();
		// filters
		String district = region.districts().get(0).code();
		MvcTestResult filtered = mvc.get()
			.uri("/kennzahlen?handlungsfeld={f}&landkreis={d}&jahr={y}", published.actionFieldCode(), district,
					Integer.toString(thisYear() - 1))
			.exchange();
		assertThat(filtered).hasStatusOk();
		assertThat(body(filtered)).contains(region.districts().get(0).name()).contains(published.title());
		assertThat(mvc.get().uri("/kennzahlen?jahr=kaputt&landkreis=nirgends")).hasStatusOk();
		MvcTestResult english = mvc.get().uri("/kennzahlen/{key}?lang=en", published.key()).exchange();
		assertThat(english).hasStatusOk();
		assertThat(body(english)).contains("Target and actual per year").doesNotContain("??");
	}

	@Test
	void everyDemoIndicatorPageOpens() {
		PlatformUser coordination = accounts.user(Role.COORDINATOR);
		for (IndicatorView indicator : store.all()) {
			MvcTestResult page = mvc.get().uri("/kennzahlen/{key}", indicator.key()).with(user(coordination)).exchange();
			assertThat(page).as(indicator.key()).hasStatusOk();
			assertThat(body(page)).contains(indicator.title())
				.contains("Ziel und Ist je Jahr")
				.contains("<th scope=\"row\">" + region.districts().get(0).name() + "</th>")
				.contains("<th scope=\"col\" class=\"num\">" + region.districts().get(0).name() + "</th>");
		}
	}

	@Test
	void theInternalPagesAnswerOnlyThoseWhoSteerTheField() {
		PlatformUser lead = demo("beraterin.ihk");
		String leadField = "industriepolitik";
		assertThat(region.actionField(leadField)).as("the demo region has the field of the chamber").isPresent();
		IndicatorView own = store.all().stream().filter(i -> i.actionFieldCode().equals(leadField)).findFirst().orElseThrow();
		IndicatorView other = store.all().stream().filter(i -> !i.actionFieldCode().equals(leadField)).findFirst()
			.orElseThrow();

		assertThat(mvc.get().uri("/steuerung/kennzahlen")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/steuerung/freigaben")).hasStatus3xxRedirection();
		PlatformUser employee = accounts.user(Role.EMPLOYEE);
		assertThat(mvc.get().uri("/steuerung/kennzahlen").with(user(employee))).hasStatus(404);
		assertThat(mvc.get().uri("/steuerung/freigaben").with(user(employee))).hasStatus(404);
		assertThat(mvc.get().uri("/steuerung/kennzahlen/{key}", own.key()).with(user(employee))).hasStatus(404);

		MvcTestResult register = mvc.get().uri("/steuerung/kennzahlen").with(user(lead)).exchange();
		assertThat(register).hasStatusOk();
		assertThat(body(register)).contains(own.title()).doesNotContain(">" + other.title() + "<");
		assertThat(mvc.get().uri("/steuerung/kennzahlen/{key}", own.key()).with(user(lead))).hasStatusOk();
		assertThat(mvc.get().uri("/steuerung/kennzahlen/{key}", other.key()).with(user(lead))).hasStatus(404);
		String work = other.computed() ? "berechnung" : "werte";
		assertThat(mvc.get().uri("/steuerung/kennzahlen/{key}/" + work, other.key()).with(user(lead))).hasStatus(404);
		assertThat(mvc.get().uri("/steuerung/freigaben").with(user(lead))).hasStatusOk();

		PlatformUser coordination = demo("koordination");
		for (IndicatorView indicator : store.all()) {
			String path = indicator.computed() ? "berechnung" : "werte";
			assertThat(mvc.get().uri("/steuerung/kennzahlen/{key}/" + path, indicator.key()).with(user(coordination)))
				.as(indicator.key())
				.hasStatusOk();
		}
		assertThat(mvc.get().uri("/steuerung/kennzahlen/neu").with(user(coordination))).hasStatusOk();
		MvcTestResult queue = mvc.get().uri("/steuerung/freigaben").with(user(coordination)).exchange();
		assertThat(queue).hasStatusOk();
		assertThat(body(queue)).contains("aria-label=\"Freigeben: ");

		// a value of another field cannot be signed off by the lead
		IndicatorValueView foreign = store.provisional(List.of(other.key())).stream().findFirst().orElse(null);
		if (foreign != null) {
			assertThatThrownBy(() -> indicators.signOff(foreign.id(), foreign.version(), lead))
				.isInstanceOf(UnknownIndicatorException.class);
		}
	}

	// ---- personal data

	@Test
	void aPersonsValuesAreExportedAndKeptWithoutThemOnErasure() {
		PlatformUser coordination = accounts.user(Role.COORDINATOR);
		PlatformUser person = accounts.user(Role.COORDINATOR, Role.ADMIN);
		IndicatorView indicator = entered(coordination);
		IndicatorValueView value = indicators.enter(indicator.key(), "2025", "", new BigDecimal("7"), "Liste", coordination);
		indicators.signOff(value.id(), value.version(), person);
		IndicatorView computed = indicators.create(
				draft("test-pd-" + System.nanoTime(), IndicatorSource.COMPUTED, "governance.forum-inputs", PeriodKind.YEAR),
				coordination);
		SnapshotView snapshot = indicators.compute(computed.key(), 2024, person);

		Map<String, Object> export = personalData.export(person.id());
		assertThat((List<?>) export.get("indicatorValues")).anySatisfy(row -> {
			Map<?, ?> map = (Map<?, ?>) row;
			assertThat(map.get("indicator")).isEqualTo(indicator.key());
			assertThat(map.get("signedOffByYou")).isEqualTo(true);
		});
		assertThat((List<?>) export.get("indicatorSnapshots")).anySatisfy(row -> {
			Map<?, ?> map = (Map<?, ?>) row;
			assertThat(map.get("indicator")).isEqualTo(computed.key());
			assertThat(map.get("computedByYou")).isEqualTo(true);
		});

		personalData.erase(person.id());
		IndicatorValueView kept = store.value(value.id()).orElseThrow();
		assertThat(kept.value()).isEqualByComparingTo("7");
		assertThat(kept.signedOffBy()).isNull();
		assertThat(kept.signedOffByName()).isEqualTo(IndicatorsPersonalData.ERASED);
		assertThat(kept.provisional()).isFalse();
		assertThat(store.snapshotById(snapshot.id()).orElseThrow().computedByName()).isEqualTo(IndicatorsPersonalData.ERASED);
		assertThat((List<?>) personalData.export(person.id()).get("indicatorValues")).isEmpty();
	}

}
