package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The charter with its demo versions and a chain of versions of the test's own: section identity through
 * import, next version and adoption, freezing, conflicts between two editors, refused imports, the public pages,
 * the comparison, the provenance (page and JSON) and who may edit.
 */
@PlatformTest
class CharterIntegrationTests {

	/** Major numbers of this class's own versions, far from the demo's (1.0–3.0) and random across runs. */
	private static final AtomicInteger MAJOR = new AtomicInteger(100 + new java.util.Random().nextInt(800));

	/** Minor number of this run, so that a kept test database does not already hold the numbers. */
	private static final int MINOR = new java.util.Random().nextInt(900);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Charter charter;

	@Autowired
	CharterImport imports;

	@Autowired
	Decisions decisions;

	@Autowired
	Links links;

	@Autowired
	Provenance provenance;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoCharterHasThreeVersionsWithATraceableSplitAndMerge() throws Exception {
		VersionSummary one = charter.version("1.0").orElseThrow();
		VersionSummary two = charter.version("2.0").orElseThrow();
		VersionSummary three = charter.version("3.0").orElseThrow();
		assertThat(one.status()).isEqualTo(VersionStatus.SUPERSEDED);
		assertThat(two.status()).isEqualTo(VersionStatus.ADOPTED);
		assertThat(three.status()).isEqualTo(VersionStatus.CONSULTATION);
		assertThat(three.consultationOpenAt(Instant.now())).isTrue();
		Map<UUID, String> anchors = charter.anchors();
		UUID mobility = id(anchors, "mobilitaet");
		UUID infrastructure = id(anchors, "infrastruktur");
		UUID recruiting = id(anchors, "fachkraefte");
		UUID skills = id(anchors, "qualifizierung");
		assertThat(charter.lineage(two.id())).containsEntry(mobility, List.of(infrastructure))
			.containsEntry(skills, List.of(recruiting));
		VersionComparison comparison = VersionComparison.of(one, charter.sections(one.id()), two,
				charter.sections(two.id()), charter.lineage(two.id()));
		assertThat(comparison.counts()).containsKeys(VersionComparison.Change.SPLIT, VersionComparison.Change.MERGED,
				VersionComparison.Change.MERGED_INTO, VersionComparison.Change.RENAMED, VersionComparison.Change.MOVED,
				VersionComparison.Change.CHANGED);
		// the same section identity reads in all three versions, renamed in 2.0
		UUID sustainability = id(anchors, "nachhaltigkeit");
		assertThat(charter.versionsWith(sustainability)).extracting(VersionSummary::number)
			.containsExactly("1.0", "2.0", "3.0");
		assertThat(charter.section(one.id(), sustainability).orElseThrow().heading()).isEqualTo("Nachhaltige Produktion");
		assertThat(charter.section(two.id(), sustainability).orElseThrow().heading())
			.isEqualTo("Nachhaltige und kreislauffähige Produktion");
	}

	@Test
	void aNextVersionKeepsIdentityAdoptionFreezesAndSupersedesOnlyItsOwnChain() throws Exception {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		String first = MAJOR.incrementAndGet() + "." + MINOR;
		VersionSummary base = imports.importVersion(first, "Testcharta", Phase.DRAFTING,
				"# Ziel {#z" + first.replace(".", "-") + "}\nText eins.\n## Weg\nText zwei.\n", null, coordinator.id());
		charter.adopt(base.id(), LocalDate.of(2024, 1, 10));
		String next = first.replace("." + MINOR, "." + (MINOR + 1));
		VersionSummary draft = charter.createNextVersion(first, next, "Testcharta neu", Phase.CONSOLIDATION,
				coordinator.id());
		assertThat(charter.sections(draft.id())).extracting(SectionView::sectionId)
			.containsExactlyElementsOf(charter.sections(base.id()).stream().map(SectionView::sectionId).toList());
		assertThatThrownBy(() -> charter.createNextVersion(first, first.replace("." + MINOR, "." + (MINOR + 2)), "Noch eine",
				Phase.CONSOLIDATION, coordinator.id()))
			.isInstanceOf(FieldProblems.class)
			.satisfies(ex -> assertThat(((FieldProblems) ex).problems().get(0).messageKey())
				.isEqualTo("governance.version.open-exists"));

		SectionView goal = charter.sections(draft.id()).get(0);
		charter.editSection(draft.id(), goal.sectionId(), "Ziel 2035", "Text eins, geschärft.", goal.revision(),
				coordinator.id());
		charter.adopt(draft.id(), LocalDate.of(2025, 2, 1));

		assertThat(charter.version(base.id()).orElseThrow().status()).isEqualTo(VersionStatus.SUPERSEDED);
		assertThat(charter.version("2.0").orElseThrow().status()).isEqualTo(VersionStatus.ADOPTED);
		assertThat(charter.section(base.id(), goal.sectionId()).orElseThrow().body()).isEqualTo("Text eins.");
		assertThatThrownBy(() -> charter.editSection(draft.id(), goal.sectionId(), "Später", "Später", 1,
				coordinator.id()))
			.isInstanceOf(FieldProblems.class)
			.satisfies(ex -> assertThat(((FieldProblems) ex).problems().get(0).messageKey())
				.isEqualTo("governance.version.not-draft"));
		assertThat(mvc.get().uri("/charta/{n}", first)).hasStatusOk().bodyText().contains("Text eins.");
	}

	@Test
	void theSecondOfTwoEditorsGetsAConflictWithBothTextsAndLosesNothing() throws Exception {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		VersionSummary draft = charter.createFirstVersion(MAJOR.incrementAndGet() + "." + MINOR, "Konflikt", Phase.DRAFTING);
		SectionView section = charter.addSection(draft.id(), null, "Abschnitt", "Anfang.", null, coordinator.id());
		charter.editSection(draft.id(), section.sectionId(), "Abschnitt", "Erste Fassung.", section.revision(),
				coordinator.id());

		MvcTestResult second = mvc.post()
			.uri("/charta/verwaltung/{n}/abschnitte/{s}", draft.number(), section.sectionId())
			.with(user(coordinator))
			.with(csrf())
			.param("heading", "Abschnitt")
			.param("body", "Zweite Fassung, parallel geschrieben.")
			.param("revision", Integer.toString(section.revision()))
			.exchange();
		assertThat(second).hasStatusOk();
		Document page = Jsoup.parse(second.getResponse().getContentAsString());
		assertThat(page.select(".conflict").text()).contains("Erste Fassung.");
		assertThat(page.select("textarea#body").text()).isEqualTo("Zweite Fassung, parallel geschrieben.");
		assertThat(page.select("input[name=revision]").val()).isEqualTo("1");
		assertThat(charter.section(draft.id(), section.sectionId()).orElseThrow().body()).isEqualTo("Erste Fassung.");

		assertThat(mvc.post()
			.uri("/charta/verwaltung/{n}/abschnitte/{s}", draft.number(), section.sectionId())
			.with(user(coordinator))
			.with(csrf())
			.param("heading", "Abschnitt")
			.param("body", "Zweite Fassung, nach dem Vergleich.")
			.param("revision", "1")).hasStatus(HttpStatus.FOUND);
		assertThat(charter.section(draft.id(), section.sectionId()).orElseThrow().body())
			.isEqualTo("Zweite Fassung, nach dem Vergleich.");
	}

	@Test
	void aBrokenImportIsRefusedWithItsLineAndNothingIsSaved() throws Exception {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		String number = MAJOR.incrementAndGet() + "." + MINOR;
		MvcTestResult refused = mvc.post()
			.uri("/charta/verwaltung/import")
			.with(user(coordinator))
			.with(csrf())
			.param("number", number)
			.param("title", "Kaputt")
			.param("phase", "DRAFTING")
			.param("text", "# Eins\nText\n### Drei Ebenen\n")
			.exchange();
		assertThat(refused).hasStatusOk();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select("#form-errors").text()).contains("Zeile 3");
		assertThat(page.select("textarea#text").text()).contains("### Drei Ebenen");
		assertThat(charter.version(number)).isEmpty();
	}

	@Test
	void visitorsReadTheCharterAndItsComparisonButOnlyTheCoordinationEdits() throws Exception {
		assertThat(mvc.get().uri("/charta/1.0")).hasStatusOk().bodyText().contains("abgelöst", "Industriekultur trifft Hightech");
		MvcTestResult compare = mvc.get().uri("/charta/vergleich?von=1.0&zu=2.0").exchange();
		assertThat(compare).hasStatusOk();
		Document page = Jsoup.parse(compare.getResponse().getContentAsString());
		assertThat(page.text()).contains("abgeteilt", "aufgegangen in einem anderen Abschnitt", "umbenannt", "verschoben");
		assertThat(page.select(".diff ins .visually-hidden").text()).contains("eingefügt:");
		assertThat(page.select(".diff del .visually-hidden").text()).contains("gelöscht:");
		assertThat(mvc.get().uri("/charta/9.9")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(mvc.get().uri("/charta/verwaltung")).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/charta/verwaltung").with(user(accounts.user(Role.EMPLOYEE))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/charta/verwaltung/3.0/entwurf").with(user(accounts.user(Role.ADVISOR))).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/charta/verwaltung").with(user(accounts.user(Role.COORDINATOR)))).hasStatusOk()
			.bodyText()
			.contains("3.0");
	}

	@Test
	void provenanceLeadsFromASectionToItsContributionsAndBack() throws Exception {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		VersionSummary draft = charter.createFirstVersion(MAJOR.incrementAndGet() + "." + MINOR, "Herkunft", Phase.DRAFTING);
		SectionView section = charter.addSection(draft.id(), null, "Mobilität", "Busse.", null, coordinator.id());
		UUID proposal = UUID.randomUUID();
		String code = "V-" + draft.number() + "-001";
		jdbc.sql("INSERT INTO governance.proposal (id, code, version_id, section_id, base_revision, base_heading, base_body, "
				+ "proposed_body, reason, created_at) VALUES (?, ?, ?, ?, 0, 'Mobilität', 'Busse.', 'Busse und Bahnen.', "
				+ "'Auch die Bahn zählt.', now())")
			.params(proposal, code, draft.id(), section.sectionId())
			.update();
		decisions.decide(ContributionKind.PROPOSAL, proposal, Outcome.ADOPTED, "Wir nehmen die Bahn auf.", null, null,
				coordinator.id(), null, "/charta/vorschlaege/" + code, code);
		links.link(ContributionKind.PROPOSAL, proposal, ContributionKind.SECTION, section.sectionId(), draft.id(),
				coordinator.id());

		Provenance.Trace why = provenance.why(draft.id(), section.sectionId());
		assertThat(why.contributions()).extracting(Provenance.Contribution::code).containsExactly(code);
		assertThat(why.contributions().get(0).decision().outcome()).isEqualTo(Outcome.ADOPTED);
		assertThat(provenance.whatBecameOf(ContributionKind.PROPOSAL, proposal).sections())
			.extracting(Provenance.SectionPlace::versionNumber)
			.containsExactly(draft.number());

		// a draft is the coordination's working copy: visitors do not see it, the coordination does
		assertThat(mvc.get().uri("/api/v1/governance/charter/{n}/provenance", draft.number()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/v1/governance/charter/{n}/provenance", draft.number()).with(user(coordinator)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.contributions[0].decision.outcome")
			.isEqualTo("ADOPTED");
		assertThat(mvc.get().uri("/charta/{n}/herkunft", draft.number()).with(user(coordinator))).hasStatusOk()
			.bodyText()
			.contains(code, "Wir nehmen die Bahn auf.");
	}

	@Test
	void theSiteSearchFindsSectionsOfTheCharterInForceButNotOfSupersededVersions() throws Exception {
		MvcTestResult result = mvc.get().uri("/api/v1/search?size=50&q=kreislauffähige&typ=charter").exchange();
		assertThat(result).hasStatusOk();
		String json = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> urls = com.jayway.jsonpath.JsonPath.read(json, "$.results[*].url");
		assertThat(urls).contains("/charta/2.0#nachhaltigkeit", "/charta/3.0#nachhaltigkeit")
			.noneMatch(url -> url.startsWith("/charta/1.0"));
		List<String> unrelated = com.jayway.jsonpath.JsonPath.read(
				mvc.get().uri("/api/v1/search?size=50&q=Verkehrswege&typ=charter").exchange().getResponse()
					.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.results[*].url");
		assertThat(unrelated).as("only 1.0 names Verkehrswege, and it is superseded").isEmpty();
	}

	@Autowired
	java.util.List<de.itas.platform.shared.privacy.PersonalData> personalData;

	@Test
	void erasingAMemberOfStaffKeepsTheHistoryWithoutNamingThem() throws Exception {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		VersionSummary draft = charter.createFirstVersion(MAJOR.incrementAndGet() + "." + MINOR, "Löschen", Phase.DRAFTING);
		SectionView section = charter.addSection(draft.id(), null, "Abschnitt", "Text.", null, coordinator.id());
		charter.editSection(draft.id(), section.sectionId(), "Abschnitt", "Neu.", 0, coordinator.id());
		UUID proposal = UUID.randomUUID();
		jdbc.sql("INSERT INTO governance.proposal (id, code, version_id, section_id, base_revision, base_heading, base_body, "
				+ "proposed_body, reason, created_at) VALUES (?, ?, ?, ?, 0, 'A', 'B', 'C', 'D', now())")
			.params(proposal, "V-" + draft.number() + "-001", draft.id(), section.sectionId())
			.update();
		decisions.decide(ContributionKind.PROPOSAL, proposal, Outcome.REJECTED, "Nein.", null, null, coordinator.id(),
				null, "/charta", "x");
		de.itas.platform.shared.privacy.PersonalData part = personalData.stream()
			.filter(p -> p.module().equals("governance-charter"))
			.findFirst()
			.orElseThrow();
		assertThat((Long) part.export(coordinator.id()).get("sectionEdits")).isPositive();
		assertThat((Long) part.export(coordinator.id()).get("decisions")).isPositive();

		part.erase(coordinator.id());

		assertThat(part.export(coordinator.id())).containsEntry("sectionEdits", 0L).containsEntry("decisions", 0L);
		assertThat(decisions.of(ContributionKind.PROPOSAL, proposal).orElseThrow().reason()).isEqualTo("Nein.");
	}

	private static UUID id(Map<UUID, String> anchors, String anchor) {
		return anchors.entrySet().stream().filter(e -> e.getValue().equals(anchor)).findFirst().orElseThrow().getKey();
	}

}
