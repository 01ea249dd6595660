package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.region.Region;
import de.itas.platform.shared.search.SiteSearch;
import de.itas.platform.shared.search.SiteSearchResult;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.NotFoundException;

/**
 * Projects and measures through the service and the pages: creation with the level and field rules, progress
 * with its range, comment and roll-up to every computed ancestor, stale saves, milestones, links, deletion, who
 * may open what, the public pages, the search and the personal data of the timeline; and the demo data.
 */
@PlatformTest
class MeasuresIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Measures measures;

	@Autowired
	MeasureStore store;

	@Autowired
	SteeringAccess access;

	@Autowired
	Region region;

	@Autowired
	UserDetailsService users;

	@Autowired
	SiteSearch search;

	@Autowired
	Charter charter;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeasuresPersonalData personalData;

	@Autowired
	de.itas.platform.shared.region.RegionFolder folder;

	/** A demo lead of one action field (the staff of the partner that leads it). */
	private PlatformUser lead() {
		return (PlatformUser) users.loadUserByUsername("beraterin.ihk@demo.itas.local");
	}

	/** A demo lead of another action field. */
	private PlatformUser otherLead() {
		return (PlatformUser) users.loadUserByUsername("berater.aa@demo.itas.local");
	}

	private String fieldOf(PlatformUser person) {
		Set<String> fields = access.fields(person);
		assertThat(fields).as("the demo person leads an action field").hasSize(1);
		return fields.iterator().next();
	}

	private static String unique(String title) {
		return title + " " + System.nanoTime();
	}

	private MeasureDraft draft(String title, ProgressMode mode, int weight, boolean isPublic) {
		return new MeasureDraft(title, "Beschreibung " + title, region.partners().get(0).code(), "Auftragnehmer A\nAuftragnehmer B",
				EnumSet.of(MeasureTargetGroup.COMPANIES), List.of(region.districts().get(0).code()),
				LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null, mode, weight, isPublic);
	}

	private MeasureView create(PlatformUser by, String field, @Nullable MeasureView parent, String title,
			ProgressMode mode, int weight) {
		return measures.create(by, field, parent == null ? null : parent.id(), draft(title, mode, weight, true), "");
	}

	private MeasureView reload(MeasureView measure) {
		return store.find(measure.id()).orElseThrow();
	}

	private static List<String> problemKeys(FieldProblems ex) {
		return ex.problems().stream().map(FieldProblem::messageKey).toList();
	}

	@Test
	void progressRollsUpThroughEveryComputedLevelWithATimelineEntryEach() {
		PlatformUser lead = lead();
		String field = fieldOf(lead);
		MeasureView project = create(lead, field, null, unique("Projekt"), ProgressMode.WEIGHTED, 1);
		MeasureView light = create(lead, field, project, unique("Leicht"), ProgressMode.ENTERED, 1);
		MeasureView heavy = create(lead, field, project, unique("Schwer"), ProgressMode.AVERAGE, 3);
		MeasureView leafA = create(lead, field, heavy, unique("Blatt A"), ProgressMode.ENTERED, 1);
		MeasureView leafB = create(lead, field, heavy, unique("Blatt B"), ProgressMode.ENTERED, 1);
		assertThat(project.level()).isEqualTo(1);
		assertThat(leafA.level()).isEqualTo(3);

		measures.progress(lead, light.id(), reload(light).version(), 100, MeasureStatus.DONE, "Fertig");
		measures.progress(lead, leafA.id(), reload(leafA).version(), 10, MeasureStatus.RUNNING, "Begonnen");
		measures.progress(lead, leafB.id(), reload(leafB).version(), 30, MeasureStatus.RUNNING, "Unterwegs");

		// heavy: (10 + 30) / 2 = 20; project: (100 * 1 + 20 * 3) / 4 = 40
		assertThat(reload(heavy).progress()).isEqualTo(20);
		assertThat(reload(project).progress()).isEqualTo(40);
		assertThat(store.history(project.id())).extracting(MeasureHistoryEntry::progress).contains(40);
		assertThat(store.history(project.id()).get(0).comment()).contains(leafB.title()).contains("Unterwegs");
		assertThat(store.history(leafB.id()).get(0).comment()).isEqualTo("Unterwegs");
		assertThat(store.history(leafB.id()).get(0).authorName()).isEqualTo(lead.getDisplayName());

		// a changed weight rolls up too: heavy now counts once, (100 + 20) / 2 = 60
		MeasureView heavyNow = reload(heavy);
		measures.edit(lead, heavy.id(), heavyNow.version(), draft(heavyNow.title(), ProgressMode.AVERAGE, 1, true));
		assertThat(reload(project).progress()).isEqualTo(60);

		// deleting a leaf rolls its parent up again: heavy is now 30, project (100 + 30) / 2 = 65
		measures.delete(lead, leafA.id(), reload(leafA).version());
		assertThat(store.find(leafA.id())).isEmpty();
		assertThat(reload(heavy).progress()).isEqualTo(30);
		assertThat(reload(project).progress()).isEqualTo(65);
	}

	@Test
	void aFourthLevelAChildInAnotherFieldAndComputedLeavesAreRefused() {
		PlatformUser coordination = accounts.user(Role.COORDINATOR);
		List<String> fields = region.actionFields().stream().map(f -> f.code()).toList();
		MeasureView project = create(coordination, fields.get(0), null, unique("Projekt"), ProgressMode.AVERAGE, 1);
		MeasureView measure = create(coordination, fields.get(0), project, unique("Maßnahme"), ProgressMode.AVERAGE, 1);
		MeasureView leaf = create(coordination, fields.get(0), measure, unique("Teil"), ProgressMode.ENTERED, 1);

		assertThatThrownBy(() -> create(coordination, fields.get(0), leaf, unique("Zu tief"), ProgressMode.ENTERED, 1))
			.isInstanceOfSatisfying(FieldProblems.class,
					ex -> assertThat(problemKeys(ex)).contains("governance.measure.parent.too-deep"));
		assertThatThrownBy(() -> create(coordination, fields.get(1), project, unique("Fremd"), ProgressMode.ENTERED, 1))
			.isInstanceOfSatisfying(FieldProblems.class,
					ex -> assertThat(problemKeys(ex)).contains("governance.measure.parent.other-field"));
		assertThatThrownBy(() -> create(coordination, fields.get(0), measure, unique("Berechnet"), ProgressMode.AVERAGE, 1))
			.isInstanceOfSatisfying(FieldProblems.class,
					ex -> assertThat(ex.fields()).containsExactly("progressMode"));
		assertThat(store.children(leaf.id())).isEmpty();
		assertThat(store.children(measure.id())).extracting(MeasureView::id).containsExactly(leaf.id());
	}

	@Test
	void progressOverOneHundredIsRefusedOnThePageAndNothingIsSaved() {
		PlatformUser lead = lead();
		MeasureView measure = create(lead, fieldOf(lead), null, unique("Bereich"), ProgressMode.ENTERED, 1);
		int entries = store.history(measure.id()).size();

		MvcTestResult refused = mvc.post().uri("/steuerung/massnahmen/" + measure.id() + "/fortschritt").with(csrf())
			.with(user(lead)).param("progress", "101").param("status", "RUNNING")
			.param("comment", "Mein Kommentar bleibt stehen").param("version", String.valueOf(measure.version()))
			.exchange();
		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText().contains("Der Fortschritt muss zwischen 0 und 100 % liegen.")
			.contains("Mein Kommentar bleibt stehen").contains("form-errors");
		assertThat(reload(measure).progress()).isZero();
		assertThat(reload(measure).version()).isEqualTo(measure.version());
		assertThat(store.history(measure.id())).hasSize(entries);

		MvcTestResult noComment = mvc.post().uri("/steuerung/massnahmen/" + measure.id() + "/fortschritt").with(csrf())
			.with(user(lead)).param("progress", "40").param("status", "RUNNING").param("comment", " ")
			.param("version", String.valueOf(measure.version())).exchange();
		assertThat(noComment).bodyText().contains("Bitte schreiben Sie einen Kommentar");
		assertThat(reload(measure).progress()).isZero();

		MvcTestResult notANumber = mvc.post().uri("/steuerung/massnahmen/" + measure.id() + "/fortschritt").with(csrf())
			.with(user(lead)).param("progress", "viel").param("status", "RUNNING").param("comment", "x")
			.param("version", String.valueOf(measure.version())).exchange();
		assertThat(notANumber).bodyText().contains("Bitte geben Sie eine ganze Zahl ein");

		MvcTestResult saved = mvc.post().uri("/steuerung/massnahmen/" + measure.id() + "/fortschritt").with(csrf())
			.with(user(lead)).param("progress", "45").param("status", "RUNNING").param("comment", "Gut vorangekommen")
			.param("version", String.valueOf(measure.version())).exchange();
		assertThat(saved).hasRedirectedUrl("/massnahmen/" + measure.id());
		assertThat(reload(measure).progress()).isEqualTo(45);
		assertThat(reload(measure).status()).isEqualTo(MeasureStatus.RUNNING);
		assertThat(store.history(measure.id())).hasSize(entries + 1);
	}

	@Test
	void aStaleSaveIsRefusedAndComputedProgressCannotBeTyped() {
		PlatformUser lead = lead();
		String field = fieldOf(lead);
		MeasureView project = create(lead, field, null, unique("Projekt"), ProgressMode.AVERAGE, 1);
		MeasureView child = create(lead, field, project, unique("Kind"), ProgressMode.ENTERED, 1);
		long seen = child.version();
		measures.progress(lead, child.id(), seen, 20, MeasureStatus.RUNNING, "Erster");
		assertThatThrownBy(() -> measures.progress(lead, child.id(), seen, 30, MeasureStatus.RUNNING, "Zweiter"))
			.isInstanceOfSatisfying(FieldProblems.class,
					ex -> assertThat(problemKeys(ex)).containsExactly("governance.measure.stale"));
		assertThat(reload(child).progress()).isEqualTo(20);

		assertThatThrownBy(() -> measures.progress(lead, project.id(), reload(project).version(), 90,
				MeasureStatus.RUNNING, "Von Hand"))
			.isInstanceOfSatisfying(FieldProblems.class,
					ex -> assertThat(problemKeys(ex)).containsExactly("governance.measure.progress.computed"));
		// status and comment of a computed measure do change; its progress stays the computed one
		measures.progress(lead, project.id(), reload(project).version(), null, MeasureStatus.SUSPENDED, "Pause");
		assertThat(reload(project).status()).isEqualTo(MeasureStatus.SUSPENDED);
		assertThat(reload(project).progress()).isEqualTo(20);
	}

	@Test
	void leadsEditOnlyTheirFieldAndOthersGetNotFound() {
		PlatformUser lead = lead();
		PlatformUser other = otherLead();
		PlatformUser nobody = accounts.person(unique("Ohne Handlungsfeld"));
		MeasureView measure = create(lead, fieldOf(lead), null, unique("Eigenes"), ProgressMode.ENTERED, 1);
		String page = "/steuerung/massnahmen/" + measure.id();

		assertThat(mvc.get().uri(page).with(user(lead)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri(page + "/fortschritt").with(user(accounts.user(Role.COORDINATOR))).exchange()).hasStatusOk();
		assertThat(mvc.get().uri(page).with(user(other)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(page + "/fortschritt").with(user(other)).exchange()).hasStatus(404);
		assertThat(mvc.post().uri(page + "/fortschritt").with(csrf()).with(user(other)).param("progress", "50")
			.param("status", "RUNNING").param("comment", "fremd").param("version", String.valueOf(measure.version()))
			.exchange()).hasStatus(404);
		assertThat(reload(measure).progress()).isZero();
		assertThat(mvc.get().uri(page).with(user(nobody)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/steuerung").with(user(nobody)).exchange()).hasStatus(404);
		// advisors reach the page from the navigation: an advisor whose organisation leads no field gets an
		// explanation, not a dead end
		assertThat(mvc.get().uri("/steuerung").with(user(accounts.user(Role.ADVISOR))).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/steuerung/massnahmen/neu?handlungsfeld=" + fieldOf(lead)).with(user(other)).exchange())
			.hasStatus(404);
		assertThatThrownBy(() -> measures.create(other, fieldOf(lead), null, draft("x", ProgressMode.ENTERED, 1, true), ""))
			.isInstanceOf(NotFoundException.class);
		MvcTestResult visitor = mvc.get().uri("/steuerung").exchange();
		assertThat(visitor.getResponse().getStatus()).isEqualTo(302);
		assertThat(visitor.getResponse().getRedirectedUrl()).contains("/login");

		MvcTestResult home = mvc.get().uri("/steuerung").with(user(lead)).exchange();
		assertThat(home).hasStatusOk();
		assertThat(home).bodyText().contains(measure.title()).contains("/steuerung/kennzahlen")
			.contains("/steuerung/freigaben").contains("/steuerung/bericht");
		assertThat(mvc.get().uri("/steuerung").with(user(other)).exchange()).bodyText().doesNotContain(measure.title());
	}

	@Test
	void theLeadCreatesAProjectThroughTheFormAndRefusedInputIsKept() {
		PlatformUser lead = lead();
		String field = fieldOf(lead);
		String title = unique("Formularprojekt");
		MvcTestResult refused = mvc.post().uri("/steuerung/massnahmen/neu?handlungsfeld=" + field).with(csrf())
			.with(user(lead)).param("title", title).param("leadPartnerCode", region.partners().get(0).code())
			.param("startsOn", "2025-05-01").param("endsOn", "2025-01-01").param("budgetEuro", "-5")
			.param("progressMode", "ENTERED").param("weight", "1").param("isPublic", "true").exchange();
		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText().contains("Das Ende darf nicht vor dem Beginn liegen.")
			.contains("Das Budget muss ein Betrag ab 0 Euro").contains(title);
		assertThat(jdbc.sql("SELECT count(*) FROM governance.measure WHERE title = ?").param(title).query(Long.class).single())
			.isZero();

		MvcTestResult created = mvc.post().uri("/steuerung/massnahmen/neu?handlungsfeld=" + field).with(csrf())
			.with(user(lead)).param("title", title).param("leadPartnerCode", region.partners().get(0).code())
			.param("startsOn", "2025-01-01").param("endsOn", "2025-12-31").param("budgetEuro", "125.000,50")
			.param("targetGroups", "COMPANIES", "EMPLOYEES").param("districtCodes", region.districts().get(0).code())
			.param("progressMode", "AVERAGE").param("weight", "2").param("isPublic", "true")
			.param("comment", "Beschlossen im Lenkungskreis").exchange();
		MeasureView project = jdbc.sql("SELECT m.* FROM governance.measure m WHERE title = ?").param(title)
			.query(MeasureStore::measure).single();
		assertThat(created).hasRedirectedUrl("/massnahmen/" + project.id());
		assertThat(project.budgetEuro()).isEqualByComparingTo("125000.50");
		assertThat(project.targetGroups()).containsExactlyInAnyOrder(MeasureTargetGroup.COMPANIES, MeasureTargetGroup.EMPLOYEES);
		assertThat(project.progressMode()).isEqualTo(ProgressMode.AVERAGE);
		assertThat(project.status()).isEqualTo(MeasureStatus.PLANNED);
		assertThat(store.history(project.id())).extracting(MeasureHistoryEntry::comment)
			.containsExactly("Beschlossen im Lenkungskreis");
	}

	@Test
	void thePublicPagesShowPublicMeasuresWithTheirTimelineAndHideInternalOnes() {
		PlatformUser lead = lead();
		String field = fieldOf(lead);
		MeasureView shown = create(lead, field, null, unique("Öffentliches Projekt"), ProgressMode.ENTERED, 1);
		MeasureView hidden = measures.create(lead, field, null, draft(unique("Internes Projekt"), ProgressMode.ENTERED, 1, false), "");
		measures.progress(lead, shown.id(), shown.version(), 35, MeasureStatus.RUNNING, "Workshop mit 20 Betrieben");
		measures.addMilestone(lead, shown.id(), "Auftakt", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5));

		MvcTestResult list = mvc.get().uri("/massnahmen").exchange();
		assertThat(list).hasStatusOk();
		assertThat(list).bodyText().contains(shown.title()).doesNotContain(hidden.title());
		MvcTestResult page = mvc.get().uri("/massnahmen/" + shown.id()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Workshop mit 20 Betrieben").contains("35 %").contains("Auftakt")
			.contains("05.03.2024").doesNotContain("Fortschritt eintragen");
		assertThat(mvc.get().uri("/massnahmen/" + hidden.id()).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/massnahmen/" + hidden.id()).with(user(otherLead())).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/massnahmen/" + hidden.id()).with(user(lead)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/massnahmen/" + shown.id()).with(user(lead)).exchange()).bodyText()
			.contains("Fortschritt eintragen");
		assertThat(mvc.get().uri("/massnahmen/" + UUID.randomUUID()).exchange()).hasStatus(404);
	}

	@Test
	void theSiteSearchFindsPublicMeasuresOnly() {
		PlatformUser lead = lead();
		String field = fieldOf(lead);
		String word = "Zyklotronwerkstatt" + (System.nanoTime() % 100000);
		MeasureView shown = create(lead, field, null, word + " öffentlich", ProgressMode.ENTERED, 1);
		MeasureView parent = measures.create(lead, field, null, draft(word + " intern", ProgressMode.ENTERED, 1, false), "");
		// public itself, but under an internal project
		MeasureView under = create(lead, field, parent, word + " darunter", ProgressMode.ENTERED, 1);
		SiteSearchResult result = search.search(word, "measure", 0, 10, null, Locale.GERMAN);
		assertThat(result.items()).extracting(SiteSearchResult.Item::url).containsExactly("/massnahmen/" + shown.id());
		assertThat(result.items()).extracting(SiteSearchResult.Item::url).doesNotContain("/massnahmen/" + under.id());
	}

	@Test
	void milestonesAndLinksAreKeptAndBadLinksRefused() {
		PlatformUser lead = lead();
		MeasureView measure = create(lead, fieldOf(lead), null, unique("Verknüpft"), ProgressMode.ENTERED, 1);
		assertThatThrownBy(() -> measures.addMilestone(lead, measure.id(), " ", null, null))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.fields()).containsExactly("title", "dueOn"));
		MilestoneView milestone = measures.addMilestone(lead, measure.id(), "Bericht", LocalDate.of(2025, 6, 30), null);
		measures.changeMilestone(lead, measure.id(), milestone.id(), "Bericht", LocalDate.of(2025, 6, 30),
				LocalDate.of(2025, 7, 4));
		MilestoneView changed = store.milestone(milestone.id()).orElseThrow();
		assertThat(changed.reached()).isTrue();
		assertThat(changed.missed(LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(store.history(measure.id()).get(0).comment()).contains("Bericht").contains("04.07.2025");

		VersionSummary version = measures.charterVersion().orElseThrow();
		SectionView section = charter.sections(version.id()).get(0);
		assertThat(measures.linkSection(lead, measure.id(), section.sectionId())).isTrue();
		assertThat(measures.linkSection(lead, measure.id(), section.sectionId())).isFalse();
		assertThatThrownBy(() -> measures.linkSection(lead, measure.id(), UUID.randomUUID()))
			.isInstanceOf(FieldProblems.class);
		assertThat(measures.linkItem(lead, measure.id(), "event", "/veranstaltungen/test", "Ein Termin")).isTrue();
		assertThatThrownBy(() -> measures.linkItem(lead, measure.id(), "event", "https://example.org/x", "Außen"))
			.isInstanceOf(FieldProblems.class);
		assertThatThrownBy(() -> measures.linkItem(lead, measure.id(), "erfunden", "/x", "Unbekannt"))
			.isInstanceOf(FieldProblems.class);
		assertThatThrownBy(() -> measures.linkItem(lead, measure.id(), "measure", "/massnahmen/x", "Maßnahme"))
			.isInstanceOf(FieldProblems.class);
		List<MeasureLink> links = store.links(measure.id());
		assertThat(links).extracting(MeasureLink::kind).containsExactlyInAnyOrder(MeasureLink.CHARTER_SECTION, "event");
		MeasureLink sectionLink = links.stream().filter(l -> l.kind().equals(MeasureLink.CHARTER_SECTION)).findFirst().orElseThrow();
		assertThat(sectionLink.sectionKey()).isEqualTo(section.sectionId().toString());
		assertThat(sectionLink.url()).startsWith("/charta/" + version.number());
		assertThat(mvc.get().uri("/massnahmen/" + measure.id()).exchange()).bodyText().contains(section.heading())
			.contains("Ein Termin");

		// the search on the links page offers items of the platform
		MvcTestResult searchPage = mvc.get().uri("/steuerung/massnahmen/" + measure.id() + "/verknuepfungen")
			.param("q", section.heading()).with(user(lead)).exchange();
		assertThat(searchPage).hasStatusOk();
		assertThat(searchPage).bodyText().contains("name=\"kind\" value=\"charter\"")
			.doesNotContain("name=\"kind\" value=\"measure\"");
	}

	@Test
	void deletingAMeasureWithChildrenIsRefusedOnThePage() {
		PlatformUser lead = lead();
		String field = fieldOf(lead);
		MeasureView project = create(lead, field, null, unique("Elternteil"), ProgressMode.AVERAGE, 1);
		create(lead, field, project, unique("Kind"), ProgressMode.ENTERED, 1);
		MvcTestResult refused = mvc.post().uri("/steuerung/massnahmen/" + project.id() + "/loeschen").with(csrf())
			.with(user(lead)).param("version", String.valueOf(reload(project).version())).exchange();
		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText().contains("Diese Maßnahme hat Untermaßnahmen");
		assertThat(store.find(project.id())).isPresent();
	}

	@Test
	void theTimelineAuthorIsExportedAndErasedWithoutLosingTheEntry() {
		PlatformUser lead = lead();
		MeasureView measure = create(lead, fieldOf(lead), null, unique("Verlauf"), ProgressMode.ENTERED, 1);
		PlatformUser author = accounts.person(unique("Verlauf Autorin"));
		store.addHistory(measure.id(), author.id(), author.getDisplayName(), 10, MeasureStatus.RUNNING, "Notiz der Autorin");

		Map<String, Object> export = personalData.export(author.id());
		assertThat(export.get("measureTimeline").toString()).contains("Notiz der Autorin").contains(measure.title());

		personalData.erase(author.id());
		assertThat(personalData.export(author.id()).get("measureTimeline")).asList().isEmpty();
		MeasureHistoryEntry entry = store.history(measure.id()).get(0);
		assertThat(entry.comment()).isEqualTo("Notiz der Autorin");
		assertThat(entry.authorName()).isEmpty();
		assertThat(mvc.get().uri("/massnahmen/" + measure.id()).exchange()).bodyText().contains("gelöschtes Konto")
			.doesNotContain(author.getDisplayName());
	}

	@Test
	void theDemoHasMeasuresInItsActionFieldsWithMilestonesATimelineAndConsistentProgress() {
		MeasuresDemoData.DemoFile file = MeasuresDemoData.read(folder);
		assertThat(file.fictional()).isTrue();
		assertThat(file.fields()).hasSizeGreaterThanOrEqualTo(5);
		for (MeasuresDemoData.DemoField demoField : file.fields()) {
			List<MeasureView> loaded = store.ofField(demoField.field());
			List<String> titles = new java.util.ArrayList<>();
			demoField.projects().forEach(project -> collect(project, titles));
			assertThat(titles).as("demo measures of " + demoField.field()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(loaded).extracting(MeasureView::title).as("loaded measures of " + demoField.field())
				.containsAll(titles);
			List<MeasureView> demo = loaded.stream().filter(m -> titles.contains(m.title())).toList();
			Map<UUID, Integer> rolled = ProgressRollup.rollUp(demo);
			for (MeasureView measure : demo) {
				assertThat(measure.progress()).as("progress of %s", measure.title()).isEqualTo(rolled.get(measure.id()));
			}
			assertThat(demo).anySatisfy(m -> assertThat(store.history(m.id())).isNotEmpty());
		}
		assertThat(store.allMilestones()).extracting(m -> m.dueOn().getYear()).contains(2022, 2023, 2024, 2025, 2026);
		assertThat(jdbc.sql("SELECT count(*) FROM governance.measure_link WHERE kind = 'charter-section'")
			.query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM governance.measure_link WHERE kind = 'event'")
			.query(Long.class).single()).isPositive();
	}

	private static void collect(MeasuresDemoData.DemoMeasure measure, List<String> titles) {
		titles.add(measure.title());
		if (measure.children() != null) {
			measure.children().forEach(child -> collect(child, titles));
		}
	}

}
